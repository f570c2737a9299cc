/**
 * The plan's spatial structure (三(一)1, 三(二)) stated as geography: for each element, the towns
 * the plan text implies must be covered (areas, belts) or passed within a stated distance (axes),
 * and places that belong to another element must not be swallowed. Reference points are the
 * gazetteer's sourced town points (geodata/base/townships.geojson) and the plan's own sites.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

const read = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const plan = read<FeatureCollection>('geodata/plan/plan.geojson');
const towns = read<FeatureCollection<Point, { name_zh: string; county_zh: string }>>('geodata/base/townships.geojson');
const counties = read<FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>>('geodata/admin/counties.geojson');

const at = (name: string): Position => {
  const hit = towns.features.filter((f) => f.properties.name_zh === name);
  if (hit.length !== 1) throw new Error(`test town ${name}: ${hit.length} matches`);
  return hit[0].geometry.coordinates;
};
const siteOf = (id: string): Position => (plan.features.find((f) => f.properties?.id === id)!.geometry as Point).coordinates;
const area = (id: string) => plan.features.find((f) => f.properties?.id === id) as Feature<Polygon | MultiPolygon>;
const line = (id: string) => plan.features.find((f) => f.properties?.id === id) as Feature<LineString>;
const inside = (id: string, p: Position) => booleanPointInPolygon(p, area(id));
const off = (id: string, p: Position) => pointToLineDistance(p, line(id), { units: 'kilometers' });
const county = (zh: string) => counties.features.find((c) => c.properties.name_zh === zh)!;

describe('主中心 and its wings (三(一)1)', () => {
  it.each(['五马街道', '滨江街道', '七都街道', '娄桥街道', '茶山街道', '三垟街道', '永中街道', '仙岩街道', '南白象街道'])('主中心 covers %s', (t) => {
    expect(inside('main-centre', at(t))).toBe(true);
  });
  it('主中心 covers 江心屿 (its own site on the 瓯江)', () => expect(inside('main-centre', siteOf('jiangxin-island'))).toBe(true));
  it.each(['瓯北街道', '三江街道', '黄田街道', '安阳街道', '飞云街道', '柳市镇', '昆阳镇'])('主中心 does not swallow %s (another element)', (t) => {
    expect(inside('main-centre', at(t))).toBe(false);
  });
  it.each(['瓯北街道', '三江街道', '黄田街道'])('the north wing covers %s across the 瓯江', (t) => expect(inside('main-centre-north', at(t))).toBe(true));
  it.each(['五马街道', '七都街道', '乐成街道'])('the north wing does not swallow %s', (t) => expect(inside('main-centre-north', at(t))).toBe(false));
  it.each(['安阳街道', '飞云街道', '上望街道', '南滨街道'])('the south wing (瑞安) covers %s on both banks of the 飞云江', (t) => expect(inside('main-centre-south', at(t))).toBe(true));
  it.each(['仙岩街道', '昆阳镇', '鳌江镇', '塘下镇'])('the south wing does not swallow %s', (t) => expect(inside('main-centre-south', at(t))).toBe(false));
});

describe('副中心 (三(二)2)', () => {
  it.each(['乐成街道', '柳市镇', '北白象镇'])('乐清副中心 covers %s', (t) => expect(inside('sub-centre-north', at(t))).toBe(true));
  it.each(['瓯北街道', '七都街道', '大荆镇'])('乐清副中心 does not swallow %s', (t) => expect(inside('sub-centre-north', at(t))).toBe(false));
  it.each(['昆阳镇', '鳌江镇', '龙港', '灵溪镇'])('南部副中心 covers %s (鳌江流域)', (t) => expect(inside('sub-centre-south', at(t))).toBe(true));
  it.each(['安阳街道', '马站镇', '矾山镇'])('南部副中心 does not swallow %s', (t) => expect(inside('sub-centre-south', at(t))).toBe(false));
});

describe('three axes (三(一)1)', () => {
  it.each(['鹤城街道', '温溪镇', '七都街道', '灵昆街道'])('中部沿江发展轴 passes within 1 km of %s (青田 → 瓯江口)', (t) => expect(off('axis-central', at(t))).toBeLessThan(1));
  it.each(['茶山街道', '南白象街道', '大峃镇'])('中部沿江发展轴 stays ≥ 3 km from %s (inland towns)', (t) => expect(off('axis-central', at(t))).toBeGreaterThan(3));
  it.each(['乐成街道', '灵昆街道', '永兴街道', '上望街道', '鳌江镇', '龙港', '金乡镇'])('东部沿海发展轴 passes within 2 km of %s', (t) => expect(off('axis-east', at(t))).toBeLessThan(2));
  it('东部沿海发展轴 ends in 苍南 at the province border and has no vertex outside Zhejiang', () => {
    const coords = line('axis-east').geometry.coordinates;
    expect(booleanPointInPolygon(coords[coords.length - 1], county('苍南县'))).toBe(true);
    const fudingSeat: Position = [120.2127, 27.3277]; // 福鼎 (network node seat-fuding, echarts cp converted)
    for (const p of coords) expect(distance(p, fudingSeat, { units: 'kilometers' })).toBeGreaterThan(15);
    for (const p of coords) expect(p[1]).toBeGreaterThan(27.15); // 浙闽 border runs ≈ 27.1–27.2° N on the coast
  });
  it.each(['北城街道', '鹤城街道', '大峃镇', '罗阳镇'])('西部生态发展轴 passes within 1 km of %s', (t) => expect(off('axis-west', at(t))).toBeLessThan(1));
});

describe('four belts cover their platforms (三(一)1, 三(二))', () => {
  it.each(['yq-bay-port', 'yq-edz', 'yq-liushi', 'oujiangkou', 'zhenan-cluster', 'py-binhai', 'lg-newtown'])('沿海先进智造产业带 covers %s', (id) => {
    expect(inside('belt-coastal', siteOf(id))).toBe(true);
  });
  it.each(['鹤城街道', '大峃镇', '岩头镇'])('沿海先进智造产业带 does not swallow %s', (t) => expect(inside('belt-coastal', at(t))).toBe(false));
  it.each(['zhenan-science-city', 'higher-edu-park', 'daluoshan-sanyang-park', 'eye-valley'])('环大罗山科创产业带 covers %s', (id) => {
    expect(inside('belt-daluoshan', siteOf(id))).toBe(true);
  });
  it.each(['瓯北街道', '安阳街道'])('环大罗山科创产业带 does not swallow %s', (t) => expect(inside('belt-daluoshan', at(t))).toBe(false));
  it.each(['nanxi-river', 'liu-bowen-hometown', 'taishun-resort'])('西部生态休闲产业带 covers %s', (id) => expect(inside('belt-west', siteOf(id))).toBe(true));
  it.each(['乐成街道', '五马街道', '鳌江镇'])('西部生态休闲产业带 does not swallow %s', (t) => expect(inside('belt-west', at(t))).toBe(false));
  it('瓯江山水诗路文化产业带 covers 江心屿 and 温溪', () => {
    expect(inside('belt-oujiang', siteOf('jiangxin-island'))).toBe(true);
    expect(inside('belt-oujiang', at('温溪镇'))).toBe(true);
  });
  it.each(['茶山街道', '安阳街道'])('瓯江山水诗路文化产业带 does not swallow %s', (t) => expect(inside('belt-oujiang', at(t))).toBe(false));
});
