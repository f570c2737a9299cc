/**
 * Sites that ARE areas, drawn as the union of approximate township areas (issue 9, round 3).
 * The township areas are Voronoi cells of the gazetteer points clipped to county and land: they
 * must tile each county's land (no gaps, no overlaps), and each area site must cover the towns its
 * description names and leave out named places that belong elsewhere. Reference figures (land
 * areas) are the sources' own, not the code's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area, bbox, booleanPointInPolygon, difference, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

const read = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
type Areal = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const cells = read<FeatureCollection<Polygon | MultiPolygon, { townships: string[]; county_zh: string; county_adcode: string; merged: boolean; precision: string; method: string; source: string }>>('geodata/base/township-areas.geojson');
const counties = read<FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>>('geodata/admin/counties.geojson');
const sea = read<FeatureCollection<MultiPolygon>>('geodata/base/sea.geojson').features[0];
const towns = read<FeatureCollection<Point, { name_zh: string; county_zh: string }>>('geodata/base/townships.geojson');
const plan = read<FeatureCollection<Polygon | MultiPolygon | Point, Record<string, unknown>>>('geodata/plan/plan.geojson');

const km2 = (f: Feature) => area(f) / 1e6;
const townPt = (ref: string) => {
  const [county, name] = ref.split('/');
  const t = towns.features.filter((f) => f.properties.name_zh === name && f.properties.county_zh === county);
  expect(t, ref).toHaveLength(1);
  return t[0];
};
const feature = (id: string) => {
  const f = plan.features.find((x) => x.properties.id === id);
  expect(f, id).toBeDefined();
  expect(f!.geometry.type, id).toMatch(/Polygon/);
  return f as Areal;
};
const covers = (f: Areal, ref: string) => booleanPointInPolygon(townPt(ref), f);

describe('approximate township areas', () => {
  it('say what they are: approximate, the Voronoi method and its sources', () => {
    expect(cells.features.length).toBeGreaterThan(150);
    for (const c of cells.features) {
      expect(c.properties.precision).toBe('approximate');
      expect(c.properties.method).toMatch(/Voronoi/);
      expect(c.properties.method).toMatch(/not an official boundary/);
      expect(c.properties.source).toMatch(/townships\.geojson/);
    }
  });

  it('every gazetteer township is in exactly one cell; townships sharing a position share one merged cell', () => {
    const names = cells.features.flatMap((c) => c.properties.townships.map((t) => `${c.properties.county_zh}/${t}`));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(towns.features.map((t) => `${t.properties.county_zh}/${t.properties.name_zh}`).sort());
    // 昆鹏 (2019) has no point of its own in the 2016 snapshot and stands on 灵昆: one cell for both.
    const lk = cells.features.find((c) => c.properties.townships.includes('灵昆街道'))!;
    expect(lk.properties.townships).toContain('昆鹏街道');
    expect(lk.properties.merged).toBe(true);
  });

  it('a township point on its county’s land lies in its own cell', () => {
    let onLand = 0;
    const outside: string[] = [];
    for (const t of towns.features) {
      const own = cells.features.find((c) => c.properties.county_zh === t.properties.county_zh && c.properties.townships.includes(t.properties.name_zh))!;
      const county = counties.features.find((c) => c.properties.name_zh === t.properties.county_zh)!;
      if (booleanPointInPolygon(t, sea)) continue;
      // A point outside its own county polygon (the 苍南/龙港 line is itself approximate) has its cell
      // cut off at the county edge: it cannot lie in it.
      if (!booleanPointInPolygon(t, county as Areal)) { outside.push(t.properties.name_zh); continue; }
      onLand++;
      expect(booleanPointInPolygon(t, own), `${t.properties.county_zh}/${t.properties.name_zh}`).toBe(true);
    }
    expect(onLand).toBeGreaterThan(200);
    expect(outside.length, outside.join(' ')).toBeLessThanOrEqual(5);
  });

  it('tile each county: the cells add up to the county land area within 1 % and do not overlap', () => {
    for (const county of counties.features) {
      const own = cells.features.filter((c) => c.properties.county_adcode === String(county.properties.adcode));
      expect(own.length, String(county.properties.name_zh)).toBeGreaterThan(0);
      const land = difference(featureCollection([county as Areal, sea as Feature<MultiPolygon>]))!;
      const sum = own.reduce((s, c) => s + km2(c), 0);
      expect(Math.abs(sum - km2(land)) / km2(land), `${county.properties.name_zh}: ${sum.toFixed(1)} vs ${km2(land).toFixed(1)} km²`).toBeLessThan(0.01);
      let overlap = 0;
      for (let i = 0; i < own.length; i++) {
        const [a0, a1, a2, a3] = bbox(own[i]);
        for (let j = i + 1; j < own.length; j++) {
          const [b0, b1, b2, b3] = bbox(own[j]);
          if (a0 > b2 || b0 > a2 || a1 > b3 || b1 > a3) continue;
          const x = intersect(featureCollection([own[i], own[j]]));
          if (x) overlap += km2(x);
        }
      }
      expect(overlap, `${county.properties.name_zh}: overlap ${overlap.toFixed(3)} km²`).toBeLessThan(0.01 * km2(land));
    }
  }, 120_000);
});

describe('sites drawn as areas', () => {
  const areaSites = plan.features.filter((f) => f.properties.geometryBasis === 'townships');

  it('carry the townships, an approximate precision, a ± km and a followable source', () => {
    expect(areaSites.length).toBeGreaterThanOrEqual(5);
    for (const f of areaSites) {
      const p = f.properties;
      expect(p.precision, String(p.id)).toBe('approximate');
      expect(Number(p.precisionKm), String(p.id)).toBeGreaterThan(0);
      expect(String(p.townships), String(p.id)).toMatch(/(街道|镇|乡)/);
      expect(String(p.drawnAs_en), String(p.id)).toMatch(/^drawn as the area of .*approximate township areas/);
      expect(String(p.source), String(p.id)).toMatch(/https?:\/\/|github\.com|npm /);
      expect(String(p.source), String(p.id)).toMatch(/township-areas\.geojson/);
    }
  });

  it('瓯江口新区 is the 灵昆 island with the reclaimed 昆鹏 land: not 七都, not the 龙湾 mainland, not the 洞头 islands', () => {
    const f = feature('oujiangkou');
    expect(f.properties.townships).toBe('灵昆街道、昆鹏街道');
    expect(covers(f, '洞头区/灵昆街道')).toBe(true);
    for (const ref of ['鹿城区/七都街道', '龙湾区/永中街道', '龙湾区/蒲州街道', '龙湾区/海滨街道', '龙湾区/状元街道', '龙湾区/瑶溪街道', '龙湾区/永兴街道', '洞头区/北岙街道', '洞头区/霓屿街道']) {
      expect(covers(f, ref), ref).toBe(false);
    }
    // 灵昆岛 is about 34 km² (plus reclaimed flats): a 灵昆-sized area, not a district.
    expect(km2(f)).toBeGreaterThan(25);
    expect(km2(f)).toBeLessThan(80);
  });

  it('洞头列岛 / 洞头海岛公园 cover the island townships and leave 灵昆 and the mainland out', () => {
    for (const id of ['dongtou-island-park', 'marine-economy-zone#2']) {
      const f = feature(id);
      for (const ref of ['洞头区/北岙街道', '洞头区/东屏街道', '洞头区/元觉街道', '洞头区/霓屿街道', '洞头区/大门镇', '洞头区/鹿西乡']) expect(covers(f, ref), `${id} ${ref}`).toBe(true);
      for (const ref of ['洞头区/灵昆街道', '龙湾区/永兴街道', '乐清市/南岳镇', '瑞安市/东山街道']) expect(covers(f, ref), `${id} ${ref}`).toBe(false);
      // 温州词典 (http://suinian.com/book/1684/1183573.html): 103 islands, "陆地面积100余平方公里".
      expect(km2(f)).toBeGreaterThan(90);
      expect(km2(f)).toBeLessThan(140);
    }
  });

  it('大小门港区 is the 大门镇 islands (35.36 km², newton.com.tw/wiki/大門鎮) within 15 %', () => {
    const f = feature('wenzhou-port#1');
    expect(covers(f, '洞头区/大门镇')).toBe(true);
    expect(covers(f, '洞头区/北岙街道')).toBe(false);
    expect(covers(f, '乐清市/南岳镇')).toBe(false);
    expect(Math.abs(km2(f) - 35.36) / 35.36).toBeLessThan(0.15);
  });

  it('瓯江北岸城市新区 is the 瓯北城市新区 = 瓯北街道 (区街合一 since 2016, 50.3 km²): not 三江, 黄田, 乌牛, nor the 鹿城 bank', () => {
    const f = feature('oujiang-north-bank');
    expect(f.properties.townships).toBe('瓯北街道');
    expect(covers(f, '永嘉县/瓯北街道')).toBe(true);
    // 三江 (三江商务区) and 黄田 left the new district in 2013/2016; 乌牛 in 2013; the south bank is 鹿城.
    for (const ref of ['永嘉县/三江街道', '永嘉县/黄田街道', '永嘉县/乌牛街道', '永嘉县/东城街道', '鹿城区/五马街道', '鹿城区/双屿街道', '鹿城区/七都街道']) {
      expect(covers(f, ref), ref).toBe(false);
    }
    // http://m.jsjiaoyi.com/wiki/show-500817.html: "区域面积50.3平方公里"; the drawn township area within 20 %.
    expect(Math.abs(km2(f) - 50.3) / 50.3).toBeLessThan(0.2);
  });

  it('楠溪江风景区 (625 km², seven scenic areas) stays a point: only two of its seven areas have a sourced township, and half an outline would mislead', () => {
    for (const id of ['nanxi-river', 'heritage-bids#2']) expect(areaSites.some((f) => f.properties.id === id), id).toBe(false);
  });

  it('the plan ids and layers are kept: an area site is still its plan item', () => {
    const pos = read<{ features: Record<string, { sites?: { name_zh: string; area?: unknown }[] }> }>('scripts/sources/plan-positions.json');
    const withArea = Object.entries(pos.features).flatMap(([id, f]) => (f.sites ?? []).map((s, i) => ({ id: (f.sites!.length === 1 ? id : `${id}#${i}`), s })).filter((x) => x.s.area));
    expect(withArea.map((x) => x.id).sort()).toEqual(areaSites.map((f) => String(f.properties.id)).sort());
    for (const f of areaSites) expect(f.properties.planRef).toBe(String(f.properties.id).split('#')[0]);
  });
});
