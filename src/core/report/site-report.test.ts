import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area, length, circle } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { distanceKm, siteReport, travelTimes } from './site-report';
import { makeGrid, cellAt } from '../travel/grid';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as FeatureCollection;
const plan = read('geodata/web/plan.geojson');
const counties = read('geodata/web/counties.geojson');
const network = read('geodata/network/network.geojson');
const stations = network.features.filter((f) => f.properties?.kind === 'station') as Feature<Point>[];
const ctx = { plan, counties, stations };
const south = stations.find((f) => f.properties?.id === 'st-wenzhou-south')!.geometry.coordinates as [number, number];

/** A square of `sideKm` around [lon, lat]. */
function square([lon, lat]: [number, number], sideKm: number): Feature<Polygon> {
  const dLat = sideKm / 2 / 111.195;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const ring = [[lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat], [lon - dLon, lat - dLat]];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('siteReport', () => {
  it('a 1 km square around 温州南站 lies in 瓯海区 and touches the 高铁新城 district', () => {
    const r = siteReport(square(south, 1), ctx);
    expect(r.kind).toBe('polygon');
    expect(r.relations.counties.map((c) => c.name_zh)).toContain('瓯海区');
    expect(r.relations.structure.map((s) => s.id)).toContain('hsr-new-town');
    expect(r.nearestStations[0]).toMatchObject({ id: 'st-wenzhou-south', distanceKm: 0 });
  });

  it('measures polygons and lines with the same numbers as Turf', () => {
    const sq = square(south, 1);
    expect(siteReport(sq, ctx).areaM2).toBeCloseTo(area(sq), 3);
    const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [south, [south[0] + 0.05, south[1] + 0.02]] } };
    expect(siteReport(line, ctx).lengthM).toBeCloseTo(length(line, { units: 'kilometers' }) * 1000, 3);
    expect(siteReport(line, ctx).kind).toBe('line');
  });

  it('lists nearest items sorted by distance, never negative', () => {
    const r = siteReport({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [120.7, 28.0] } }, ctx);
    for (const list of [r.nearestProjects, r.nearestStations]) {
      expect(list.length).toBeGreaterThan(0);
      const d = list.map((x) => x.distanceKm);
      expect(d).toEqual([...d].sort((a, b) => a - b));
      expect(Math.min(...d)).toBeGreaterThanOrEqual(0);
    }
  });

  it('a larger catchment circle never holds fewer stations or projects', () => {
    const r = siteReport({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: south } }, ctx);
    const byRadius = [...r.catchments].sort((a, b) => a.radiusM - b.radiusM);
    for (let i = 1; i < byRadius.length; i++) {
      expect(byRadius[i].stations).toBeGreaterThanOrEqual(byRadius[i - 1].stations);
      expect(byRadius[i].projects).toBeGreaterThanOrEqual(byRadius[i - 1].projects);
    }
    expect(r.catchments.find((c) => c.id === 'rail-800m')?.stations).toBeGreaterThanOrEqual(1);
  });

  it('throws on a feature without geometry', () => {
    expect(() => siteReport({ type: 'Feature', properties: {}, geometry: null as unknown as Point }, ctx)).toThrow();
  });
});

describe('distanceKm', () => {
  it('is 0 when shapes touch and the gap between separate polygons otherwise', () => {
    const a = circle([120.6, 28.0], 1, { units: 'kilometers' });
    const b = circle([120.6, 28.0], 0.5, { units: 'kilometers' });
    expect(distanceKm(a, b)).toBe(0);
    const far = circle([120.6 + 3 / (111.195 * Math.cos((28 * Math.PI) / 180)), 28.0], 1, { units: 'kilometers' });
    expect(distanceKm(a, far)).toBeGreaterThan(0.9);
    expect(distanceKm(a, far)).toBeLessThan(1.1);
  });
});

describe('travelTimes', () => {
  it('reads the minutes at each target cell and leaves out unreachable or outside targets', () => {
    const spec = makeGrid([120, 27.5, 121, 28.5], 1000);
    const minutes = new Float32Array(spec.width * spec.height).fill(Infinity);
    minutes[cellAt(spec, 120.7, 28.0)] = 17.4;
    const out = travelTimes({ spec, minutes }, [
      { name_zh: 'a', name_en: 'a', lonLat: [120.7, 28.0] },
      { name_zh: 'b', name_en: 'b', lonLat: [120.2, 27.7] },
      { name_zh: 'c', name_en: 'c', lonLat: [125, 30] },
    ]);
    expect(out).toEqual([{ name_zh: 'a', name_en: 'a', lonLat: [120.7, 28.0], minutes: 17 }]);
  });
});
