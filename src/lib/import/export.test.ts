import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { signedArea } from '../geo/clean';
import { decodeLayerFromLink, encodeLayerForLink, layerFitsInLink, toGeoJsonString } from './export';
import { parseGeoJsonText } from './parse';

function imported(): Feature[] {
  const cw = [[120.6, 27.9], [120.6, 28.0], [120.7, 28.0], [120.7, 27.9], [120.6, 27.9]]; // clockwise
  const fc = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'a', properties: { name: '地块 <b>1</b>' }, geometry: { type: 'Polygon', coordinates: [cw] } },
      { type: 'Feature', properties: { name: 'p' }, geometry: { type: 'Point', coordinates: [120.123456789, 28.000000049] } },
    ],
  };
  return parseGeoJsonText(JSON.stringify(fc), { datum: 'WGS84', name: 'a.geojson' }).features;
}

describe('toGeoJsonString', () => {
  test('writes RFC 7946: 6 decimals, counter-clockwise exteriors, no provenance, the name', () => {
    const out = JSON.parse(toGeoJsonString(imported(), { name: '我的图层' }));
    expect(out.name).toBe('我的图层');
    expect(out.crs).toBeUndefined();
    expect(out.features[0].id).toBe('a');
    expect(out.features[0].properties).toEqual({ name: '地块 <b>1</b>' });
    expect(signedArea(out.features[0].geometry.coordinates[0])).toBeGreaterThan(0);
    expect(out.features[1].geometry.coordinates).toEqual([120.123457, 28]);
  });

  test('re-imports without warnings', () => {
    const r = parseGeoJsonText(toGeoJsonString(imported(), { name: 'x' }, 2), { datum: 'WGS84', name: 'again' });
    expect(r.warnings).toEqual([]);
    expect(r.features.length).toBe(2);
  });
});

describe('share links', () => {
  test('round-trips through a URL-safe string', () => {
    const s = encodeLayerForLink(imported(), { name: '温州 <script>' });
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    const { name, result } = decodeLayerFromLink(s);
    expect(name).toBe('温州 <script>');
    expect(result.features.map((f) => f.properties!.name)).toEqual(['地块 <b>1</b>', 'p']);
    expect(result.features[0].properties!._import.file).toBe('温州 <script>');
  });

  test('says whether a layer fits', () => {
    expect(layerFitsInLink(imported())).toBe(true);
    expect(layerFitsInLink(imported(), 50)).toBe(false);
  });

  test('a tampered link is imported as untrusted input, never thrown', () => {
    expect(decodeLayerFromLink('%%%not base64').result.fatal?.code).toBe('empty-file');
    const evil = btoa('{"type":"Point","coordinates":[NaN,1]}').replace(/=+$/, '');
    expect(decodeLayerFromLink(evil).result.fatal?.code).toBe('json-syntax');
  });
});
