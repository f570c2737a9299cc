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
  'cr-qingdong': '清东路站', 'cr-liushi-east': '柳市东站', 'cr-ruian-s2': '上东路站', 'cr-s1-east-end': '灵昆站',
  'st-wenling': '温岭站', 'st-fuding': '福鼎站',
};
/** Station nodes with no row, and why (each is a stated gap, not a silent one). */
const NO_ROW: Record<string, string> = {
  'st-xianju': 'outside the metro area: on the 仙居 seat point, station not found',
  'st-wenzhou-east': 'planned station, no published site',
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

  it('the national stations stand on their own followable coordinate at ±1 km or better', () => {
    const own = table.stations.filter((s) => s.placement === 'own' && s.followable);
    expect(own.map((s) => s.name_zh).sort()).toEqual([
      '温州站', '温州南站', '温州北站', '瑞安站', '平阳站(原鳌江站)', '苍南站', '青田站', '丽水站', '乐清站', '乐清东站(原绅坊站)',
      '雁荡山站', '台州西站', '温岭站', '福鼎站', '机场站',
    ].sort());
    for (const s of own.filter((x) => x.name_zh !== '机场站')) expect(s.precision_km, s.name_zh).toBeLessThanOrEqual(1);
  });

  /** Independent checks, typed from the pages cited (not from the station table). */
  const REFERENCE: [string, [number, number], string][] = [
    ['苍南站', [120 + 24 / 60 + 25.55 / 3600, 27 + 31 / 60 + 52.8 / 3600], 'zh.wikipedia-on-ipfs.org 苍南站'],
    ['丽水站', [119 + 57 / 60 + 1.51 / 3600, 28 + 26 / 60 + 43.88 / 3600], 'wiki.kfd.me 丽水站'],
  ];
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
