/**
 * The bad-input corpus of issue #6: every file in tests/fixtures/bad/ (plus the big cases,
 * generated here rather than committed) gives its expected message code, nothing throws, nothing
 * from the file is executed or pollutes a prototype, and every message is in Chinese and English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { distance, point } from '@turf/turf';
import { fromWgs84 } from '../../src/core/geo/datum';
import type { Datum } from '../../src/core/geo/datum';
import { MAX_DEPTH, MAX_FEATURES, MAX_IMPORT_BYTES, MAX_PROPERTY_CHARS, MAX_REPAIR_CROSSINGS, MAX_VERTICES_PER_FEATURE } from '../../src/core/import/limits';
import { parseGeoJsonBytes, parseGeoJsonText, type ImportResult } from '../../src/core/import/parse';
import { createImportClient } from '../../src/app/workers/import-client';

const DIR = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

/** file → [a code the import must report, whether at least one feature loads]. Mirrors README.md. */
const EXPECTED: Record<string, [string, boolean]> = {
  'missing-comma.geojson': ['json-syntax', false],
  'trailing-comma.geojson': ['json-syntax', false],
  'truncated.geojson': ['json-syntax', false],
  'comment.json': ['json-syntax', false],
  'single-quotes.json': ['json-syntax', false],
  'nan-literal.geojson': ['json-syntax', false],
  'array.json': ['not-geojson', false],
  'string.json': ['not-geojson', false],
  'number.json': ['not-geojson', false],
  'topology.json': ['topojson', false],
  'esri.json': ['esri-json', false],
  'kml.kml': ['kml', false],
  'gpx.gpx': ['gpx', false],
  'html-page.html': ['html', false],
  'csv.csv': ['csv', false],
  'wkt.txt': ['wkt', false],
  'empty.geojson': ['empty-file', false],
  'whitespace-only.geojson': ['empty-file', false],
  'empty-collection.geojson': ['empty-collection', false],
  'png-header.png': ['binary-file', false],
  'zip-header.zip': ['binary-file', false],
  'binary-nul.bin': ['binary-file', false],
  'huge-number-1e400.geojson': ['coordinate-not-finite', false],
  'null-coordinate.geojson': ['coordinate-not-finite', false],
  'string-coordinate.geojson': ['coordinate-not-finite', false],
  'null-geometry.geojson': ['geometry-null', false],
  'unknown-geometry-type.geojson': ['geometry-type', false],
  'wrong-nesting.geojson': ['coordinates-shape', false],
  'two-position-ring.geojson': ['too-few-positions', false],
  'one-position-line.geojson': ['too-few-positions', false],
  'collinear-ring.geojson': ['ring-no-area', false],
  'mixed-coordinates.geojson': ['coordinates-mixed', false],
  'out-of-range.geojson': ['coordinate-out-of-range', false],
  'unclosed-ring.geojson': ['ring-closed', true],
  'bowtie.geojson': ['self-intersection-repaired', true],
  'epsg3857.geojson': ['epsg3857-converted', true],
  'swapped-axes.geojson': ['swapped-fixed', true],
  'new-york.geojson': ['outside-region', true],
  'proto-keys.geojson': ['property-key-dropped', true],
  'nested-property.geojson': ['property-stringified', true],
  'utf16le-bom.geojson': ['encoding-utf16', true],
  'gbk.geojson': ['encoding-gb18030', true],
  'crs-unsupported.geojson': ['crs-ignored', true],
  'partial.geojson': ['geometry-null', true],
  'html-in-properties.geojson': ['', true],
  'utf8-bom.geojson': ['', true],
  'bare-geometry.json': ['', true],
  'geometry-collection.geojson': ['', true],
};

const options = { datum: 'WGS84' as const, name: 'corpus' };

function codes(r: ImportResult): string[] {
  return [r.fatal, ...r.rejected.map((x) => x.reason), ...r.warnings].filter((m) => m !== undefined).map((m) => m.code);
}

function expectBilingual(r: ImportResult): void {
  for (const m of [r.fatal, ...r.rejected.map((x) => x.reason), ...r.warnings]) {
    if (!m) continue;
    expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(m.en).toMatch(/^[\x20-\x7e\u2026\u00b2\u00b7\ufffd\u2013\u2014\u201c\u201d]*[A-Za-z]/);
  }
}

function importFile(name: string): ImportResult {
  return parseGeoJsonBytes(readFileSync(DIR + name), options);
}

describe('bad-input corpus', () => {
  test('every corpus file has an expectation and vice versa', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'README.md').sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  test('README lists every corpus file', () => {
    const readme = readFileSync(DIR + 'README.md', 'utf8');
    for (const [file, [code]] of Object.entries(EXPECTED)) {
      expect(readme).toContain(`\`${file}\``);
      if (code) expect(readme).toContain(`\`${code}\``);
    }
  });

  for (const [file, [code, loads]] of Object.entries(EXPECTED)) {
    test(`${file} → ${code || 'loads cleanly'}`, () => {
      const r = importFile(file);
      if (code) expect(codes(r)).toContain(code);
      else expect(codes(r)).toEqual([]);
      expect(r.ok).toBe(loads);
      expect(r.features.length > 0).toBe(loads);
      if (!loads) expect(r.fatal).toBeDefined();
      expectBilingual(r);
      // Whatever loaded is WGS-84 inside the world's range.
      for (const f of r.features) expect(JSON.stringify(f.geometry)).not.toMatch(/null|NaN|Infinity/);
    });
  }

  test('syntax errors point at the line and column', () => {
    expect(importFile('missing-comma.geojson').fatal).toMatchObject({ line: 4, column: 24 });
    expect(importFile('trailing-comma.geojson').fatal).toMatchObject({ line: 5, column: 3 });
    const nanLine = readFileSync(DIR + 'nan-literal.geojson', 'utf8').split('\n')[1];
    expect(importFile('nan-literal.geojson').fatal).toMatchObject({ line: 2, column: nanLine.indexOf('NaN') + 1 });
    expect(importFile('nan-literal.geojson').fatal?.en).toContain('NaN');
    const truncated = importFile('truncated.geojson').fatal!;
    const lines = readFileSync(DIR + 'truncated.geojson', 'utf8').trimEnd().split('\n');
    expect(truncated).toMatchObject({ line: lines.length, column: lines[lines.length - 1].length + 1 });
    expect(truncated.en).toMatch(/truncated/);
  });

  test('HTML and script in properties come through as the same literal strings', () => {
    const raw = JSON.parse(readFileSync(DIR + 'html-in-properties.geojson', 'utf8'));
    const r = importFile('html-in-properties.geojson');
    r.features.forEach((f, i) => {
      const { _import, ...props } = f.properties!;
      expect(props).toEqual(raw.features[i].properties);
      expect(_import).toMatchObject({ file: 'corpus', index: i });
    });
    expect(r.features[0].properties!.img).toBe('<img src=x onerror=alert(1)>');
  });

  test('__proto__ and constructor keys pollute nothing', () => {
    const r = importFile('proto-keys.geojson');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const p = r.features[0].properties!;
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.keys(p).sort()).toEqual(['_import', 'name']);
  });

  test('partial success: valid features load, the others are listed with their index', () => {
    const r = importFile('partial.geojson');
    expect(r.features.map((f) => f.properties!.name)).toEqual(['good', 'good polygon']);
    expect(r.rejected.map((x) => [x.index, x.reason.code])).toEqual([[1, 'geometry-null'], [2, 'too-few-positions'], [3, 'not-a-feature']]);
    expect(r.rejected[0].reason.en).toMatch(/^Feature 2:/);
  });

  test('EPSG:3857 metres land around Wenzhou', () => {
    const [w, s, e, n] = importFile('epsg3857.geojson').stats.bbox!;
    expect(w).toBeGreaterThan(120.5);
    expect(e).toBeLessThan(120.9);
    expect(s).toBeGreaterThan(27.9);
    expect(n).toBeLessThan(28.2);
  });

  test('a GCJ-02 point of 温州南站 imported as GCJ-02 lands within 5 m of its WGS-84 position', () => {
    const wgs = [120.5797, 27.9718]; // 温州南站, WGS-84 (approximate)
    const gcj = fromWgs84(wgs, 'GCJ02');
    expect(distance(point(gcj), point(wgs), { units: 'meters' })).toBeGreaterThan(300);
    const text = JSON.stringify({ type: 'Feature', properties: { name: '温州南站' }, geometry: { type: 'Point', coordinates: gcj } });
    const r = parseGeoJsonText(text, { datum: 'GCJ02', name: 'amap' });
    const got = r.features[0].geometry as { coordinates: number[] };
    expect(distance(point(got.coordinates), point(wgs), { units: 'meters' })).toBeLessThan(5);
    expect(r.features[0].properties!._import.datum).toBe('GCJ02');
  });
});

/** The hostile reproducers of issue 15: file → [datum, code, loads], from their README's table. */
const HOSTILE_TABLE = [...readFileSync(HOSTILE + 'README.md', 'utf8').matchAll(/^\| `([^`]+)` \| (\w+) \| `([^`]+)` \| (yes|no) \|/gm)].map(
  (m) => ({ file: m[1], datum: m[2] as Datum, code: m[3], loads: m[4] === 'yes' }),
);

describe('hostile reproducers (issue 15)', () => {
  test('the README table lists every file of the folder', () => {
    const files = readdirSync(HOSTILE).filter((f) => f !== 'README.md').sort();
    expect(HOSTILE_TABLE.map((r) => r.file).sort()).toEqual(files);
    expect(files.length).toBe(6);
  });

  for (const { file, datum, code, loads } of HOSTILE_TABLE) {
    test(`${file} (${datum}) → ${code} in < 2 s`, () => {
      const t0 = performance.now();
      const r = parseGeoJsonBytes(readFileSync(HOSTILE + file), { datum, name: file });
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(codes(r)).toContain(code);
      expect(r.ok).toBe(loads);
      if (!loads) expect(r.fatal).toBeDefined();
      expectBilingual(r);
      for (const f of r.features) expectInWorld(f.geometry);
    });
  }

  const hostile = (file: string, datum: Datum = 'WGS84') => parseGeoJsonBytes(readFileSync(HOSTILE + file), { datum, name: file });

  test('inherited member names as geometry types reject only their features, by number', () => {
    const r = hostile('inherited-type-names.geojson');
    expect(r.features.map((f) => f.properties!.name)).toEqual(['good', 'good line']);
    expect(r.rejected.map((x) => [x.index, x.reason.code])).toEqual([1, 2, 3, 4, 5, 6].map((i) => [i, 'geometry-type']));
    expect(r.rejected[0].reason.en).toBe('Feature 2: Unknown geometry type "valueOf".');
    expect(r.rejected[3].reason.zh).toContain('第 5 个要素');
  });

  test('the star names its feature and its crossing count (a star polygon {n/k} has n(k − 1) = 401·199 crossings)', () => {
    const m = hostile('star-401.geojson').rejected[0].reason;
    expect(m.en).toMatch(/^Feature 1: .*too many self-crossings to repair: 79799 crossings/);
    expect(m.en).toContain(`limit is ${MAX_REPAIR_CROSSINGS}`);
    expect(m.en).toMatch(/simplify it first/);
    expect(m.zh).toContain('79799 处交叉');
  });

  test('an 801-point star is rejected as fast (≈ 24 s of repair before)', () => {
    const ring = Array.from({ length: 801 }, (_, i) => [120.7 + 0.05 * Math.cos((2 * Math.PI * 400 * i) / 801), 28 + 0.05 * Math.sin((2 * Math.PI * 400 * i) / 801)]);
    const t0 = performance.now();
    const r = parseGeoJsonText(JSON.stringify({ type: 'Polygon', coordinates: [[...ring, ring[0]]] }), options);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.rejected[0].reason.code).toBe('too-many-crossings');
  });

  test('EPSG:3857 x at the bound becomes exactly 180°, past it is refused', () => {
    const r = hostile('epsg3857-past-180.geojson');
    expect(r.rejected.map((x) => [x.index, x.reason.code])).toEqual([[0, 'coordinate-out-of-range']]);
    expect(r.features.map((f) => (f.geometry as { coordinates: number[] }).coordinates)).toEqual([[180, 0]]);
  });

  test('BD-09 conversions that leave the world are refused with the converted position', () => {
    const r = hostile('bd09-past-range.geojson', 'BD09');
    expect(r.rejected.map((x) => [x.index, x.reason.code])).toEqual([[0, 'datum-out-of-range'], [1, 'datum-out-of-range']]);
    expect(r.rejected[0].reason.en).toContain('[-180.0065');
    expect(r.rejected[1].reason.en).toContain('-90.0059');
  });
});

/** Every position of `g` is finite and within ±180° / ±90°. */
function expectInWorld(g: unknown): void {
  const text = JSON.stringify(g);
  expect(text).not.toMatch(/null|NaN|Infinity/);
  for (const m of text.matchAll(/\[(-?[\d.e+-]+),(-?[\d.e+-]+)\]/g)) {
    expect(Math.abs(Number(m[1]))).toBeLessThanOrEqual(180);
    expect(Math.abs(Number(m[2]))).toBeLessThanOrEqual(90);
  }
}

describe('generated big and deep inputs', () => {
  test('a 1 MB property is cut to MAX_PROPERTY_CHARS with a warning', () => {
    const big = 'x'.repeat(1024 * 1024);
    const r = parseGeoJsonText(JSON.stringify({ type: 'Feature', properties: { big }, geometry: { type: 'Point', coordinates: [120.7, 28] } }), options);
    expect(codes(r)).toEqual(['property-truncated']);
    expect((r.features[0].properties!.big as string).length).toBe(MAX_PROPERTY_CHARS);
  });

  test('GeometryCollections nested deeper than MAX_DEPTH are rejected', () => {
    let g: unknown = { type: 'Point', coordinates: [120.7, 28] };
    for (let i = 0; i < 1000; i++) g = { type: 'GeometryCollection', geometries: [g] };
    const r = parseGeoJsonText(JSON.stringify(g), options);
    expect(r.rejected[0].reason.code).toBe('geometry-too-deep');
    expect(r.rejected[0].reason.en).toContain(String(MAX_DEPTH));
  });

  test('1e5 nested arrays give a clear message, not a crash', () => {
    const deep = '['.repeat(1e5) + ']'.repeat(1e5);
    expect(['json-too-deep', 'not-geojson']).toContain(parseGeoJsonText(deep, options).fatal?.code);
    const inCoordinates = `{"type":"Point","coordinates":${deep}}`;
    expect(codes(parseGeoJsonText(inCoordinates, options))).toContain('coordinates-shape');
    const inProperty = `{"type":"Feature","properties":{"p":${deep}},"geometry":{"type":"Point","coordinates":[120.7,28]}}`;
    const r = parseGeoJsonText(inProperty, options);
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('property-stringified');
  });

  test('a 1e6-vertex polygon loads in a few seconds', () => {
    const text = JSON.stringify({ type: 'Polygon', coordinates: [circle(MAX_VERTICES_PER_FEATURE)] });
    const t0 = performance.now();
    const r = parseGeoJsonText(text, options);
    const ms = performance.now() - t0;
    console.log(`1e6-vertex polygon (${(text.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms`);
    expect(r.ok).toBe(true);
    expect(r.stats.vertices).toBe(MAX_VERTICES_PER_FEATURE);
    expect(ms).toBeLessThan(15_000);
  });

  test('one vertex more than the limit is refused with the limit in the message', () => {
    const r = parseGeoJsonText(JSON.stringify({ type: 'LineString', coordinates: circle(MAX_VERTICES_PER_FEATURE + 1) }), options);
    expect(r.rejected[0].reason.code).toBe('too-many-vertices');
  });

  test('more than MAX_FEATURES features is refused', () => {
    const f = '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[120.7,28]}}';
    const r = parseGeoJsonText(`{"type":"FeatureCollection","features":[${Array(MAX_FEATURES + 1).fill(f).join(',')}]}`, options);
    expect(r.fatal?.code).toBe('too-many-features');
  });

  test('a ~50 MB file imports with progress', () => {
    const features: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < MAX_IMPORT_BYTES - 2000; i++) {
      const ring = circle(100, 120.3 + (i % 300) * 0.002, 27.8 + Math.floor(i / 300) * 0.002, 0.0008).map((p) => `[${p[0].toFixed(7)},${p[1].toFixed(7)}]`);
      const s = `{"type":"Feature","properties":{"id":${i},"name":"地块 ${i}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
      features.push(s);
      bytes += Buffer.byteLength(s) + 1;
    }
    const bytesOut = new TextEncoder().encode(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
    expect(bytesOut.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const fractions: number[] = [];
    const t0 = performance.now();
    const r = parseGeoJsonBytes(bytesOut, { ...options, onProgress: (f) => fractions.push(f) });
    const ms = performance.now() - t0;
    console.log(`${(bytesOut.byteLength / 1048576).toFixed(1)} MB, ${r.stats.features} features, ${r.stats.vertices} vertices: ${ms.toFixed(0)} ms`);
    expect(r.ok).toBe(true);
    expect(r.rejected).toEqual([]);
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
  });

  test('a file above MAX_IMPORT_BYTES is refused before it is read', async () => {
    const client = createImportClient(() => {
      throw new Error('no worker should start');
    });
    const file = { size: MAX_IMPORT_BYTES + 1, name: 'big.geojson', arrayBuffer: () => Promise.reject(new Error('read')) };
    const r = await client.importFile(file, { datum: 'WGS84' });
    expect(r.fatal?.code).toBe('file-too-large');
    expect(r.fatal?.en).toContain('50.0 MB');
  });
});

/** A closed ring of `n` positions (first = last) around a centre, degrees. */
function circle(n: number, cx = 120.7, cy = 28, r = 0.05): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = (2 * Math.PI * i) / (n - 1);
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0]);
  return ring;
}
