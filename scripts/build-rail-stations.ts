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
import { METROMAN_WZ } from './extract-metroman-wz';

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
  /** … or the row of scripts/sources/metroman-wz-extract.json with this name (S1/S2; GCJ-02, converted). */
  mm?: string;
  /** An independent WGS-84 coordinate of the same station to cross-check `mm` against (distance written into the note). */
  ref?: { at: [number, number]; cite: string };
  source: string; precision_km?: number; followable?: boolean; note?: string;
}

const S1_NAMES = 'http://news.66wz.com/system/2017/07/26/105012506.shtml';
const S2_NAMES = 'https://guanshuntang.com/fwc/a/MjM5NTExNTIwMA==/2658279755/2';
const S1 = ['S1'];
const S2 = ['S2'];
/** Opening dates of the S1 west (桐岭–奥体中心) and east (永中–双瓯大道) sections. */
const W = '2019-01-23';
const E = '2019-09-28';
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
  // S1 (west section 桐岭–奥体中心 opened 2019-01-23, east section to 双瓯大道 2019-09-28: http://urbanrail.de/as/cn/wenzhou/wenzhou.htm;
  // the 18 station names: http://english.wenzhou.gov.cn/art/2018/9/29/art_1231275_21692512.html) and S2 phase I (opened
  // 2023-08-26: https://newton.com.tw/wiki/%E4%B8%8B%E5%A1%98%E7%AB%99/53286130): every station on its own point from the
  // metroman station list (GCJ-02, converted); the official location text, where there is one, is quoted beside it.
  s1('桐岭站', 'Tongling', '桐岭', W, '"桐岭站位于瓯海区潘桥街道桐岭村"'),
  s1('潘桥站', 'Panqiao', '潘桥', W, '"潘桥站位于瓯海区潘桥街道"'),
  s1('动车南站', 'South Railway Station', '动车南', W, '"高铁站位于瓯海区沿海高铁温州南站西侧" (opened as 动车南)'),
  s1('新桥站', 'Xinqiao', '新桥', W, '"新桥站位于瓯海区新桥街道"'),
  s1('德政站', 'Dezheng', '德政', W, '"德政站位于鹿城区德政村"'),
  s1('龙霞路站', 'Longxia Road', '龙霞路', W, '"龙霞站位于瓯海区梧田街道龙霞片区" (opened as 龙霞路)'),
  s1('惠民路站', 'Huimin Road', '惠民路', W, '"惠民站位于鹿城区温州大道和惠民路交叉口东南角" (opened as 惠民路)'),
  s1('三垟湿地站', 'Sanyang Wetland', '三垟湿地', W, '"三垟湿地站位于瓯海区三垟湿地公园北入口北侧"'),
  s1('龙腾路站', 'Longteng Road', '龙腾路', W),
  s1('科技城站', 'Hi-tech City', '科技城', W),
  s1('瑶溪站', 'Yaoxi', '瑶溪', W),
  s1('奥体中心站', 'Olympic Sports Center', '奥体中心', W),
  s1('永中站', 'Yongzhong', '永中', E),
  { name_zh: '机场站', name_en: 'Airport', lines: ['S1', 'S2'], opened: '2019-09-28', mm: '机场', precision_km: 0.3,
    ref: { at: [120.842923, 27.909176], cite: 'https://54e1ad4b48888.kfd.me/zh-mo/%E6%9C%BA%E5%9C%BA%E7%AB%99_(%E6%B8%A9%E5%B7%9E%E5%B8%82) (Wikipedia 机场站 (温州市): 27°54′33″N 120°50′35″E, "温州龙湾国际机场T2航站楼前综合交通枢纽地下")' },
    source: 'row 机场 (S1/S2 transfer under the T2 terminal forecourt, not the airport reference point)' },
  { name_zh: '灵昆站', name_en: 'Lingkun', lines: ['S1', 'S2'], opened: '2019-09-28', mm: '灵昆', precision_km: 0.5, source: `row 灵昆 (S1/S2 transfer: ${S2_NAMES})` },
  s1('瓯江口站', 'Oujiangkou', '瓯江口', E),
  s1('瓯华站', 'Ouhua', '瓯华', E),
  { name_zh: '双瓯大道站', name_en: "Shuang'ou Avenue", lines: S1, opened: '2019-09-28', mm: '双瓯大道', precision_km: 1,
    ref: { at: [120.947222, 27.922778], cite: 'https://zh.wikipedia.org/zh-hk/%E5%8F%8C%E7%93%AF%E5%A4%A7%E9%81%93%E7%AB%99 (27°55′22″N 120°56′50″E, "洞头区瓯绣大道")' },
    source: 'row 双瓯大道 (S1 east terminus)', note: 'the two sources disagree by ~0.8 km along the line, hence ±1 km' },
  s2('清东路站', 'Qingdong Road', '清东路', '"乐清市城东街道，104国道与宁康东路、清东路交叉口东侧地块"'),
  s2('旭阳路站', 'Xuyang Road', '旭阳路', '"乐清市城南街道，104国道(千帆路)与旭阳路交叉口西南侧"'),
  s2('万岙站', "Wan'ao", '万岙', '"乐清市城南街道，宁康西路与规划六环路交叉口北侧"'),
  s2('盐盆站', 'Yanpen', '盐盆', '"乐清市盐盆街道，规划永宁大道与中心大道交叉口南侧"'),
  s2('新望站', 'Xinwang', '新望', '"乐清市翁垟街道，规划兴茂路与规划路交叉口西侧"'),
  s2('翁垟站', 'Wengyang', '翁垟', '"乐清市翁垟街道，经二路与规划府前路交叉口南侧"'),
  s2('柳市东站', 'Liushi East', '柳市东', '"乐清市柳市镇东部，规划沿江大道与规划纵二路、纵七路交叉口之间"'),
  s2('永兴站', 'Yongxing', '永兴', '"龙湾区永兴街道，滨海大道与通海大道交叉口北侧"'),
  s2('沙城站', 'Shacheng', '沙城', '"龙湾区沙城街道，滨海大道与永沧路交叉口南侧"'),
  s2('天河站', 'Tianhe', '天河', '"龙湾区天河街道，滨海大道与司南路交叉口北侧"'),
  s2('海城站', 'Haicheng', '海城', '"龙湾区海城街道，滨海大道和海工大道交叉口西南角地块"'),
  s2('鲍田站', 'Baotian', '鲍田', '"瑞安市塘下镇，规划龙瑞公路与规划中心路交叉口北侧"'),
  s2('大典下站', 'Dadianxia', '大典下', '"瑞安市塘下镇，规划龙瑞公路与规划清泉路交叉口南侧"'),
  s2('汀田站', 'Tingtian', '汀田', '"瑞安市汀田街道，规划龙瑞公路与新安路交叉口北侧"'),
  s2('莘塍站', 'Xinsheng', '莘塍', '"瑞安市莘塍街道，规划龙瑞公路与新兴路交叉口北侧"'),
  s2('上望站', 'Shangwang', '上望', '"瑞安市上望街道，规划龙瑞公路与隆山路交叉口北侧"'),
  s2('上东路站', 'Shangdong Road', '上东路', '"瑞安市上望街道，规划世纪大道与上东路交叉口"'),
  { name_zh: '东山站', name_en: 'Dongshan', lines: ['S2', 'S3'], opened: '2023-08-26', mm: '东山', precision_km: 0.5,
    source: 'row 东山 (S2 south terminus, "南至瑞安市东山街道": http://m.zhiyao.eeju.com/hydt/2023/0827/14392.html; S2/S3 transfer, "S2和S3在东山站交汇": http://www.digipub.cc/dy/article/HMA65BHK0552GDNB.html?spss=dy_author)' },
];

/** An S1 station on its metroman row; `say` is the official location text of 2017 (S1_NAMES), if any. */
function s1(name_zh: string, name_en: string, mm: string, opened: string, say?: string): StationSrc {
  return { name_zh, name_en, lines: S1, opened, mm, precision_km: 0.5, source: `row ${mm}${say ? `; location: ${say}, ${S1_NAMES}` : ''}` };
}

/** An S2 station on its metroman row, with the official location text of 2023 (S2_NAMES). */
function s2(name_zh: string, name_en: string, mm: string, say: string): StationSrc {
  return { name_zh, name_en, lines: S2, opened: '2023-08-26', mm, precision_km: 0.5, source: `row ${mm}; location: ${say}, ${S2_NAMES}` };
}

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

const MM = readJson<{ rows: string[] }>(fromRoot('scripts/sources/metroman-wz-extract.json'));
const MM_CITE = `${METROMAN_WZ} (MIT; copied by scripts/extract-metroman-wz.ts into scripts/sources/metroman-wz-extract.json; GCJ-02 pairs converted with gcoord)`;

/** A metroman S1/S2 row converted from GCJ-02 to WGS-84. */
export function mmRow(name: string): [number, number] {
  const row = MM.rows.map((r) => r.split(',')).find((c) => c[0] === name);
  if (!row) throw new Error(`metroman-wz-extract.json has no row ${name}`);
  const w = toWgs84([Number(row[2]), Number(row[1])], 'GCJ02');
  return [r6(w[0]), r6(w[1])];
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
    if (s.mm) {
      const at = mmRow(s.mm);
      const ref = s.ref ? ` Independent check: ${s.ref.cite} is ${distance(at, s.ref.at, { units: 'kilometers' }).toFixed(2)} km from this.` : '';
      return { name_zh: s.name_zh, name_en: s.name_en, lines: s.lines, lon: at[0], lat: at[1], placement: 'own', source: `${MM_CITE}: ${s.source}`, followable: true, precision_km: s.precision_km ?? 0.5, opened: s.opened, note: ((s.note ?? '') + ref).trim() || null };
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
