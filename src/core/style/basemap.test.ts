import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { buildBasemapStyle } from './basemap';
import { LIGHT } from './theme';
import { labelPoints } from '../data/labels';
import { SEAT_MINZOOM, TOWN_MINZOOM, type BasemapAssets } from './basemap-layers';

const read = (f: string) => JSON.parse(readFileSync(`geodata/web/${f}.geojson`, 'utf8')) as FeatureCollection;
const counties = read('counties');
const context = read('context');
const data = { counties, context, regions: read('regions'), sea: read('sea'), labels: labelPoints([counties, context]) };

const ORIGIN = 'http://127.0.0.1:4173/app/';
const assets: BasemapAssets = {
  relief: { url: `${ORIGIN}assets/relief.png`, coordinates: [[119.2, 28.8], [121.4, 28.8], [121.4, 27.0], [119.2, 27.0]] },
  terrain: { tiles: `${ORIGIN}relief/dem/{z}/{x}/{y}.png`, tileSize: 256, minzoom: 5, maxzoom: 8, bounds: [119.2, 27.0, 121.4, 28.8] },
  rivers: `${ORIGIN}assets/rivers.geojson`,
  estuaries: `${ORIGIN}assets/estuaries.geojson`,
  towns: `${ORIGIN}assets/townships.geojson`,
};
const withAssets = { ...data, assets };

describe('embedded basemap style', () => {
  it('passes the validator with relief, terrain, rivers, towns and stations, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) expect(validateStyleMin(buildBasemapStyle(LIGHT, withAssets, lang))).toEqual([]);
  });

  it('fetches only from the app\'s own origin: every source URL is under the given base', () => {
    const style = buildBasemapStyle(LIGHT, withAssets, 'zh');
    const urls = Object.values(style.sources).flatMap((src) => {
      const s = src as { url?: string; tiles?: string[]; data?: unknown };
      return [s.url, ...(s.tiles ?? []), typeof s.data === 'string' ? s.data : undefined].filter((u): u is string => typeof u === 'string');
    });
    expect(urls.length).toBe(5); // relief image, terrain tiles, rivers, estuaries, towns
    for (const u of urls) expect(u.startsWith(ORIGIN)).toBe(true);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('draws relief under the water and every plan layer, and water under the plan', () => {
    const ids = buildBasemapStyle(LIGHT, { ...withAssets, plan: { type: 'FeatureCollection', features: [] } }, 'zh').layers.map((l) => l.id);
    const at = (id: string) => {
      expect(ids).toContain(id);
      return ids.indexOf(id);
    };
    expect(at('relief')).toBeGreaterThan(at('counties-fill'));
    expect(at('relief')).toBeLessThan(at('sea-over-counties'));
    expect(at('estuaries')).toBeLessThan(at('plan-fill'));
    expect(at('rivers')).toBeLessThan(at('plan-fill'));
    expect(at('rail-stations')).toBeLessThan(at('plan-points'));
    // Symbol layers later in the list win collisions: plan labels over counties over towns.
    expect(at('towns-label')).toBeLessThan(at('counties-label'));
    expect(at('counties-label')).toBeLessThan(at('plan-labels'));
  });

  it('labels county seats before towns, towns only from zoom 10', () => {
    const towns = buildBasemapStyle(LIGHT, withAssets, 'zh').layers.find((l) => l.id === 'towns-label') as { minzoom: number; filter: unknown; layout: Record<string, unknown> };
    expect(towns.minzoom).toBe(SEAT_MINZOOM);
    expect(TOWN_MINZOOM).toBe(10);
    expect(JSON.stringify(towns.filter)).toContain(`[">=",["zoom"],${TOWN_MINZOOM}]`);
    expect(towns.layout['symbol-sort-key']).toEqual(['case', ['==', ['get', 'seat'], true], 0, 1]);
    expect(towns.layout['text-allow-overlap']).toBeUndefined();
  });

  it('labels no town whose point is borrowed from a neighbour or the seat (no 南宋镇 on 灵溪, no 潘岱 on 安阳)', () => {
    const towns = buildBasemapStyle(LIGHT, withAssets, 'zh').layers.find((l) => l.id === 'towns-label') as { filter: FilterSpecification };
    const filter = featureFilter(towns.filter, 'layers[0].filter');
    const gazetteer = read('townships');
    const labelled = gazetteer.features.filter((f) => filter.filter({ zoom: 12 }, { type: 1, properties: f.properties ?? {} } as never));
    const names = labelled.map((f) => String(f.properties?.name_zh));
    for (const n of ['南宋镇', '潘岱街道', '溪下乡', '昆鹏街道', '海城街道', '南浦溪镇']) expect(names, n).not.toContain(n);
    for (const n of ['灵溪镇', '安阳街道', '柳市镇', '鳌江镇', '五马街道']) expect(names, n).toContain(n);
    // Every labelled town stands on a point no other labelled town shares.
    const at = new Set(labelled.map((f) => JSON.stringify((f.geometry as { coordinates: number[] }).coordinates)));
    expect(at.size).toBe(labelled.length);
  });

  it('passes the MapLibre style-spec validator in both languages', () => {
    for (const lang of ['zh', 'en'] as const) expect(validateStyleMin(buildBasemapStyle(LIGHT, data, lang))).toEqual([]);
  });

  it('makes no network request: no glyphs, no sprite, only inline GeoJSON sources', () => {
    const style = buildBasemapStyle(LIGHT, data, 'zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('labels every county with the chosen language first', () => {
    const style = buildBasemapStyle(LIGHT, data, 'en');
    const label = style.layers.find((l) => l.id === 'counties-label') as { layout: { 'text-field': unknown[] } };
    expect(JSON.stringify(label.layout['text-field'])).toMatch(/^\["format",\["get","name_en"\]/);
    expect(data.labels.features.filter((f) => f.properties?.layer === 'counties')).toHaveLength(13);
  });
});
