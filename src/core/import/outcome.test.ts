import { describe, expect, it } from 'vitest';
import { parseGeoJsonText } from './parse';
import { allCodes, primaryCode } from './outcome';

const opts = { datum: 'WGS84' as const, name: 't' };

describe('primaryCode', () => {
  it('names the syntax error of a broken file', () => {
    expect(primaryCode(parseGeoJsonText('{"type": "Feature",', opts))).toBe('json-syntax');
  });

  it('names the rejection, not "no valid features", when every feature was rejected', () => {
    const r = parseGeoJsonText('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}', opts);
    expect(primaryCode(r)).toBe('geometry-null');
    expect(allCodes(r)).toContain('geometry-null');
  });

  it('is ok for a clean point', () => {
    expect(primaryCode(parseGeoJsonText('{"type":"Point","coordinates":[120.6,28]}', opts))).toBe('ok');
  });
});
