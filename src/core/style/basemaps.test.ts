import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_SOURCE_ID, ONLINE_BASEMAPS, ONLINE_BASEMAP_ORIGINS, insertBefore, rasterLayer, rasterSource } from './basemaps';

describe('online basemaps', () => {
  it('fetch only from the exported origins, over https', () => {
    expect(ONLINE_BASEMAP_ORIGINS).toEqual(['https://tile.openstreetmap.org', 'https://server.arcgisonline.com']);
    for (const b of ONLINE_BASEMAPS) for (const t of b.tiles) expect(ONLINE_BASEMAP_ORIGINS.some((o) => t.startsWith(`${o}/`))).toBe(true);
  });

  it('offer no GCJ-02 (Chinese commercial) tile host', () => {
    const hosts = ONLINE_BASEMAP_ORIGINS.join(' ');
    for (const bad of ['amap', 'autonavi', 'baidu', 'bdimg', 'qq.com', 'tianditu', 'gtimg']) expect(hosts).not.toContain(bad);
  });

  it('each carries an attribution and makes a valid raster style', () => {
    for (const b of ONLINE_BASEMAPS) {
      expect(b.attribution.length).toBeGreaterThan(3);
      const style = { version: 8 as const, sources: { [BASEMAP_SOURCE_ID]: rasterSource(b) }, layers: [rasterLayer()] };
      expect(validateStyleMin(style)).toEqual([]);
    }
  });
});

it('goes just above the background', () => {
  expect(insertBefore(['background', 'sea', 'context-line'])).toBe('sea');
  expect(insertBefore(['background'])).toBeUndefined();
});
