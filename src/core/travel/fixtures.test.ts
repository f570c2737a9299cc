/**
 * Fixture-driven spatial tests: each test/in/*.geojson holds a sea polygon (role "sea"), a small
 * network (feature "node"/"edge") and the origin (role "origin", parameters in its properties:
 * cellM, cutoffsMinutes, bbox, scenario). The rings go to test/out/<name>.geojson; REGEN=1 rewrites.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { contourRings } from './contours';
import { buildGraph, type Scenario } from './graph';
import { buildLandModel, makeGrid, type BBox } from './grid';
import { buildFriction } from './friction';
import { accessSurface, minutesTo, travelGrid, type LonLat } from './travel-grid';

const dir = resolve(__dirname, 'test');
const names = readdirSync(resolve(dir, 'in')).filter((f) => f.endsWith('.geojson'));

/** The fixture's grid (no DEM, no towns: flat rural ground at the default rural speed) and travel times from its origin. */
function compute(fc: FeatureCollection) {
  const origin = fc.features.find((f) => f.properties?.role === 'origin') as Feature<Point>;
  const p = origin.properties as { cellM: number; cutoffsMinutes: number[]; bbox: BBox; scenario: Scenario };
  const sea = fc.features.filter((f) => f.properties?.role === 'sea').map((f) => f.geometry as Polygon | MultiPolygon);
  const model = buildLandModel(makeGrid(p.bbox, p.cellM), sea);
  const surface = accessSurface(model, buildFriction(model));
  const network: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.properties?.feature) };
  const grid = travelGrid(buildGraph(network, p.scenario), surface, [origin.geometry.coordinates as LonLat]);
  return { model, surface, grid, cutoffs: p.cutoffsMinutes };
}

function run(fc: FeatureCollection): FeatureCollection {
  const { model, grid, cutoffs } = compute(fc);
  return { type: 'FeatureCollection', features: contourRings(model, grid.minutes, cutoffs) };
}

const fixture = (name: string) => JSON.parse(readFileSync(resolve(dir, 'in', name), 'utf8')) as FeatureCollection;

describe('travel rings from fixtures', () => {
  for (const name of names) {
    it(name, () => {
      const out = run(JSON.parse(readFileSync(resolve(dir, 'in', name), 'utf8')));
      const path = resolve(dir, 'out', name);
      if (process.env.REGEN) writeFileSync(path, JSON.stringify(out) + '\n');
      expect(out).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }

  // Expected values computed by hand, not by the code (the golden files above are REGEN'd from it):
  // origin (120.05, 28.05); node A 0.02° east, B 0.08° east, P 0.12° east, all on lat 28.05.
  // 1° lon at 28.05° N = 111.195 km × cos 28.05° = 98.13 km, so origin→A 1.963 km, B→P 3.925 km,
  // at the rural 30 km/h = 2 min/km: 3.93 + 7.85 min of access. Bridge A–B: 5.87 km × circuity 1.3
  // at 60 km/h = 7.63 min → P at 19.41 min. Ferry: 5.87 km × 1.1 at 60 km/h = 6.46 min + 15 min
  // boarding wait → 33.24 min. Raster tolerance: an access leg ends on a 500 m cell's centre, not on
  // the point (A's cell, P's cell): at most half a cell diagonal, 0.354 km = 0.71 min, twice → ±1.42 min.
  it('matches hand-computed times across the strait (bridge 19.4 min, ferry 33.2 min, no link: never)', () => {
    const P: LonLat = [120.17, 28.05];
    const at = (name: string) => {
      const { grid, surface } = compute(fixture(name));
      return minutesTo(grid, surface, P);
    };
    expect(Math.abs(at('strait-bridge.geojson') - 19.41)).toBeLessThanOrEqual(1.42);
    expect(Math.abs(at('strait-ferry.geojson') - 33.24)).toBeLessThanOrEqual(1.42);
    expect(at('strait-no-link.geojson')).toBe(Infinity);
  });

  it('matches a hand-computed diagonal access leg on the origin side (octile path ≤ 8 % over the straight line)', () => {
    // Q = origin + (−0.02° lon, +0.02° lat): 1.963 km west, 2.224 km north; straight 2.966 km = 5.93 min at 2 min/km.
    const { grid, surface } = compute(fixture('strait-no-link.geojson'));
    const t = minutesTo(grid, surface, [120.03, 28.07]);
    // The leg runs origin → its cell centre → (octile path between cell centres) → Q's cell centre;
    // with h = half a cell diagonal (0.71 min): t ≥ straight − 2h and t ≤ 1.082 × (straight + 2h) + h.
    expect(t).toBeGreaterThanOrEqual(5.93 - 2 * 0.71);
    expect(t).toBeLessThanOrEqual(1.082 * (5.93 + 2 * 0.71) + 0.71);
  });

  it('does not cross the strait without a link, crosses it with a bridge, later with a ferry wait', () => {
    const east = (name: string) => {
      const out = run(JSON.parse(readFileSync(resolve(dir, 'in', name), 'utf8')));
      return out.features.map((f) => (f.geometry as MultiPolygon).coordinates.flat(2).some(([lon]) => lon > 120.11));
    };
    expect(east('strait-no-link.geojson')).toEqual([false, false, false]);
    expect(east('strait-bridge.geojson')).toEqual([false, true, true]);
    expect(east('strait-ferry.geojson')).toEqual([false, false, true]);
  });
});
