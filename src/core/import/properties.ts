/**
 * Turns an imported feature's properties into plain, bounded, inert data: strings, finite
 * numbers, booleans and null only. Nested objects become JSON text, long strings are cut,
 * prototype-polluting and reserved keys are dropped. Nothing is ever interpreted: an HTML string
 * stays the same literal string, and the UI renders it as text.
 */
import { MAX_PROPERTIES_PER_FEATURE, MAX_PROPERTY_CHARS } from './limits';
import { message, type ImportMessage } from './messages';

export type PropertyValue = string | number | boolean | null;

/** Keys that could reach Object.prototype, or that the import itself sets. */
export const DROPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype', '_import']);

/** Sanitized copy of `raw` (any JSON value) plus warnings for what was changed. */
export function sanitizeProperties(
  raw: unknown,
  featureIndex: number,
): { properties: Record<string, PropertyValue>; warnings: ImportMessage[] } {
  const warnings: ImportMessage[] = [];
  const where = { featureIndex };
  const out: Record<string, PropertyValue> = {};
  if (raw === null || raw === undefined) return { properties: out, warnings };
  let entries: [string, unknown][];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push(message('properties-not-object', {}, where));
    entries = [['value', raw]];
  } else entries = Object.entries(raw as object);
  if (entries.length > MAX_PROPERTIES_PER_FEATURE) {
    warnings.push(message('too-many-properties', { limit: MAX_PROPERTIES_PER_FEATURE }, where));
    entries = entries.slice(0, MAX_PROPERTIES_PER_FEATURE);
  }
  for (const [key, value] of entries) {
    const shownKey = cut(key, 60);
    if (DROPPED_KEYS.has(key)) {
      warnings.push(message('property-key-dropped', { key: shownKey }, where));
      continue;
    }
    const safeKey = key.length > 200 ? key.slice(0, 200) : key;
    // defineProperty: a key such as "__defineGetter__" is still just a data property here.
    Object.defineProperty(out, safeKey, { value: plain(value, shownKey, where, warnings), enumerable: true, writable: true, configurable: true });
  }
  return { properties: out, warnings };
}

function plain(value: unknown, key: string, where: { featureIndex: number }, warnings: ImportMessage[]): PropertyValue {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = '[nested too deeply]'; // JSON.stringify throws RangeError on ~1e4+ levels
    }
    warnings.push(message('property-stringified', { key }, where));
  }
  if (text.length > MAX_PROPERTY_CHARS) {
    warnings.push(message('property-truncated', { key, length: text.length, limit: MAX_PROPERTY_CHARS }, where));
    return text.slice(0, MAX_PROPERTY_CHARS - 1) + '…';
  }
  return text;
}

function cut(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
