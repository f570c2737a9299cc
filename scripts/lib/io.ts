/** Small file helpers shared by the geodata scripts. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { roundGeometry } from './round';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const fromRoot = (...parts: string[]) => resolve(ROOT, ...parts);

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Decimals of every coordinate in geodata/web/ (≈ 1 m): the app's files stay small whatever step made them. */
export const WEB_DECIMALS = 5;

/** Writes GeoJSON with one feature per line: readable diffs, small files. Files under geodata/web/ get WEB_DECIMALS. */
export function writeGeoJson(path: string, fc: FeatureCollection, meta: Record<string, unknown> = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  const web = /[\\/]geodata[\\/]web[\\/]/.test(resolve(path));
  const body = fc.features.map((f) => JSON.stringify(web && f.geometry ? { ...f, geometry: roundGeometry(f.geometry, WEB_DECIMALS) } : f)).join(',\n');
  writeFileSync(path, `${head},"features":[\n${body}\n]}\n`);
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}
