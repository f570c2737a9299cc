/**
 * Friction surface on a small synthetic DEM (the dem.json contract), expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildFriction, demSlope, urbanMask, type Dem } from './friction';
import { buildLandModel, cellAt, makeGrid } from './grid';

/** 5 × 5 cells of 0.01° from (120.00 E, 28.05 N); elevation rises 100 m per column eastwards. */
function planeDem(nodataAt?: [number, number]): Dem {
  const elevationM: number[] = [];
  for (let r = 0; r < 5; r++) for (let c = 0; c < 5; c++) elevationM.push(nodataAt && nodataAt[0] === r && nodataAt[1] === c ? -9999 : 100 * c);
  return { source: 'synthetic', licence: 'none', cellDeg: 0.01, west: 120, north: 28.05, cols: 5, rows: 5, nodata: -9999, elevationM };
}

// Row 2's centre is at 28.025 N: one column = 0.01° × 111.195 km × cos 28.025° = 0.98164 km,
// so the slope is 100 m / 981.64 m = 0.10187.
const SLOPE_ROW2 = 100 / (0.01 * 111195.08 * Math.cos((28.025 * Math.PI) / 180));

describe('friction surface', () => {
  it('reads the slope of a plane from the DEM (central differences)', () => {
    const s = demSlope(planeDem());
    expect(s[2 * 5 + 2]).toBeCloseTo(SLOPE_ROW2, 4);
    expect(s[2 * 5 + 0]).toBeCloseTo(SLOPE_ROW2, 4); // one-sided at the edge
  });

  it('leaves nodata at slope 0 and uses one-sided differences next to it', () => {
    const s = demSlope(planeDem([2, 3]));
    expect(s[2 * 5 + 3]).toBe(0);
    expect(s[2 * 5 + 2]).toBeCloseTo(SLOPE_ROW2, 4);
  });

  it('slows rural ground by exp(−3.5 × slope): 30 km/h flat = 2 min/km, 2 / exp(−3.5 × 0.1019) on the plane', () => {
    const model = buildLandModel(makeGrid([120.005, 28.005, 120.045, 28.045], 500), []);
    const flat = buildFriction(model);
    expect(flat.minPerKm[0]).toBeCloseTo(2, 6);
    const hill = buildFriction(model, planeDem());
    const i = cellAt(model.spec, 120.025, 28.025);
    expect(hill.slope[i]).toBeCloseTo(SLOPE_ROW2, 3);
    expect(hill.minPerKm[i]).toBeCloseTo(2 / Math.exp(-3.5 * SLOPE_ROW2), 2); // 2.86 min/km
  });

  it('marks cells within 2 km of a 街道 and 1 km of a 镇 as urban (20 km/h = 3 min/km), a 乡 not', () => {
    const spec = makeGrid([120, 28, 120.2, 28.1], 250);
    const pt = (lon: number, kind: string) => ({ type: 'Feature' as const, properties: { kind }, geometry: { type: 'Point' as const, coordinates: [lon, 28.05] } });
    const towns: FeatureCollection = { type: 'FeatureCollection', features: [pt(120.03, 'subdistrict'), pt(120.1, 'town'), pt(120.17, 'township')] };
    const m = urbanMask(spec, towns);
    const kmEast = (lon: number, km: number) => lon + km / spec.kmPerDegLon;
    expect(m[cellAt(spec, kmEast(120.03, 1.8), 28.05)]).toBe(1);
    expect(m[cellAt(spec, kmEast(120.03, 2.3), 28.05)]).toBe(0);
    expect(m[cellAt(spec, kmEast(120.1, 0.8), 28.05)]).toBe(1);
    expect(m[cellAt(spec, kmEast(120.1, 1.3), 28.05)]).toBe(0);
    expect(m[cellAt(spec, 120.17, 28.05)]).toBe(0);
    const model = buildLandModel(spec, []);
    expect(buildFriction(model, null, towns).minPerKm[cellAt(spec, 120.03, 28.05)]).toBeCloseTo(3, 6);
  });
});
