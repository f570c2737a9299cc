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
import { travelGrid, type LonLat } from './travel-grid';

const dir = resolve(__dirname, 'test');
const names = readdirSync(resolve(dir, 'in')).filter((f) => f.endsWith('.geojson'));

function run(fc: FeatureCollection): FeatureCollection {
  const origin = fc.features.find((f) => f.properties?.role === 'origin') as Feature<Point>;
  const p = origin.properties as { cellM: number; cutoffsMinutes: number[]; bbox: BBox; scenario: Scenario };
  const sea = fc.features.filter((f) => f.properties?.role === 'sea').map((f) => f.geometry as Polygon | MultiPolygon);
  const model = buildLandModel(makeGrid(p.bbox, p.cellM), sea);
  const network: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.properties?.feature) };
  const grid = travelGrid(buildGraph(network, p.scenario), model, [origin.geometry.coordinates as LonLat]);
  return { type: 'FeatureCollection', features: contourRings(model, grid.minutes, p.cutoffsMinutes) };
}

describe('travel rings from fixtures', () => {
  for (const name of names) {
    it(name, () => {
      const out = run(JSON.parse(readFileSync(resolve(dir, 'in', name), 'utf8')));
      const path = resolve(dir, 'out', name);
      if (process.env.REGEN) writeFileSync(path, JSON.stringify(out) + '\n');
      expect(out).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }

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
