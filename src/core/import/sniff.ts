/**
 * Says what a file looks like when it is not GeoJSON, so the message can name the format
 * (KML, GPX, CSV, TopoJSON, Esri JSON …) instead of a bare syntax error.
 */
import { message, type ImportMessage } from './messages';

/** For text that is not valid JSON: a format message, or null when it just looks like broken JSON. */
export function sniffText(text: string): ImportMessage | null {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) {
    const lower = head.toLowerCase();
    if (lower.includes('<kml')) return message('kml');
    if (lower.includes('<gpx')) return message('gpx');
    if (lower.startsWith('<!doctype html') || lower.includes('<html')) return message('html');
    return message('xml');
  }
  if (/^(?:MULTI)?(?:POINT|LINESTRING|POLYGON)\s*(?:Z\s*|M\s*|ZM\s*)?\(|^GEOMETRYCOLLECTION\s*\(/i.test(head)) {
    return message('wkt');
  }
  const columns = csvHeader(head);
  return columns ? message('csv', { columns }) : null;
}

/** For parsed JSON that has no GeoJSON `type`: a format message (TopoJSON, Esri JSON, not GeoJSON). */
export function sniffValue(value: unknown): ImportMessage {
  if (Array.isArray(value)) return message('not-geojson', { zh: '一个 JSON 数组（列表）', en: 'a JSON array (a list)' });
  if (value === null) return message('not-geojson', { zh: 'null', en: 'null' });
  if (typeof value !== 'object') {
    const zh = typeof value === 'string' ? '一个字符串' : typeof value === 'number' ? '一个数字' : '一个布尔值';
    return message('not-geojson', { zh, en: `a single ${typeof value}` });
  }
  const o = value as Record<string, unknown>;
  if (o.type === 'Topology') return message('topojson');
  if ('spatialReference' in o || 'geometryType' in o || (Array.isArray(o.features) && isEsriFeature(o.features[0]))) {
    return message('esri-json');
  }
  if (typeof o.type === 'string') {
    const t = o.type.slice(0, 40);
    return message('not-geojson', { zh: `type 为“${t}”的对象`, en: `an object of type "${t}"` });
  }
  return message('not-geojson', { zh: '一个没有 type 字段的对象', en: 'an object without a "type" member' });
}

function isEsriFeature(f: unknown): boolean {
  return typeof f === 'object' && f !== null && 'attributes' in f;
}

/** The header columns if the text looks like a delimited table (≥ 2 lines, same column count). */
function csvHeader(head: string): string | null {
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 5);
  if (lines.length < 2 || /^[[{"]/.test(lines[0])) return null;
  for (const sep of [',', '\t', ';', '|']) {
    const counts = lines.map((l) => l.split(sep).length);
    if (counts[0] >= 2 && counts.every((c) => c === counts[0])) {
      return lines[0].split(sep).slice(0, 8).map((c) => c.trim().slice(0, 30)).join(', ');
    }
  }
  return null;
}
