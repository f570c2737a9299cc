/**
 * Interface texts of the import panel, imported layers, draw tool and site report, Chinese first.
 * Kept apart from the app-wide i18n table so that feature areas do not edit one shared file.
 */
import type { Lang } from './i18n';

export const IMPORT_STRINGS = {
  importTitle: { zh: '导入自己的数据', en: 'Bring your own data' },
  dropHint: { zh: '把 GeoJSON 文件拖到此处或地图上', en: 'Drop a GeoJSON file here or on the map' },
  dropHere: { zh: '松开以导入', en: 'Release to import' },
  pickFile: { zh: '选择文件…', en: 'Choose a file…' },
  pasteLabel: { zh: '或粘贴 GeoJSON 文本', en: 'Or paste GeoJSON text' },
  pasteImport: { zh: '导入粘贴的文本', en: 'Import pasted text' },
  datum: { zh: '坐标系', en: 'Datum' },
  datumWGS84: { zh: 'WGS-84（GPS、天地图、OSM）', en: 'WGS-84 (GPS, Tianditu, OSM)' },
  datumGCJ02: { zh: 'GCJ-02（高德、腾讯）', en: 'GCJ-02 (Gaode/AMap, Tencent)' },
  datumBD09: { zh: 'BD-09（百度）', en: 'BD-09 (Baidu)' },
  reimportAs: { zh: '按此坐标系重新导入：', en: 'Re-import as ' },
  datumNote: { zh: '坐标本身无法区分这三种坐标系，请按数据来源选择。', en: 'Coordinates alone cannot tell these apart: choose by where the data came from.' },
  importing: { zh: '正在解析', en: 'Parsing' },
  loaded: { zh: '已导入要素', en: 'Features imported' },
  warnings: { zh: '提示（已自动处理）', en: 'Notes (fixed automatically)' },
  rejected: { zh: '未导入的要素', en: 'Features not imported' },
  failed: { zh: '导入失败', en: 'Import failed' },
  retry: { zh: '重试导入', en: 'Retry the import' },
  mapUnchanged: { zh: '地图上已有的内容未受影响。', en: 'Nothing already on the map was changed.' },
  layers: { zh: '已导入图层', en: 'Imported layers' },
  noLayers: { zh: '还没有导入图层。', en: 'No imported layers yet.' },
  show: { zh: '显示', en: 'Show' },
  remove: { zh: '移除', en: 'Remove' },
  exportLayer: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  colour: { zh: '颜色', en: 'Colour' },
  opacity: { zh: '不透明度', en: 'Opacity' },
  features: { zh: '个要素', en: 'features' },
  properties: { zh: '属性', en: 'Properties' },
  noProperties: { zh: '（无属性）', en: '(no properties)' },
  close: { zh: '关闭', en: 'Close' },
  siteReport: { zh: '场地报告', en: 'Site report' },
  printReport: { zh: '打印报告', en: 'Print report' },
  size: { zh: '规模', en: 'Size' },
  area: { zh: '面积', en: 'Area' },
  perimeter: { zh: '周长', en: 'Perimeter' },
  length: { zh: '长度', en: 'Length' },
  position: { zh: '代表点', en: 'Representative point' },
  counties: { zh: '所在县（市、区）', en: 'County' },
  structure: { zh: '落入或接触的规划格局', en: 'Plan zones it lies in or touches' },
  none: { zh: '无', en: 'none' },
  nearestProjects: { zh: '最近的规划项目', en: 'Nearest plan projects' },
  nearestStations: { zh: '最近的铁路站点', en: 'Nearest rail stations' },
  touching: { zh: '相接', en: 'touching' },
  travel: { zh: '出行时间', en: 'Travel time' },
  toMainCentre: { zh: '到主中心', en: 'To the main centre' },
  toSubCentre: { zh: '到最近的副中心', en: 'To the nearest sub-centre' },
  travelComputing: { zh: '正在计算出行时间…', en: 'Computing travel times…' },
  travelUnavailable: { zh: '出行时间暂不可用', en: 'Travel times unavailable' },
  travelNote: { zh: '按 2035 规划路网，从代表点出发的出行时间；路网为无向图，去程与回程时间相同（上车等候各计一次）。', en: 'Planned 2035 network, from the representative point; the network graph is undirected, so going there takes as long as coming back (one boarding wait either way).' },
  minutes: { zh: '分钟', en: 'min' },
  catchments: { zh: '服务范围（圆形半径）', en: 'Catchment circles (radius)' },
  catchmentProjects: { zh: '项目', en: 'projects' },
  catchmentStations: { zh: '站点', en: 'stations' },
  catchmentNote: { zh: '以代表点为圆心。', en: 'Centred on the representative point.' },
  reportFailed: { zh: '无法生成报告', en: 'Could not build the report' },
  drawTools: { zh: '绘制与量测', en: 'Draw and measure' },
  modePoint: { zh: '点', en: 'Point' },
  modeLine: { zh: '线', en: 'Line' },
  modePolygon: { zh: '面', en: 'Polygon' },
  modeDistance: { zh: '量距离', en: 'Measure distance' },
  modeArea: { zh: '量面积', en: 'Measure area' },
  drawHint: { zh: '单击添加点，双击或回车结束，Esc 取消', en: 'Click to add points; double-click or Enter to finish; Esc to cancel' },
  clear: { zh: '清除', en: 'Clear' },
  drawn: { zh: '绘制的', en: 'Drawn' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportStringKey = keyof typeof IMPORT_STRINGS;

/** The text for `key` in `lang`. */
export function ti(key: ImportStringKey, lang: Lang): string {
  return IMPORT_STRINGS[key][lang];
}
