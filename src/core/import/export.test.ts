import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { signedArea } from '../geo/clean';
import { encodeLayerForLink, toGeoJsonString } from './export';
import { parseGeoJsonText } from './parse';
import { textFromLinkPayload } from '../../app/link/link-imports';

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

// The link path the app runs: encodeLayerForLink → state/link-imports.ts textFromLinkPayload → the importer
// (the budget, MAX_LINK_IMPORT_CHARS = 6000 in state/url.ts, is tested in state/link-imports.test.ts).
describe('share links', () => {
  test('round-trips through a URL-safe string', () => {
    const s = encodeLayerForLink(imported(), { name: '温州 <script>' });
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    const { text, name } = textFromLinkPayload(s);
    expect(name).toBe('温州 <script>');
    const result = parseGeoJsonText(text, { datum: 'WGS84', name });
    expect(result.features.map((f) => f.properties!.name)).toEqual(['地块 <b>1</b>', 'p']);
  });

  test('a tampered link is imported as untrusted input, never thrown', () => {
    const bad = textFromLinkPayload('%%%not base64');
    expect(parseGeoJsonText(bad.text, { datum: 'WGS84', name: bad.name }).fatal?.code).toBe('empty-file');
    const evil = textFromLinkPayload(btoa('{"type":"Point","coordinates":[NaN,1]}').replace(/=+$/, ''));
    expect(parseGeoJsonText(evil.text, { datum: 'WGS84', name: evil.name }).fatal?.code).toBe('json-syntax');
  });
});
