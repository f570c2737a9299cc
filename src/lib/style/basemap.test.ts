import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { buildBasemapStyle } from './basemap';
import { LIGHT } from './theme';
import { labelPoints } from '../data/labels';

const read = (f: string) => JSON.parse(readFileSync(`geodata/web/${f}.geojson`, 'utf8')) as FeatureCollection;
const counties = read('counties');
const context = read('context');
const data = { counties, context, regions: read('regions'), sea: read('sea'), labels: labelPoints([counties, context]) };

describe('embedded basemap style', () => {
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
