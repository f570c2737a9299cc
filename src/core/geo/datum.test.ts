import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import { datumFromLabel, fromWgs84, geometryToWgs84, toWgs84 } from './datum';

// 温州龙湾国际机场 terminal area, WGS-84 (Wikipedia: 27°54′44″N 120°51′08″E).
const AIRPORT_WGS: [number, number] = [120.8522, 27.9122];

describe('datum conversion', () => {
  it('moves a Wenzhou position by the expected GCJ-02 offset (0.3–0.8 km)', () => {
    const gcj = fromWgs84(AIRPORT_WGS, 'GCJ02');
    const km = distance(AIRPORT_WGS, gcj, { units: 'kilometers' });
    expect(km).toBeGreaterThan(0.3);
    expect(km).toBeLessThan(0.8);
  });

  it('round-trips GCJ-02 to within 2 m', () => {
    const back = toWgs84(fromWgs84(AIRPORT_WGS, 'GCJ02'), 'GCJ02');
    expect(distance(AIRPORT_WGS, back, { units: 'kilometers' })).toBeLessThan(0.002);
  });

  it('round-trips BD-09 to within 2 m', () => {
    const back = toWgs84(fromWgs84(AIRPORT_WGS, 'BD09'), 'BD09');
    expect(distance(AIRPORT_WGS, back, { units: 'kilometers' })).toBeLessThan(0.002);
  });

  it('leaves WGS-84 untouched and converts every ring of a polygon', () => {
    expect(toWgs84(AIRPORT_WGS, 'WGS84')).toBe(AIRPORT_WGS);
    const ring = [[120.6, 28], [120.7, 28], [120.7, 28.1], [120.6, 28]];
    const out = geometryToWgs84({ type: 'Polygon', coordinates: [ring] }, 'GCJ02');
    expect(out.coordinates[0]).toHaveLength(4);
    for (const p of out.coordinates[0]) expect(p[0]).toBeLessThan(120.71);
    // Around Wenzhou GCJ-02 lies ≈0.4 km east and ≈0.4 km south of WGS-84, so the inverse moves
    // points west and north.
    expect(out.coordinates[0][0][0]).toBeLessThan(120.6);
    expect(out.coordinates[0][0][1]).toBeGreaterThan(28);
  });

  it('returns at the edge of gcoord\'s China box, where gcoord\'s own inverse loops for ever (issue 15)', () => {
    const t0 = performance.now();
    const gcj = toWgs84([72.006, 8], 'GCJ02');
    const bd = toWgs84([72.012, 3], 'BD09');
    expect(performance.now() - t0).toBeLessThan(100);
    // Within the offset's size (< 0.01°) of the input: a best estimate, not a wild jump.
    expect(Math.abs(gcj[0] - 72.006) + Math.abs(gcj[1] - 8)).toBeLessThan(0.01);
    expect(Math.abs(bd[0] - 72.012) + Math.abs(bd[1] - 3)).toBeLessThan(0.02);
  });

  it('agrees with gcoord\'s inverse wherever that converges (a 1° grid over China)', () => {
    for (let lon = 74; lon <= 135; lon += 1) {
      for (let lat = 2; lat <= 55; lat += 1) {
        expect(toWgs84([lon + 0.37, lat + 0.41], 'GCJ02')).toEqual(gcoord.transform([lon + 0.37, lat + 0.41], gcoord.GCJ02, gcoord.WGS84));
        expect(toWgs84([lon + 0.37, lat + 0.41], 'BD09')).toEqual(gcoord.transform([lon + 0.37, lat + 0.41], gcoord.BD09, gcoord.WGS84));
      }
    }
  });
});

describe('datumFromLabel', () => {
  it('reads the datum named at the start of a source table label, WGS-84 otherwise', () => {
    expect(datumFromLabel('GCJ-02 (高德)')).toBe('GCJ02');
    expect(datumFromLabel(' bd-09 百度')).toBe('BD09');
    expect(datumFromLabel('WGS-84')).toBe('WGS84');
    expect(datumFromLabel('unknown')).toBe('WGS84');
    expect(datumFromLabel(undefined)).toBe('WGS84');
  });
});
