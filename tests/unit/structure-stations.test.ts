/**
 * Every rail / S1 / S2 / S3 station node of the network against the shared station table
 * (scripts/sources/rail-stations.json): a node lies within its own ± km of its station's position,
 * and only the nodes listed below (with the reason) have no station row of their own.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';

const network = JSON.parse(readFileSync('geodata/network/network.geojson', 'utf8')) as FeatureCollection;
const table = JSON.parse(readFileSync('scripts/sources/rail-stations.json', 'utf8')) as {
  stations: { name_zh: string; lon: number; lat: number; placement: string; followable: boolean; precision_km: number; source: string }[];
};
const stations = network.features.filter((f): f is Feature<Point> => f.geometry?.type === 'Point' && f.properties?.kind === 'station');
const km = (a: number[], b: number[]) => distance(a, b, { units: 'kilometers' });

/** Network station node → its row in the station table. */
const ROW_OF: Record<string, string> = {
  'st-wenzhou-south': '温州南站', 'cr-s1-dongchenan': '温州南站', 'st-cangnan': '苍南站', 'st-lishui': '丽水站',
  'st-taizhou-west': '台州西站', 'st-yueqing-east': '乐清东站(原绅坊站)', 'cr-airport': '机场站', 'st-wenzhou': '温州站',
  'cr-wenzhou-stn': '温州站', 'st-ruian': '瑞安站', 'st-pingyang': '平阳站(原鳌江站)', 'st-qingtian': '青田站',
  'cr-qingdong': '清东路站', 'cr-liushi-east': '柳市东站', 'cr-ruian-s2': '东山站', 'cr-s1-east-end': '双瓯大道站', 'cr-lingkun': '灵昆站', 'cr-tongling': '桐岭站',
  'st-wenling': '温岭站', 'st-fuding': '福鼎站',
};
/** Station nodes with no row, and why (each is a stated gap, not a silent one). */
const NO_ROW: Record<string, string> = {
  'st-xianju': 'outside the metro area: on the 仙居 seat point, station not found',
  'st-wenzhou-east': 'planned station, site not fixed: on 永兴街道, the recommended area west of the airport (not a station coordinate)',
  'cr-ruian-s3': 'S3 under construction: end station on 飞云街道',
  'cr-qingtian': 'planned link end, no station announced',
  'cr-wenling': 'planned link end, no station announced',
};

describe('station nodes and the station table', () => {
  it('every station node has a table row or a stated reason, and nothing else', () => {
    const ids = stations.map((f) => String(f.properties?.id)).sort();
    expect(ids).toEqual([...Object.keys(ROW_OF), ...Object.keys(NO_ROW)].sort());
  });

  it.each(Object.entries(ROW_OF))('%s lies within its ± km of %s', (id, name) => {
    const node = stations.find((f) => f.properties?.id === id)!;
    const row = table.stations.find((s) => s.name_zh === name);
    expect(row, name).toBeDefined();
    const d = km(node.geometry.coordinates, [row!.lon, row!.lat]);
    expect(d).toBeLessThanOrEqual(Number(node.properties?.precisionKm));
  });

  it('no node of a station in the metro area stands on a county-seat point unless the table says seat', () => {
    const seatNodes = network.features.filter((f) => f.properties?.kind === 'seat') as Feature<Point>[];
    for (const [id, name] of Object.entries(ROW_OF)) {
      const node = stations.find((f) => f.properties?.id === id)!;
      const onSeat = seatNodes.some((s) => km(s.geometry.coordinates, node.geometry.coordinates) < 0.3);
      const row = table.stations.find((s) => s.name_zh === name)!;
      if (onSeat) expect(row.placement, id).toBe('seat');
    }
  });

  it('every table source is a URL or says why it is not followable', () => {
    for (const s of table.stations) {
      if (s.followable) expect(s.source, s.name_zh).toMatch(/https?:\/\/|townships\.geojson/);
      else expect(s.source, s.name_zh).toMatch(/not followable/);
      expect(s.source, s.name_zh).not.toMatch(/find_string|\bid \d{6,}/);
    }
  });

  it('every station of the table stands on its own followable coordinate, at ±1 km or better', () => {
    for (const s of table.stations) {
      expect(s.placement, s.name_zh).toBe('own');
      expect(s.followable, s.name_zh).toBe(true);
      expect(s.precision_km, s.name_zh).toBeLessThanOrEqual(1);
    }
  });

  /** Station order of each line (english.wenzhou.gov.cn 2018-09-29 for S1; the 温州晚报 2023 list for S2) and its stated length. */
  const LINES: [string, string[], number][] = [
    ['S1', '桐岭 潘桥 动车南 新桥 德政 龙霞路 惠民路 三垟湿地 龙腾路 科技城 瑶溪 奥体中心 永中 机场 灵昆 瓯江口 瓯华 双瓯大道'.split(' '), 53.5],
    ['S2', '清东路 旭阳路 万岙 盐盆 新望 翁垟 柳市东 灵昆 机场 永兴 沙城 天河 海城 鲍田 大典下 汀田 莘塍 上望 上东路 东山'.split(' '), 63.63],
  ];
  it.each(LINES)('%s: station to station in a straight line adds up to 85–100 %% of the stated line length, no hop over 8 km', (_, names, statedKm) => {
    const at = names.map((n) => table.stations.find((s) => s.name_zh === `${n}站`)!);
    const hops = at.slice(1).map((s, i) => km([at[i].lon, at[i].lat], [s.lon, s.lat]));
    const sum = hops.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0.85 * statedKm);
    expect(sum).toBeLessThan(statedKm);
    for (const h of hops) expect(h).toBeLessThan(8);
  });

  /** Independent checks, typed from the pages cited (not from the station table). */
  const REFERENCE: [string, [number, number], string][] = [
    ['苍南站', [120 + 24 / 60 + 25.55 / 3600, 27 + 31 / 60 + 52.8 / 3600], 'zh.wikipedia-on-ipfs.org 苍南站'],
    ['丽水站', [119 + 57 / 60 + 1.51 / 3600, 28 + 26 / 60 + 43.88 / 3600], 'wiki.kfd.me 丽水站'],
  ];
  it('the metroman S1/S2 list agrees with Wikipedia for 机场站 (within 0.2 km): its pairs are GCJ-02, converted', () => {
    // 机场站 (温州市), 27°54′33″N 120°50′35″E (kfd.me mirror of zh.wikipedia), typed from the page
    const ref: [number, number] = [120 + 50 / 60 + 35 / 3600, 27 + 54 / 60 + 33 / 3600];
    const t = table.stations.find((s) => s.name_zh === '机场站')!;
    expect(km([t.lon, t.lat], ref)).toBeLessThan(0.2);
    const extract = JSON.parse(readFileSync('scripts/sources/metroman-wz-extract.json', 'utf8')) as { rows: string[] };
    const raw = extract.rows.map((r) => r.split(',')).find((c) => c[0] === '机场')!;
    // read as WGS-84 the raw pair would be 0.4+ km off: the conversion matters
    expect(km([Number(raw[2]), Number(raw[1])], ref)).toBeGreaterThan(0.4);
  });
  it.each(REFERENCE)('cnstation.csv agrees with Wikipedia for %s (within 0.2 km)', (name, ref) => {
    const extract = JSON.parse(readFileSync('scripts/sources/cnstation-extract.json', 'utf8')) as { rows: string[] };
    const row = extract.rows.map((r) => r.split(',')).find((c) => c[0] === name)!;
    // the row's own WGS-84 columns, not the build's conversion
    expect(km([Number(row[9]), Number(row[10])], ref)).toBeLessThan(0.2);
  });

  it('the table\'s 瑞安站 is the extract\'s GCJ-02 pair converted: on the row\'s own WGS-84 columns, not on the raw GCJ-02 pair', () => {
    const extract = JSON.parse(readFileSync('scripts/sources/cnstation-extract.json', 'utf8')) as { rows: string[] };
    const row = extract.rows.map((r) => r.split(',')).find((c) => c[0] === '瑞安站')!;
    const t = table.stations.find((s) => s.name_zh === '瑞安站')!;
    expect(km([t.lon, t.lat], [Number(row[9]), Number(row[10])])).toBeLessThan(0.01);
    expect(km([t.lon, t.lat], [Number(row[7]), Number(row[8])])).toBeGreaterThan(0.3);
  });
});
