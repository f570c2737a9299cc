/**
 * The county-level units of the metropolitan area (三(一)1: 温州市域 + 丽水市青田县) and the
 * neighbouring cities drawn for context. Official areas are those published by the county
 * governments / statistical yearbooks (see geodata/SOURCES.md); they are only compared with, never
 * used to draw.
 */
import { pinyin } from 'pinyin-pro';

export interface CountyDef {
  adcode: string;
  name_zh: string;
  name_en: string;
  city_zh: string;
  /** Touches the open sea (its source polygon includes tidal flats and sea). */
  coastal: boolean;
  officialAreaKm2?: number;
  seat_zh?: string;
}

export const COUNTIES: CountyDef[] = [
  { adcode: '330302', name_zh: '鹿城区', name_en: 'Lucheng District', city_zh: '温州市', coastal: false, officialAreaKm2: 294.38 },
  { adcode: '330303', name_zh: '龙湾区', name_en: 'Longwan District', city_zh: '温州市', coastal: true },
  { adcode: '330304', name_zh: '瓯海区', name_en: 'Ouhai District', city_zh: '温州市', coastal: false, officialAreaKm2: 466.46 },
  { adcode: '330305', name_zh: '洞头区', name_en: 'Dongtou District', city_zh: '温州市', coastal: true },
  { adcode: '330324', name_zh: '永嘉县', name_en: 'Yongjia County', city_zh: '温州市', coastal: false, officialAreaKm2: 2674.1 },
  { adcode: '330326', name_zh: '平阳县', name_en: 'Pingyang County', city_zh: '温州市', coastal: true },
  { adcode: '330327', name_zh: '苍南县', name_en: 'Cangnan County', city_zh: '温州市', coastal: true },
  { adcode: '330328', name_zh: '文成县', name_en: 'Wencheng County', city_zh: '温州市', coastal: false, officialAreaKm2: 1293.24 },
  { adcode: '330329', name_zh: '泰顺县', name_en: 'Taishun County', city_zh: '温州市', coastal: false, officialAreaKm2: 1768.02 },
  { adcode: '330381', name_zh: '瑞安市', name_en: "Rui'an City", city_zh: '温州市', coastal: true },
  { adcode: '330382', name_zh: '乐清市', name_en: 'Yueqing City', city_zh: '温州市', coastal: true },
  { adcode: '330383', name_zh: '龙港市', name_en: 'Longgang City', city_zh: '温州市', coastal: true, officialAreaKm2: 183.99 },
  { adcode: '331121', name_zh: '青田县', name_en: 'Qingtian County', city_zh: '丽水市', coastal: false, officialAreaKm2: 2477.13 },
];

/** 核心区 (三(一)1): 温州市区 (鹿城, 龙湾, 瓯海, 洞头) + 乐清, 瑞安, 永嘉, 平阳, 苍南, 龙港. */
export const CORE_AREA_ADCODES = ['330302', '330303', '330304', '330305', '330382', '330381', '330324', '330326', '330327', '330383'];

export const LONGGANG = {
  adcode: '330383',
  parentAdcode: '330327',
  officialKm2: 183.99,
  /**
   * Western edge of the cut, degrees east: the 横阳支江 / G104 / G15 / 温福铁路 corridor that bounds
   * 龙港 on the west runs between the 苍南 seat (灵溪, 120.42327 E: the package's own `cp` point,
   * GCJ-02 converted) and the 龙港 seat (120.54889 E: Wikipedia, 27°34′55″N 120°32′56″E); we take
   * the meridian halfway between them.
   */
  westLon: (120.42327 + 120.54889) / 2,
  method:
    '龙港市 (2019) is not in the package: cut from the old 苍南县 polygon north-east of a line that runs south from the 鳌江 along the meridian halfway between the 灵溪 (苍南) and 龙港 seats (standing for the 横阳支江/G104/温福铁路 corridor that is the real western boundary) and then east to the sea; the east–west leg is placed so that the land area equals the official 183.99 km² (scripts/build-geodata.ts, scripts/lib/geo/longgang.ts). Southern boundary approximate, ±3 km',
};

export const CONTEXT_CITIES = [
  { file: 'zhe4_jiang1_tai2_zhou1', name_zh: '台州市', name_en: 'Taizhou' },
  { file: 'zhe4_jiang1_li4_shui3', name_zh: '丽水市', name_en: 'Lishui' },
  { file: 'fu2_jian4_ning2_de2', name_zh: '宁德市', name_en: 'Ningde' },
];

const SUFFIXES: [string, string][] = [
  ['畲族自治县', 'She Autonomous County'],
  ['自治县', 'Autonomous County'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

/**
 * Units renamed since the boundary package was made: 玉环县 became the county-level city 玉环市
 * (adcode 331083) in 2017 (State Council approval of 2017-04; Wikipedia "Yuhuan").
 */
export const RENAMED: Record<string, { adcode: string; name_zh: string; note: string }> = {
  '331021': { adcode: '331083', name_zh: '玉环市', note: '玉环县 became 玉环市 (county-level city) in 2017; the package still has the old name and code' },
};

/** English name of a county-level unit: pinyin of the stem plus the kind (椒江区 → Jiaojiang District, 福安市 → Fu'an City). */
export function nameEnFor(zh: string): string {
  const [suffix, kind] = SUFFIXES.find(([s]) => zh.endsWith(s) && zh.length > s.length) ?? ['', ''];
  const stem = zh.slice(0, zh.length - suffix.length);
  const py = pinyin(stem, { toneType: 'none', type: 'array' }).map((x, i) => (i > 0 && /^[aoe]/.test(x) ? `'${x}` : x)).join('');
  return `${py.charAt(0).toUpperCase()}${py.slice(1)}${kind ? ' ' + kind : ''}`;
}
