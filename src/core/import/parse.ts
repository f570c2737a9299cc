/**
 * Import of a user's GeoJSON file: bytes or text in, clean WGS-84 features out, with every
 * problem explained in Chinese and English. Never throws on bad input and never evaluates it: the
 * text goes through JSON.parse only, properties become inert plain values.
 * Partial success is the rule: valid features load, the others are listed with reasons.
 */
import type { Feature, Geometry } from 'geojson';
import type { Datum } from '../geo/datum';
import { binaryTextProblem, decodeBytes } from './decode';
import { forEachPosition } from './fix-axes';
import { newImportBudget, prepareGeometry, type ImportBudget } from './geometry';
import { locateJsonError } from './json-error';
import { MAX_FEATURES, MAX_LISTED_REJECTIONS, PROGRESS_EVERY_FEATURES, PROGRESS_EVERY_MS } from './limits';
import { jsonProblemText, message, type ImportMessage } from './messages';
import { sanitizeProperties } from './properties';
import { sniffText, sniffValue } from './sniff';
import { emptyResult, type ImportProvenance, type ImportResult } from './result';
import { WarningLog } from './warning-log';

export type { ImportMessage } from './messages';
export type { ImportProvenance, ImportResult } from './result';

export interface ImportOptions {
  /** Datum of the file's coordinates; converted to WGS-84 on import. */
  datum: Datum;
  /** File name (or "pasted text"), recorded in each feature's `_import`. */
  name: string;
  /** Called with 0…1 while parsing, per 1000 features, and after a feature when 250 ms have passed. */
  onProgress?: (fraction: number) => void;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Imports a file's raw bytes (decoding, binary and encoding detection first). */
export function parseGeoJsonBytes(bytes: ArrayBuffer | Uint8Array, options: ImportOptions): ImportResult {
  const decoded = decodeBytes(bytes);
  if ('fatal' in decoded) return failed(decoded.fatal);
  const result = parseGeoJsonText(decoded.text, options);
  result.warnings.unshift(...decoded.warnings);
  return result;
}

/** Imports GeoJSON text (a FeatureCollection, a Feature or a bare geometry). */
export function parseGeoJsonText(text: string, options: ImportOptions): ImportResult {
  const progress = options.onProgress ?? (() => {});
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return failed(message('empty-file'));
  const binary = binaryTextProblem(text);
  if (binary) return failed(binary);
  progress(0.05);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return failed(e instanceof RangeError ? message('json-too-deep') : (sniffText(text) ?? syntaxError(text, e)));
  }
  progress(0.2);
  const root = rootFeatures(value);
  if ('fatal' in root) return failed(root.fatal);
  const raw = root.features;
  if (raw.length === 0) return failed(message('empty-collection'));
  if (raw.length > MAX_FEATURES) return failed(message('too-many-features', { count: raw.length, limit: MAX_FEATURES }));
  const log = new WarningLog();
  const crs = crsName(value);
  if (crs && !/CRS84|4326|4490|3857|900913/i.test(crs)) log.add(message('crs-ignored', { name: crs.slice(0, 80) }));
  const features: Feature[] = [];
  const rejected: ImportResult['rejected'] = [];
  let rejectedCount = 0;
  let vertices = 0;
  const budget = newImportBudget();
  let reported = Date.now();
  for (let i = 0; i < raw.length; i++) {
    // Also by time: the import client's watchdog takes a long silence for a stuck worker.
    if (i % PROGRESS_EVERY_FEATURES === 0 || Date.now() - reported >= PROGRESS_EVERY_MS) {
      progress(0.2 + (0.8 * i) / raw.length);
      reported = Date.now();
    }
    const f = guardedImportFeature(raw[i], i, options, budget);
    if ('reject' in f) {
      if (++rejectedCount <= MAX_LISTED_REJECTIONS) rejected.push({ index: i, reason: f.reject });
      continue;
    }
    f.warnings.forEach((w) => log.add(w));
    features.push(f.feature);
    vertices += f.vertices;
  }
  if (rejectedCount > MAX_LISTED_REJECTIONS) log.add(message('rejected-not-listed', { count: rejectedCount - MAX_LISTED_REJECTIONS }));
  progress(1);
  const stats = { features: features.length, vertices, bbox: bboxOf(features) };
  const fatal = features.length === 0 ? message('no-valid-features', { count: raw.length }) : undefined;
  return { ok: !fatal, ...(fatal && { fatal }), features, rejected, warnings: log.list(), stats };
}

const failed = emptyResult;

function syntaxError(text: string, e: unknown): ImportMessage {
  const at = locateJsonError(text);
  if (at) return message('json-syntax', jsonProblemText(at.problem, at.found), { line: at.line, column: at.column });
  // The scanner found nothing (should not happen): fall back to the engine's own words.
  const detail = String((e as Error)?.message ?? e).slice(0, 200);
  return message('json-syntax', { zh: detail, en: detail }, { line: 1, column: 1 });
}

function rootFeatures(value: unknown): { features: unknown[] } | { fatal: ImportMessage } {
  const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
  if (type === 'FeatureCollection') {
    const features = (value as { features?: unknown }).features;
    if (Array.isArray(features)) return { features };
    return { fatal: message('not-geojson', { zh: '缺少 features 数组的 FeatureCollection', en: 'a FeatureCollection without a "features" array' }) };
  }
  if (type === 'Feature') return { features: [value] };
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return { features: [{ type: 'Feature', properties: {}, geometry: value }] };
  return { fatal: sniffValue(value) };
}

type Imported = { feature: Feature; vertices: number; warnings: ImportMessage[] } | { reject: ImportMessage };

/**
 * One feature, with any unexpected exception turned into that feature's rejection: a bug met by
 * one odd feature must not cost the file its valid ones (issue 15: an inherited geometry type).
 */
function guardedImportFeature(raw: unknown, index: number, options: ImportOptions, budget: ImportBudget): Imported {
  try {
    return importFeature(raw, index, options, budget);
  } catch (e) {
    return { reject: message('feature-failed', { detail: String((e as Error)?.message ?? e).slice(0, 120) }, { featureIndex: index }) };
  }
}

function importFeature(raw: unknown, index: number, options: ImportOptions, budget: ImportBudget): Imported {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'Feature') {
    return { reject: message('not-a-feature', {}, { featureIndex: index }) };
  }
  const r = raw as { id?: unknown; geometry?: unknown; properties?: unknown };
  const g = prepareGeometry(r.geometry, index, options.datum, budget);
  if ('reject' in g) return g;
  const { properties, warnings } = sanitizeProperties(r.properties, index);
  warnings.unshift(...g.warnings);
  const _import: ImportProvenance = { file: options.name, index, datum: options.datum, fixes: [...new Set(warnings.map((w) => w.code))] };
  const feature: Feature = { type: 'Feature', properties: { ...properties, _import }, geometry: g.geometry };
  if (typeof r.id === 'number' && Number.isFinite(r.id)) feature.id = r.id;
  else if (typeof r.id === 'string') feature.id = r.id.slice(0, 200);
  return { feature, vertices: g.vertices, warnings };
}

function crsName(value: unknown): string | null {
  const name = (value as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  return typeof name === 'string' ? name : null;
}

function bboxOf(features: Feature[]): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    forEachPosition(f.geometry as Geometry, ([x, y]) => {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    });
  }
  return w <= e ? [w, s, e, n] : null;
}
