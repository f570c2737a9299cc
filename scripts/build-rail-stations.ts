/**
 * The existing rail stations of the metro area (and the neighbours the network links to) as one
 * shared table, scripts/sources/rail-stations.json: name, line(s), WGS-84 position, source, ± km,
 * opening date. A station stands on its own sourced coordinate where one was found; otherwise on
 * the gazetteer town its source places it in (`placement: 'town'`), or, last resort, on the seat
 * town (`placement: 'seat'`). `followable: false` marks a coordinate whose source cannot be named.
 * Run: `npx tsx scripts/build-rail-stations.ts` (part of `npm run geodata`).
 */
import { distance } from '@turf/turf';
import { fromRoot, readJson, writeJson } from './lib/io';
import { town, townSource } from './lib/gazetteer';
import { toWgs84 } from '../src/core/geo/datum';

interface StationSrc {
  name_zh: string; name_en: string; lines: string[]; opened: string;
  /** Own coordinate, WGS-84 [lon, lat] … */
  at?: [number, number];
  /** … or the gazetteer town the source puts it in. */
  town?: string; seat?: boolean;
  /** … or the row of scripts/sources/cnstation-extract.json with this 站名 (GCJ-02 columns, converted). */
  cn?: string;
  /** A cnstation row to cross-check an own coordinate against (distance written into the note). */
  cross?: string;
  source: string; precision_km?: number; followable?: boolean; note?: string;
}

const S1_NAMES = 'http://news.66wz.com/system/2017/07/26/105012506.shtml';
const S2_NAMES = 'https://guanshuntang.com/fwc/a/MjM5NTExNTIwMA==/2658279755/2';
const S1 = ['S1'];
const S2 = ['S2'];
const YTW = 'http://www.self.gutenberg.org/articles/eng/Ningbo%E2%80%93Taizhou%E2%80%93Wenzhou_Railway';

const STATIONS: StationSrc[] = [
  { name_zh: '温州南站', name_en: 'Wenzhou South', lines: ['甬台温铁路', '温福铁路', '金温铁路', 'S1'], opened: '2009-09-28', cn: '温州南站', precision_km: 0.3,
    source: 'row 温州南站 (address 瓯海区潘桥镇温州南站)', note: 'opening date: ' + YTW + '; two further public code files (an Amap POI and a Wenzhou 天地图 app, repositories not nameable) give a point within 0.07 km' },
  { name_zh: '苍南站', name_en: 'Cangnan', lines: ['温福铁路'], opened: '2009-09-28', at: [120.4070972, 27.5313333], precision_km: 0.3, cross: '苍南站',
    source: 'https://zh.wikipedia-on-ipfs.org/wiki/%E8%8B%8D%E5%8D%97%E7%AB%99 (坐标 27°31′52.80″N 120°24′25.55″E); same value in https://talk.dob.jp/zhwiki/w/index.php?diff=84698183&oldid=46668358&title=%E8%8B%8D%E5%8D%97%E7%AB%99' },
  { name_zh: '丽水站', name_en: 'Lishui', lines: ['金温铁路'], opened: '1997', at: [119.9504194, 28.4455222], precision_km: 0.3, cross: '丽水站',
    source: 'https://wiki.kfd.me/wiki/%E4%B8%BD%E6%B0%B4%E7%AB%99 (地理坐标 28°26′43.88″N 119°57′1.51″E)' },
  { name_zh: '台州西站', name_en: 'Taizhou West', lines: ['甬台温铁路'], opened: '2009-09-28', at: [121.2860278, 28.6890222], precision_km: 0.3, cross: '台州站',
    source: 'https://wikim.kfd.me/wiki/%E5%8F%B0%E5%B7%9E%E8%A5%BF%E7%AB%99 (28°41′20.48″N 121°17′9.70″E); cross-check https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Taizhou_Railway_Station (28°41′21″N 121°17′09″E)' },
  { name_zh: '温州北站', name_en: 'Wenzhou North (former Yongjia)', lines: ['甬台温铁路', '杭温高铁'], opened: '2009-09-28', cn: '永嘉站', precision_km: 0.8,
    source: 'row 永嘉站 (address 永嘉县黄田街道千石村); same site per https://www.wikiwand.com/zh-cn/articles/%E6%B8%A9%E5%B7%9E%E5%8C%97%E7%AB%99 ("位于温州市永嘉县瓯北镇黄田片区千石村"; opened 2009 as 永嘉站, reopened as 温州北站 2024-09-06)',
    note: 'point of the former 永嘉站 building; the enlarged 温州北站 (2024) may shift the centre by a few hundred metres, hence ±0.8 km' },
  { name_zh: '温州站', name_en: 'Wenzhou', lines: ['金温铁路'], opened: '1998-06-11', cn: '温州站', precision_km: 0.4,
    source: 'row 温州站 (address 温州大道温州火车站); 《温州词典》 p.191 "坐落于瓯海区梧埏镇": https://suiniann.com/book/1684/1181905.html; opened 1998-06-11: http://www.trainnets.com/archives/29587' },
  { name_zh: '平阳站(原鳌江站)', name_en: 'Pingyang (former Aojiang)', lines: ['温福铁路'], opened: '2009-09-28', cn: '鳌江站', precision_km: 0.5,
    source: 'row 鳌江站 (address 平阳县鳌江镇西塘村; named 鳌江站 until 2022)' },
  { name_zh: '乐清东站(原绅坊站)', name_en: 'Yueqing East (former Shenfang)', lines: ['甬台温铁路'], opened: '2009-09-28', cn: '绅坊站', precision_km: 0.5,
    source: 'row 绅坊站 (address 乐清市石帆街道绅坊村); "绅坊站(石帆)" http://www.jw0577.com/thread-41502-1-1.html; km 222 on ' + YTW },
  { name_zh: '瑞安站', name_en: "Rui'an", lines: ['温福铁路'], opened: '2009-09-28', cn: '瑞安站', precision_km: 0.5,
    source: 'row 瑞安站 (address 瑞安市江南大道1号(南), south bank of the 飞云江)' },
  { name_zh: '青田站', name_en: 'Qingtian', lines: ['金温铁路'], opened: '1998-06-11', cn: '青田站', precision_km: 0.6,
    source: 'row 青田站 (address 青田县水南江南大道139-6号, south bank of the 瓯江)' },
  { name_zh: '乐清站', name_en: 'Yueqing', lines: ['甬台温铁路'], opened: '2009-09-28', cn: '乐清站', precision_km: 0.5,
    source: 'row 乐清站 (address 乐清市白石街道站前路); opening date: ' + YTW },
  { name_zh: '雁荡山站', name_en: 'Yandangshan', lines: ['甬台温铁路'], opened: '2009-09-28', cn: '雁荡山站', precision_km: 0.5,
    source: 'row 雁荡山站 (address 乐清市雁荡镇); opening date: ' + YTW },
  { name_zh: '温岭站', name_en: 'Wenling', lines: ['甬台温铁路'], opened: '2009-09-28', cn: '温岭站', precision_km: 0.5,
    source: 'row 温岭站 (address 温岭市大溪镇利岙村); opening date: ' + YTW },
  { name_zh: '福鼎站', name_en: 'Fuding', lines: ['温福铁路'], opened: '2009-09-28', cn: '福鼎', precision_km: 0.5,
    source: 'row 福鼎 (address 福鼎市丹岐村)' },
  { name_zh: '机场站', name_en: 'Airport', lines: ['S1', 'S2'], opened: '2019-09-28', at: [120.85194, 27.91194], precision_km: 1.5,
    source: 'airport reference point 27°54′43″N 120°51′07″E: http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Wenzhou_Yongqiang_Airport.html; the S1/S2 station is at the terminal area', note: 'airport reference point, not the station entrance' },
  // S1 (west section opened 2019-01-23, east section 2019-09-28: http://urbanrail.de/as/cn/wenzhou/wenzhou.htm)
  { name_zh: '桐岭站', name_en: 'Tongling', lines: S1, opened: '2019-01-23', town: '潘桥街道', source: `${S1_NAMES} ("桐岭站位于瓯海区潘桥街道桐岭村")` },
  { name_zh: '潘桥站', name_en: 'Panqiao', lines: S1, opened: '2019-01-23', town: '潘桥街道', source: `${S1_NAMES} ("潘桥站位于瓯海区潘桥街道")` },
  { name_zh: '新桥站', name_en: 'Xinqiao', lines: S1, opened: '2019-01-23', town: '新桥街道', source: `${S1_NAMES} ("新桥站位于瓯海区新桥街道")` },
  { name_zh: '龙霞站', name_en: 'Longxia', lines: S1, opened: '2019-01-23', town: '梧田街道', source: `${S1_NAMES} ("龙霞站位于瓯海区梧田街道龙霞片区")` },
  { name_zh: '三垟湿地站', name_en: 'Sanyang Wetland', lines: S1, opened: '2019-01-23', town: '三垟街道', source: `${S1_NAMES} ("三垟湿地站位于瓯海区三垟湿地公园北入口北侧")` },
  { name_zh: '灵昆站', name_en: 'Lingkun', lines: ['S1', 'S2'], opened: '2019-09-28', town: '灵昆街道', source: `${S1_NAMES}; S1/S2 transfer: ${S2_NAMES}` },
  // S2 phase I (opened 2023-08-26: https://newton.com.tw/wiki/%E4%B8%8B%E5%A1%98%E7%AB%99/53286130)
  { name_zh: '清东路站', name_en: 'Qingdong Road', lines: S2, opened: '2023-08-26', town: '乐清市/城东街道', source: `${S2_NAMES} ("乐清市城东街道，104国道与宁康东路、清东路交叉口东侧地块")` },
  { name_zh: '盐盆站', name_en: 'Yanpen', lines: S2, opened: '2023-08-26', town: '盐盆街道', source: `${S2_NAMES} ("乐清市盐盆街道，规划永宁大道与中心大道交叉口南侧")` },
  { name_zh: '翁垟站', name_en: 'Wengyang', lines: S2, opened: '2023-08-26', town: '翁垟街道', source: `${S2_NAMES} ("乐清市翁垟街道，经二路与规划府前路交叉口南侧")` },
  { name_zh: '柳市东站', name_en: 'Liushi East', lines: S2, opened: '2023-08-26', town: '柳市镇', source: `${S2_NAMES} ("乐清市柳市镇东部，规划沿江大道与规划纵二路、纵七路交叉口之间")` },
  { name_zh: '永兴站', name_en: 'Yongxing', lines: S2, opened: '2023-08-26', town: '永兴街道', source: `${S2_NAMES} ("龙湾区永兴街道，滨海大道与通海大道交叉口北侧")` },
  { name_zh: '汀田站', name_en: 'Tingtian', lines: S2, opened: '2023-08-26', town: '汀田街道', source: `${S2_NAMES} ("瑞安市汀田街道，规划龙瑞公路与新安路交叉口北侧")` },
  { name_zh: '莘塍站', name_en: 'Xinsheng', lines: S2, opened: '2023-08-26', town: '莘塍街道', source: `${S2_NAMES} ("瑞安市莘塍街道，规划龙瑞公路与新兴路交叉口北侧")` },
  { name_zh: '上望站', name_en: 'Shangwang', lines: S2, opened: '2023-08-26', town: '上望街道', source: `${S2_NAMES} ("瑞安市上望街道，规划龙瑞公路与隆山路交叉口北侧")` },
  { name_zh: '上东路站', name_en: 'Shangdong Road', lines: S2, opened: '2023-08-26', town: '上望街道', source: `${S2_NAMES} ("瑞安市上望街道，规划世纪大道与上东路交叉口")` },
];

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

const CN = readJson<{ source: string; header: string; rows: string[] }>(fromRoot('scripts/sources/cnstation-extract.json'));
const CN_CITE = `${CN.source} (copied by scripts/extract-cnstation.ts into scripts/sources/cnstation-extract.json; GCJ-02 columns lng火星/lat火星 converted with gcoord)`;

/** A cnstation row: address, GCJ-02 pair converted to WGS-84, and the row's own WGS-84 pair. */
export function cnRow(name: string): { address: string; wgs: [number, number]; rowWgs: [number, number] } {
  const row = CN.rows.map((r) => r.split(',')).find((c) => c[0] === name);
  if (!row) throw new Error(`cnstation-extract.json has no row ${name}`);
  const n = row.slice(7).map(Number);
  const w = toWgs84([n[0], n[1]], 'GCJ02');
  return { address: row[1], wgs: [r6(w[0]), r6(w[1])], rowWgs: [n[2], n[3]] };
}

/** Resolves every station to a WGS-84 position with its ± km and full source. */
export function railStations() {
  return STATIONS.map((s) => {
    if (s.cn) {
      const c = cnRow(s.cn);
      const gap = distance(c.wgs, c.rowWgs, { units: 'kilometers' });
      if (gap > 0.01) throw new Error(`${s.cn}: gcoord and the row's WGS-84 columns differ by ${gap.toFixed(3)} km`);
      return { name_zh: s.name_zh, name_en: s.name_en, lines: s.lines, lon: c.wgs[0], lat: c.wgs[1], placement: 'own', source: `${CN_CITE}: ${s.source}`, followable: true, precision_km: s.precision_km ?? 0.5, opened: s.opened, note: s.note ?? null };
    }
    if (s.at) {
      const cross = s.cross ? ` cnstation.csv row ${s.cross} is ${distance(s.at, cnRow(s.cross).wgs, { units: 'kilometers' }).toFixed(2)} km from this.` : '';
      return { name_zh: s.name_zh, name_en: s.name_en, lines: s.lines, lon: s.at[0], lat: s.at[1], placement: 'own', source: s.source, followable: s.followable ?? true, precision_km: s.precision_km ?? 0.5, opened: s.opened, note: ((s.note ?? '') + cross).trim() || null };
    }
    const t = town(s.town!);
    return {
      name_zh: s.name_zh, name_en: s.name_en, lines: s.lines, lon: r6(t.position[0]), lat: r6(t.position[1]), placement: s.seat ? 'seat' : 'town',
      source: `${s.source}; position: ${townSource(t)}`, followable: true, precision_km: Math.max(s.precision_km ?? 0, t.precisionKm), opened: s.opened,
      note: s.note ?? (t.standIn ? 'the town itself has no sourced point (gazetteer stand-in)' : null),
    };
  });
}

/** Writes scripts/sources/rail-stations.json; returns a one-line summary. */
export function writeRailStations(): string {
  const rows = railStations();
  writeJson(fromRoot('scripts/sources/rail-stations.json'), {
    generator: 'scripts/build-rail-stations.ts',
    datum: 'WGS-84',
    placement: "own = the station's own sourced coordinate; town = the gazetteer point of the town its source puts it in; seat = the county seat town (last resort)",
    stations: rows,
  });
  const by = (p: string) => rows.filter((r) => r.placement === p).length;
  return `rail-stations.json: ${rows.length} stations (${by('own')} own coordinate, ${by('town')} on their town, ${by('seat')} on a seat town)`;
}

if (process.argv[1] && /build-rail-stations\.ts$/.test(process.argv[1])) console.log(writeRailStations());
