/**
 * Every message an import can produce, Chinese first and English second, written for a planner
 * to act on. Codes are stable (end-to-end tests assert them); the texts may be reworded.
 * Texts are plain text: the UI must render them (and any file content quoted in them) as text.
 */
import type { JsonProblem } from './json-error';

export interface ImportMessage {
  /** Stable machine code, e.g. 'json-syntax', 'self-intersection'. */
  code: ImportCode;
  zh: string;
  en: string;
  /** 1-based line and column in the file (JSON syntax errors). */
  line?: number;
  column?: number;
  /** 0-based index into the file's features (the texts say "feature N", 1-based). */
  featureIndex?: number;
}

type Params = Record<string, string | number>;
type Text = (p: Params) => [zh: string, en: string];

const MB = (bytes: string | number) => (Number(bytes) / 1024 / 1024).toFixed(1);

const CATALOGUE = {
  // Whole file (fatal)
  'file-too-large': (p) => [`文件过大（${MB(p.bytes)} MB），上限为 ${MB(p.limit)} MB。请先裁剪或简化数据（如用 mapshaper）。`, `File too large (${MB(p.bytes)} MB); the limit is ${MB(p.limit)} MB. Clip or simplify the data first (e.g. with mapshaper).`],
  'empty-file': () => ['文件是空的。', 'The file is empty.'],
  'binary-file': (p) => [`这不是文本文件（看起来是${p.zh}），无法作为 GeoJSON 读取。`, `This is not a text file (it looks like ${p.en}); it cannot be read as GeoJSON.`],
  'json-syntax': (p) => [`JSON 语法错误：${p.zh}`, `JSON syntax error: ${p.en}`],
  'json-too-deep': () => ['JSON 嵌套层数过深，无法解析。', 'The JSON is nested too deeply to be read.'],
  'not-geojson': (p) => [`这不是 GeoJSON：文件内容是${p.zh}，应为 FeatureCollection、Feature 或几何对象。`, `This is not GeoJSON: the file holds ${p.en}; expected a FeatureCollection, a Feature or a geometry.`],
  topojson: () => ['这是 TopoJSON（type 为 "Topology"），暂不支持。请先转换为 GeoJSON（如 mapshaper 或 topojson-client 的 topo2geo）。', 'This is TopoJSON (type "Topology"), which is not supported. Convert it to GeoJSON first (e.g. mapshaper, or topo2geo from topojson-client).'],
  'esri-json': () => ['这是 Esri JSON（ArcGIS 格式），不是 GeoJSON。请在 ArcGIS/QGIS 中导出为 GeoJSON。', 'This is Esri JSON (ArcGIS format), not GeoJSON. Export it as GeoJSON from ArcGIS or QGIS.'],
  kml: () => ['这是 KML（XML 格式），不是 GeoJSON。请先转换（如 QGIS 或 geojson.io）。', 'This is KML (an XML format), not GeoJSON. Convert it first (e.g. QGIS or geojson.io).'],
  gpx: () => ['这是 GPX 轨迹（XML 格式），不是 GeoJSON。请先转换（如 QGIS 或 geojson.io）。', 'This is a GPX track (an XML format), not GeoJSON. Convert it first (e.g. QGIS or geojson.io).'],
  html: () => ['这是一个网页（HTML），不是 GeoJSON。可能下载的是错误页面。', 'This is a web page (HTML), not GeoJSON. Perhaps an error page was downloaded.'],
  xml: () => ['这是 XML 文本，不是 GeoJSON。', 'This is XML text, not GeoJSON.'],
  csv: (p) => [`这看起来是 CSV 表格（列：${p.columns}），不是 GeoJSON。请先转换（如 QGIS“添加分隔文本图层”）。`, `This looks like a CSV table (columns: ${p.columns}), not GeoJSON. Convert it first (e.g. QGIS "Add Delimited Text Layer").`],
  wkt: () => ['这看起来是 WKT 文本，不是 GeoJSON。', 'This looks like WKT text, not GeoJSON.'],
  'too-many-features': (p) => [`文件有 ${p.count} 个要素，上限为 ${p.limit} 个。请先筛选或拆分数据。`, `The file has ${p.count} features; the limit is ${p.limit}. Filter or split the data first.`],
  'empty-collection': () => ['FeatureCollection 中没有任何要素。', 'The FeatureCollection contains no features.'],
  'import-failed': (p) => [`导入时发生意外错误（${p.detail}），地图上已有的内容不受影响。`, `The import failed unexpectedly (${p.detail}); what is already on the map is unaffected.`],
  'import-timeout': (p) => [`导入在 ${p.seconds} 秒内没有响应，已停止。可重试；若仍失败，请先简化或拆分文件。`, `The import did not respond within ${p.seconds} s and was stopped. Retry; if it fails again, simplify or split the file first.`],
  'no-valid-features': (p) => [`没有可导入的要素：全部 ${p.count} 个都有问题（见下方列表）。`, `Nothing could be imported: all ${p.count} features have problems (see the list below).`],
  // One feature (rejected)
  'not-a-feature': () => ['不是有效的 Feature 对象。', 'Not a valid Feature object.'],
  'geometry-null': () => ['没有几何（geometry 为 null），无法显示在地图上。', 'No geometry (geometry is null); nothing to show on the map.'],
  'geometry-type': (p) => [`未知的几何类型“${p.type}”。`, `Unknown geometry type "${p.type}".`],
  'coordinates-shape': (p) => [`${p.type} 的坐标结构不正确（数组嵌套层数不对或不是数字）。`, `The coordinates of this ${p.type} are not nested correctly (wrong array depth or not numbers).`],
  'coordinate-not-finite': (p) => [`坐标含非数值（${p.value}），如 null、NaN 或超大数。`, `A coordinate is not a finite number (${p.value}), e.g. null, NaN or a huge number.`],
  'coordinate-out-of-range': (p) => [`坐标 [${p.position}] 超出经纬度范围，也不像 EPSG:3857 米制坐标。`, `Position [${p.position}] is outside the range of longitude/latitude and does not look like EPSG:3857 metres either.`],
  'coordinates-mixed': () => ['坐标混杂：部分像经纬度，部分像米制或经纬度颠倒，无法自动修正。', 'Mixed coordinates: some look like degrees, others like metres or swapped axes; cannot be fixed automatically.'],
  'too-few-positions': (p) => [`${{ ring: '面的环', line: '线', point: '多点' }[p.part] ?? '几何'}只有 ${p.count} 个不同的点，至少需要 ${p.needed} 个。`, `A ${{ ring: 'polygon ring', line: 'line', point: 'MultiPoint' }[p.part] ?? 'geometry'} has only ${p.count} distinct positions; it needs at least ${p.needed}.`],
  'ring-no-area': () => ['面的外环面积为零（所有点共线）。', 'A polygon ring has no area (all positions on one line).'],
  'self-intersection': (p) => [`面自相交（约在 ${p.position}），且无法自动修复。`, `The polygon crosses itself (near ${p.position}) and could not be repaired.`],
  'too-many-crossings': (p) => [`面自相交过多，无法修复：${p.count} 处交叉（上限 ${p.limit}）。请先简化（如 mapshaper）。`, `The polygon has too many self-crossings to repair: ${p.count} crossings (the limit is ${p.limit}); simplify it first (e.g. mapshaper).`],
  'self-intersection-too-large': (p) => [`面自相交（约在 ${p.position}），但有 ${p.count} 个顶点，超过可修复的上限 ${p.limit}。请先简化（如 mapshaper）。`, `The polygon crosses itself (near ${p.position}), but with ${p.count} vertices it is above the ${p.limit} that can be repaired here; simplify it first (e.g. mapshaper).`],
  'repair-budget-spent': (p) => [`面自相交（约在 ${p.position}），但本文件的修复工作量（共 ${p.limit} 个顶点）已用完，未修复。请先简化或拆分文件。`, `The polygon crosses itself (near ${p.position}), but this file's repair budget (${p.limit} vertices in all) is spent; simplify or split the file first.`],
  'datum-out-of-range': (p) => [`按 ${p.datum} 换算为 WGS-84 后，坐标 [${p.position}] 超出经纬度范围：数据可能不是 ${p.datum}（该坐标系只用于中国境内）。`, `After conversion from ${p.datum} to WGS-84, position [${p.position}] is outside the range of longitude/latitude: the data is probably not ${p.datum} (used inside China only).`],
  'feature-failed': (p) => [`处理该要素时发生意外错误（${p.detail}），已跳过；其余要素照常导入。`, `An unexpected error occurred with this feature (${p.detail}); it was skipped and the other features were imported.`],
  'too-many-vertices': (p) => [`要素有 ${p.count} 个顶点，上限为 ${p.limit} 个。请先简化（如 mapshaper）。`, `The feature has ${p.count} vertices; the limit is ${p.limit}. Simplify it first (e.g. mapshaper).`],
  'geometry-too-deep': (p) => [`GeometryCollection 嵌套超过 ${p.limit} 层。`, `GeometryCollections are nested more than ${p.limit} levels deep.`],
  // Warnings (the data still loads)
  'encoding-utf16': () => ['文件是 UTF-16 编码，已自动识别。', 'The file is UTF-16 encoded; recognised automatically.'],
  'encoding-gb18030': () => ['文件不是 UTF-8，已按 GBK/GB18030 编码读取，请检查中文是否正确。', 'The file is not UTF-8; it was read as GBK/GB18030. Check that the Chinese text looks right.'],
  'encoding-replaced': (p) => [`有 ${p.count} 个字符无法解码，已替换为 �。`, `${p.count} characters could not be decoded and were replaced with �.`],
  'ring-closed': () => ['面的环首尾不闭合，已自动闭合。', 'A polygon ring was not closed; it was closed automatically.'],
  'epsg3857-converted': () => ['坐标像 EPSG:3857（Web 墨卡托，米），已按球面墨卡托反算为经纬度。', 'Coordinates look like EPSG:3857 (Web Mercator metres); converted to longitude/latitude with the inverse spherical Mercator.'],
  'swapped-fixed': () => ['坐标像是 [纬度, 经度] 顺序，已交换为 GeoJSON 要求的 [经度, 纬度]。', 'Coordinates look like [lat, lon]; swapped to the [lon, lat] order GeoJSON requires.'],
  'outside-region': () => ['要素位于温州都市区范围之外，仍已导入。请检查坐标是否正确。', 'The feature lies outside the Wenzhou region; it was imported anyway. Check the coordinates.'],
  'self-intersection-repaired': (p) => [`面自相交（约在 ${p.position}），已自动修复为有效的面。`, `The polygon crossed itself (near ${p.position}); repaired into a valid polygon.`],
  'self-intersection-not-checked': (p) =>
    p.pairs === undefined
      ? [`面有 ${p.count} 个顶点，超过 ${p.limit}，未检查自相交。`, `The polygon has ${p.count} vertices, more than ${p.limit}; self-intersection was not checked.`]
      : [`面的边互相重叠太多，检查了 ${p.pairs} 对边后停止，未发现自相交，但未检查完。`, `The polygon's edges overlap too much: the self-intersection check stopped after ${p.pairs} pairs of edges without finding a crossing, and is incomplete.`],
  'property-truncated': (p) => [`属性“${p.key}”过长（${p.length} 字符），已截断为 ${p.limit} 字符。`, `Property "${p.key}" is too long (${p.length} characters); cut to ${p.limit}.`],
  'property-stringified': (p) => [`属性“${p.key}”是对象或数组，已转为文本。`, `Property "${p.key}" is an object or array; converted to text.`],
  'property-key-dropped': (p) => [`属性名“${p.key}”不安全或被保留，已删除。`, `Property name "${p.key}" is unsafe or reserved; dropped.`],
  'too-many-properties': (p) => [`属性超过 ${p.limit} 个，多余的已删除。`, `More than ${p.limit} properties; the rest were dropped.`],
  'properties-not-object': () => ['properties 不是对象，已转为 value 属性。', 'properties is not an object; kept as a "value" property.'],
  'crs-ignored': (p) => [`文件声明的坐标系“${p.name}”不受支持，已按 WGS-84 经纬度读取。`, `The file declares the coordinate system "${p.name}", which is not supported; read as WGS-84 degrees.`],
  'rejected-not-listed': (p) => [`另有 ${p.count} 个要素被拒绝，未逐一列出。`, `${p.count} more features were rejected and are not listed one by one.`],
} satisfies Record<string, Text>;

export type ImportCode = keyof typeof CATALOGUE;

export interface Where {
  line?: number;
  column?: number;
  featureIndex?: number;
}

/** Builds the message for `code`, prefixed with where it happened (line/column or feature). */
export function message(code: ImportCode, params: Params = {}, where: Where = {}): ImportMessage {
  const [zh, en] = (CATALOGUE[code] as Text)(params);
  const m: ImportMessage = { code, zh: prefixZh(where) + zh, en: prefixEn(where) + en };
  if (where.line !== undefined) Object.assign(m, { line: where.line, column: where.column });
  if (where.featureIndex !== undefined) m.featureIndex = where.featureIndex;
  return m;
}

/** The zh/en explanation of a JSON syntax problem, used as params of 'json-syntax'. */
export function jsonProblemText(problem: JsonProblem, found: string): { zh: string; en: string } {
  const f = found.replace(/[\u0000-\u001f]/g, ' ');
  const t: Record<JsonProblem, [string, string]> = {
    truncated: ['文件在 JSON 完整之前就结束了，可能下载或复制不完整。', 'the file ends before the JSON is complete; it looks truncated (incomplete download or copy?).'],
    'missing-comma': ['此处之前缺少逗号。', 'a comma is missing before this point.'],
    'trailing-comma': ['最后一项后面多了逗号（JSON 不允许尾随逗号）。', 'a trailing comma after the last item (JSON does not allow it).'],
    'missing-colon': ['属性名后面缺少冒号。', 'a colon is missing after the property name.'],
    'unquoted-key': ['属性名必须用双引号括起来。', 'property names must be in double quotes.'],
    'single-quote': ['字符串必须用双引号，不能用单引号。', 'strings must use double quotes, not single quotes.'],
    'nan-infinity': ['JSON 不允许 NaN 或 Infinity，请改为 null 或删除该坐标。', 'NaN and Infinity are not allowed in JSON; replace them with null or remove the coordinate.'],
    comment: ['JSON 不允许注释。', 'comments are not allowed in JSON.'],
    'unterminated-string': ['字符串缺少结束的双引号。', 'a string has no closing double quote.'],
    'control-char': ['字符串中有未转义的控制字符（如制表符）。', 'a string contains an unescaped control character (e.g. a tab).'],
    'bad-escape': ['字符串中有无效的反斜杠转义。', 'a string contains an invalid backslash escape.'],
    'bad-number': [`无效的数字“${f}”。`, `invalid number "${f}".`],
    'mismatched-bracket': ['括号不匹配。', 'brackets do not match.'],
    'extra-data': ['JSON 结束后还有多余内容（是否把多段内容拼在了一起？）。', 'extra content after the end of the JSON (several pieces pasted together?).'],
    'unexpected-char': [`意外的内容“${f}”。`, `unexpected "${f}".`],
  };
  const [zh, en] = t[problem];
  return { zh, en };
}

function prefixZh(w: Where): string {
  if (w.line !== undefined) return `第 ${w.line} 行第 ${w.column} 列：`;
  if (w.featureIndex !== undefined) return `第 ${w.featureIndex + 1} 个要素：`;
  return '';
}

function prefixEn(w: Where): string {
  if (w.line !== undefined) return `Line ${w.line}, column ${w.column}: `;
  if (w.featureIndex !== undefined) return `Feature ${w.featureIndex + 1}: `;
  return '';
}
