import { describe, expect, test } from 'vitest';
import type { Geometry } from 'geojson';
import { fixAxes, fromWebMercator } from './fix-axes';

describe('fromWebMercator', () => {
  test('inverts EPSG:3857 around Wenzhou', () => {
    // Forward spherical Mercator, R = 6 378 137 m.
    const R = 6378137;
    const x = R * (120.7 * Math.PI) / 180;
    const y = R * Math.log(Math.tan(Math.PI / 4 + (28 * Math.PI) / 360));
    expect(x).toBeCloseTo(13436262, -1);
    const [lon, lat] = fromWebMercator([x, y]);
    expect(lon).toBeCloseTo(120.7, 9);
    expect(lat).toBeCloseTo(28.0, 9);
  });
});

describe('fixAxes', () => {
  const point = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });

  test('leaves WGS-84 positions in the region alone', () => {
    expect(fixAxes(point(120.7, 28), 0)).toEqual({ geometry: point(120.7, 28), warnings: [] });
  });

  test('converts metres and swaps [lat, lon], with a warning', () => {
    const m = fixAxes(point(13436528.6, 3248981.1), 0);
    expect('warnings' in m && m.warnings.map((w) => w.code)).toEqual(['epsg3857-converted']);
    const s = fixAxes(point(28, 120.7), 0);
    expect(s).toMatchObject({ geometry: point(120.7, 28), warnings: [{ code: 'swapped-fixed' }] });
  });

  test('rejects mixed and impossible positions', () => {
    const mixed: Geometry = { type: 'LineString', coordinates: [[120.7, 28], [28, 120.7]] };
    expect(fixAxes(mixed, 2)).toMatchObject({ reject: { code: 'coordinates-mixed', featureIndex: 2 } });
    expect(fixAxes(point(100, 95), 0)).toMatchObject({ reject: { code: 'coordinate-out-of-range' } });
  });

  test('warns about positions outside the region but keeps them', () => {
    expect(fixAxes(point(-74, 40.7), 0)).toMatchObject({ geometry: point(-74, 40.7), warnings: [{ code: 'outside-region' }] });
  });
});
