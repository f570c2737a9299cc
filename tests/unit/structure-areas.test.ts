/**
 * Sites that ARE areas, drawn as the union of approximate township areas (issue 9, round 3).
 * The township areas are Voronoi cells of the gazetteer points clipped to county and land: they
 * must tile each county's land (no gaps, no overlaps), and each area site must cover the towns its
 * description names and leave out named places that belong elsewhere. Reference figures (land
 * areas) are the sources' own, not the code's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area, bbox, booleanIntersects, booleanPointInPolygon, difference, featureCollection, intersect, length, lineString, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';

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

  // Round 5: district sites whose sources bound them by rivers, roads or landmarks that fall in named townships.
  it.each(['zhenan-science-city', 'key-79km2#1'])('%s (浙南科技城: 北至瓯江,南至温州大道,西临茅竹岭,东至蓝田浦河) is 蒲州 + 状元: not the 鹿城 centre, 三垟, 永强 or 灵昆', (id) => {
    const f = feature(id);
    for (const ref of ['龙湾区/蒲州街道', '龙湾区/状元街道']) expect(covers(f, ref), ref).toBe(true);
    for (const ref of ['鹿城区/南汇街道', '鹿城区/七都街道', '瓯海区/三垟街道', '瓯海区/茶山街道', '龙湾区/瑶溪街道', '龙湾区/永中街道', '龙湾区/海滨街道', '洞头区/灵昆街道']) {
      expect(covers(f, ref), ref).toBe(false);
    }
    // 浙江日报 2015-03-31: "面积约为16平方公里"; the two subdistricts hold it and are at most twice as large.
    expect(km2(f)).toBeGreaterThan(16);
    expect(km2(f)).toBeLessThan(2 * 16);
    // The S1 科技城 station (metroman, scripts/sources/rail-stations.json) is named after it: inside, or within the
    // 1 km by which a Voronoi edge can miss 温州大道 (it falls 0.9 km south, in the 瑶溪 cell; the note says so).
    const st = read<{ stations: { name_zh: string; lon: number; lat: number }[] }>('scripts/sources/rail-stations.json').stations.find((x) => x.name_zh === '科技城站')!;
    expect(pointToPolygonDistance([st.lon, st.lat], f, { units: 'kilometers' })).toBeLessThan(1);
  });

  it('乐清经济开发区 (南临七里港,东濒乐清湾,北接城市中心区,西联柳白) is 城南 + 盐盆: not 乐成, 翁垟 (七里港), 柳市 or 北白象', () => {
    const f = feature('yq-edz');
    for (const ref of ['乐清市/城南街道', '乐清市/盐盆街道']) expect(covers(f, ref), ref).toBe(true);
    for (const ref of ['乐清市/乐成街道', '乐清市/城东街道', '乐清市/翁垟街道', '乐清市/柳市镇', '乐清市/北白象镇', '乐清市/石帆街道']) expect(covers(f, ref), ref).toBe(false);
    // mit.51dongshi.com: "开发区总规划面积28.12平方公里"; drawn larger (townships), but not more than 2.1 times.
    expect(km2(f)).toBeGreaterThan(28.12);
    expect(km2(f)).toBeLessThan(2.1 * 28.12);
  });

  it('临港经济区 is the 乐清湾临港经济开发区 港区区块 on the 南岳 shore (12.83 km², 西至虹蒲大道), not 蒲岐, 虹桥 or 清江', () => {
    const f = feature('port-airport-zones#1');
    expect(covers(f, '乐清市/南岳镇')).toBe(true);
    for (const ref of ['乐清市/蒲岐镇', '乐清市/虹桥镇', '乐清市/清江镇', '乐清市/天成街道']) expect(covers(f, ref), ref).toBe(false);
    expect(km2(f)).toBeGreaterThan(12.83);
  });

  it.each(['yq-yandang', 'heritage-bids#1'])('%s (北雁荡山: 东起羊角洞,西至芙蓉白岩,北起仙姑洞,南至筋竹涧, ≈ 450 km²) is 雁荡、大荆、仙溪、湖雾、芙蓉', (id) => {
    const f = feature(id);
    for (const ref of ['乐清市/雁荡镇', '乐清市/大荆镇', '乐清市/仙溪镇', '乐清市/湖雾镇', '乐清市/芙蓉镇']) expect(covers(f, ref), ref).toBe(true);
    // Not the bay towns south of 筋竹涧, not 乐清 city, not the 楠溪江 towns of 永嘉 west of the ridge.
    for (const ref of ['乐清市/清江镇', '乐清市/南岳镇', '乐清市/虹桥镇', '乐清市/淡溪镇', '乐清市/智仁乡', '乐清市/乐成街道', '永嘉县/岩头镇', '永嘉县/鹤盛镇']) {
      expect(covers(f, ref), ref).toBe(false);
    }
    // The mountains' own coordinate (en.wikipedia.org/wiki/Yandang_Mountains, 28°22′N 121°04′E) lies inside.
    expect(booleanPointInPolygon([121.0667, 28.3667], f)).toBe(true);
    // wl.wenzhou.gov.cn (2023): "雁荡山总面积约450平方公里"; the five township areas within 10 %.
    expect(Math.abs(km2(f) - 450) / 450).toBeLessThan(0.1);
  });
});

describe('sites drawn as a river or a canal', () => {
  const countyOf = (name: string) => counties.features.find((c) => c.properties.name_zh === name) as Areal;

  it('一河 (温瑞塘河) runs from the old city through 梧田、南白象、丽岙、塘下、莘塍 to 瑞安, ≈ 33.85 km, west of 大罗山', () => {
    const f = plan.features.find((x) => x.properties.id === 'moonlight-economy#1') as unknown as Feature<LineString, Record<string, unknown>>;
    expect(f.geometry.type).toBe('LineString');
    expect(f.properties.precision).toBe('schematic');
    expect(String(f.properties.source)).toMatch(/zh\.wikipedia\.org/);
    const coords = f.geometry.coordinates;
    expect(booleanPointInPolygon(coords[0], countyOf('鹿城区'))).toBe(true);
    expect(booleanPointInPolygon(coords[coords.length - 1], countyOf('瑞安市'))).toBe(true);
    for (const ref of ['瓯海区/梧田街道', '瓯海区/南白象街道', '瓯海区/丽岙街道', '瑞安市/塘下镇', '瑞安市/莘塍街道']) {
      expect(pointToLineDistance(townPt(ref), f, { units: 'kilometers' }), ref).toBeLessThan(0.5);
    }
    // The 永强 plain east of 大罗山 has its own 塘河; the 温瑞塘河 does not pass there.
    for (const ref of ['龙湾区/永中街道', '龙湾区/瑶溪街道', '龙湾区/永兴街道']) {
      expect(pointToLineDistance(townPt(ref), f, { units: 'kilometers' }), ref).toBeGreaterThan(4);
    }
    // zh.wikipedia 温瑞塘河: "全长33.85千米"; a line through the town points within 15 %.
    const km = length(f, { units: 'kilometers' });
    expect(Math.abs(km - 33.85) / 33.85).toBeLessThan(0.15);
  });

  it('一路 (瓯海大道) crosses 瓯海 west to east through 瞿溪、郭溪、潘桥、娄桥、新桥、梧田、三垟: not the old city, not the south', () => {
    const f = plan.features.find((x) => x.properties.id === 'moonlight-economy#4') as unknown as Feature<LineString, Record<string, unknown>>;
    expect(f.geometry.type).toBe('LineString');
    expect(String(f.properties.source)).toMatch(/163\.com/);
    const coords = f.geometry.coordinates;
    for (const p of coords) expect(booleanPointInPolygon(p, countyOf('瓯海区'))).toBe(true);
    expect(coords[0][0]).toBeLessThan(coords[coords.length - 1][0]); // west to east
    for (const ref of ['瓯海区/瞿溪街道', '瓯海区/郭溪街道', '瓯海区/潘桥街道', '瓯海区/娄桥街道', '瓯海区/新桥街道', '瓯海区/梧田街道', '瓯海区/三垟街道']) {
      expect(pointToLineDistance(townPt(ref), f, { units: 'kilometers' }), ref).toBeLessThan(0.5);
    }
    // The road runs across the plain south of the old city and north of 大罗山's southern towns.
    for (const ref of ['鹿城区/五马街道', '瓯海区/丽岙街道', '瓯海区/仙岩街道', '瓯海区/茶山街道']) {
      expect(pointToLineDistance(townPt(ref), f, { units: 'kilometers' }), ref).toBeGreaterThan(3);
    }
  });

  it('一江 (瓯江) is the river water at the city: between the 鹿城 and 瓯北 banks, not the banks or the 七都 island', () => {
    const f = feature('moonlight-economy#0');
    expect(f.properties.geometryBasis).toBe('water');
    expect(booleanIntersects(lineString([townPt('鹿城区/五马街道').geometry.coordinates, townPt('永嘉县/瓯北街道').geometry.coordinates]), f)).toBe(true);
    for (const ref of ['鹿城区/五马街道', '永嘉县/瓯北街道', '鹿城区/七都街道', '龙湾区/蒲州街道', '永嘉县/乌牛街道']) expect(covers(f, ref), ref).toBe(false);
    const [w, s, e, n] = bbox(f);
    expect(w).toBeGreaterThanOrEqual(120.5 - 1e-6);
    expect(e).toBeLessThanOrEqual(120.84 + 1e-6);
    expect(s).toBeGreaterThanOrEqual(27.93 - 1e-6);
    expect(n).toBeLessThanOrEqual(28.1 + 1e-6);
    // A tidal river ≈ 1–2 km wide over ≈ 35 km: tens of km², not a county.
    expect(km2(f)).toBeGreaterThan(30);
    expect(km2(f)).toBeLessThan(150);
  });

  it('every site with a line or water in plan-positions.json is drawn so, and only those', () => {
    const pos = read<{ features: Record<string, { sites?: { line?: unknown; water?: unknown }[] }> }>('scripts/sources/plan-positions.json');
    const declared = Object.entries(pos.features).flatMap(([id, f]) => (f.sites ?? []).map((s, i) => ({ id: (f.sites!.length === 1 ? id : `${id}#${i}`), s })).filter((x) => x.s.line || x.s.water));
    const drawn = plan.features.filter((f) => f.properties.geometryBasis === 'towns-line' || f.properties.geometryBasis === 'water');
    expect(declared.map((x) => x.id).sort()).toEqual(drawn.map((f) => String(f.properties.id)).sort());
    for (const f of drawn) {
      expect(String(f.properties.drawnAs_zh), String(f.properties.id)).toMatch(/绘制|示意/);
      expect(String(f.properties.drawnAs_en), String(f.properties.id)).toMatch(/^drawn as /);
    }
  });
});

describe('sites drawn as areas (plan ids)', () => {
  const areaSites = plan.features.filter((f) => f.properties.geometryBasis === 'townships');
  it('the plan ids and layers are kept: an area site is still its plan item', () => {
    const pos = read<{ features: Record<string, { sites?: { name_zh: string; area?: unknown }[] }> }>('scripts/sources/plan-positions.json');
    const withArea = Object.entries(pos.features).flatMap(([id, f]) => (f.sites ?? []).map((s, i) => ({ id: (f.sites!.length === 1 ? id : `${id}#${i}`), s })).filter((x) => x.s.area));
    expect(withArea.map((x) => x.id).sort()).toEqual(areaSites.map((f) => String(f.properties.id)).sort());
    for (const f of areaSites) expect(f.properties.planRef).toBe(String(f.properties.id).split('#')[0]);
  });
});
