/**
 * Property-based fuzz test of the whole import (issue 15): generated and mutated GeoJSON, in all
 * three datums, fed to parseGeoJsonBytes. On any input the import must return (never throw)
 * within a time budget; ok=false always carries a code; every output position is finite and
 * within ±180° / ±90°; polygon rings are closed with ≥ 4 positions; properties are plain values on
 * plain objects; Object.prototype is untouched.
 *
 * The generators lean towards the places where faults were found: positions at the edges of
 * gcoord's China box, of EPSG:3857 and of the world; geometry types that name inherited object
 * members; star polygons whose edges all cross; deep GeometryCollections; hostile property keys.
 *
 * Fixed seed, so `npm test` is repeatable; explore with FUZZ_SEED=<n> FUZZ_RUNS=<n> (per property).
 */
import fc from 'fast-check';
import type { Geometry, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { DATUMS, type Datum } from '../geo/datum';
import { parseGeoJsonBytes, type ImportResult } from './parse';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
/** Cases per property; four properties below: ≈ 7 s of CPU in all here. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/**
 * Most CPU time one generated input may take, ms (typical: < 5 ms; a star repaired at the crossing
 * limit ≈ 150 ms). CPU, not wall time: the machine is shared, and a loaded one stretches wall time
 * tenfold without the import doing more work.
 */
const CASE_BUDGET_CPU_MS = 1000;

// ---- Generators --------------------------------------------------------------------------------

/** Coordinates worth trying: edges of gcoord's China box, of EPSG:3857, of the world, and Wenzhou. */
const EDGES = [
  0, -0, 1e-12, 72.004, 72.006, 72.012, 137.8347, 0.8293, 3, 8, 55.8271, 180, -180, 90, -90, 179.9999999, 90.0000001,
  180.0000001, 20037508.3428, 20037508.4, -20037508.34, 20048967, 13432000, 3250000, 120.7, 28, 27.9718, 1e300, -1e-300,
];
const coordinate = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.constantFrom(...EDGES).chain((e) => fc.double({ min: -0.01, max: 0.01, noNaN: true }).map((d) => e + d)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.integer({ min: -30_000_000, max: 30_000_000 }),
);
const position: fc.Arbitrary<unknown[]> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(coordinate, coordinate) },
  { weight: 1, arbitrary: fc.tuple(coordinate, coordinate, coordinate) },
  { weight: 1, arbitrary: fc.array(fc.oneof(coordinate, fc.constant(null), fc.string({ maxLength: 3 })), { maxLength: 4 }) },
);
/** A small cluster of positions around one random centre (more likely to be a plausible shape). */
const cluster = (min: number, max: number) =>
  fc.tuple(position, fc.double({ min: 1e-9, max: 5, noNaN: true }), fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: min, maxLength: max })).map(
    ([c, r, offsets]) => offsets.map(([dx, dy]) => (typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0] + r * dx, c[1] + r * dy] : c)),
  );
const ring = fc.oneof(
  cluster(0, 12).map((r) => (r.length > 0 ? [...r, r[0]] : r)), // closed
  cluster(0, 12), // maybe unclosed
  fc.tuple(fc.integer({ min: 5, max: 61 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom<[number, number, number]>([120.7, 28, 0.05], [72.006, 8, 0.01], [179.99, 89.9, 0.05], [0, 0, 1e-10])).map(
    ([n, k, [cx, cy, r]]) => {
      // Star polygon {n/k}: every edge crosses many others when k ≈ n/2.
      const pts = Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i * k) / n), cy + r * Math.sin((2 * Math.PI * i * k) / n)]);
      return [...pts, pts[0]];
    },
  ),
);
const TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
/** Type names that are not geometry types, including inherited members of every object. */
const BAD_TYPES = ['valueOf', 'isPrototypeOf', 'constructor', '__proto__', 'toLocaleString', 'toString', 'hasOwnProperty', '__defineGetter__', 'Circle', '', 'point'];

const { geometry } = fc.letrec<{ geometry: unknown; simple: unknown }>((tie) => ({
  simple: fc.oneof(
    fc.record({ type: fc.constant('Point'), coordinates: position }),
    fc.record({ type: fc.constantFrom('MultiPoint', 'LineString'), coordinates: cluster(0, 8) }),
    fc.record({ type: fc.constantFrom('MultiLineString', 'Polygon'), coordinates: fc.array(ring, { maxLength: 3 }) }),
    fc.record({ type: fc.constant('MultiPolygon'), coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 3 }) }),
    // A known type with coordinates nested for another type.
    fc.record({ type: fc.constantFrom(...TYPES), coordinates: fc.oneof(position, cluster(0, 4), fc.array(ring, { maxLength: 2 }), fc.jsonValue({ maxDepth: 3 })) }),
    fc.record({ type: fc.oneof(fc.constantFrom(...BAD_TYPES), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })), coordinates: position }),
    fc.constantFrom(null, undefined, 0, 'Point', []),
  ),
  geometry: fc.oneof(
    { weight: 5, arbitrary: tie('simple') },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(tie('geometry'), { maxLength: 3 }) }) },
  ),
}));

/** Property objects as JSON text, so that keys such as "__proto__" stay keys of the text. */
const HOSTILE_PROPERTIES = ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"prototype":1,"_import":"x"}', '{"__defineGetter__":"x","toString":1,"valueOf":null}', '"text"', '[1,2]', 'null', '{"a":{"b":{"c":[1,{"d":2}]}}}'];
const propertiesText = fc.oneof(fc.constantFrom(...HOSTILE_PROPERTIES), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'));

const featureText = fc.tuple(geometry, propertiesText, fc.oneof(fc.constant(undefined), fc.integer(), fc.string({ maxLength: 5 }))).map(
  ([g, props, id]) => `{"type":"Feature"${id === undefined ? '' : `,"id":${JSON.stringify(id)}`},"properties":${props},"geometry":${JSON.stringify(g) ?? 'null'}}`,
);
const documentText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: featureText }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null') }), { maxLength: 6 }).map((fs) => `{"type":"FeatureCollection","features":[${fs.join(',')}]}`) },
  { weight: 2, arbitrary: featureText },
  { weight: 2, arbitrary: geometry.map((g) => JSON.stringify(g) ?? 'null') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? '') },
);
/** A document with a few characters deleted, inserted or replaced: syntax errors, swapped digits, cut files. */
const mutatedText = fc.tuple(documentText, fc.array(fc.tuple(fc.nat(), fc.constantFrom('del', 'ins', 'rep'), fc.constantFrom('', ',', '"', '[', ']', '{', '}', '-', '9', 'e', '.', ':', 'N', '\u0000', '\ufeff', '中')), { maxLength: 4 })).map(
  ([text, edits]) => {
    let t = text;
    for (const [at, op, ch] of edits) {
      const i = t.length ? at % t.length : 0;
      t = op === 'del' ? t.slice(0, i) + t.slice(i + 1) : op === 'ins' ? t.slice(0, i) + ch + t.slice(i) : t.slice(0, i) + ch + t.slice(i + 1);
    }
    return t;
  },
);
const datum = fc.constantFrom<Datum>(...DATUMS);

// ---- Invariants --------------------------------------------------------------------------------

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** Imports `text` in `d` and checks every invariant of the issue; throws (fails) on a violation. */
function importHolds(text: string, d: Datum): void {
  const cpu0 = process.cpuUsage();
  let r: ImportResult;
  try {
    r = parseGeoJsonBytes(new TextEncoder().encode(text), { datum: d, name: 'fuzz' });
  } catch (e) {
    throw new Error(`threw ${String(e)}`);
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (ms > CASE_BUDGET_CPU_MS) throw new Error(`took ${ms.toFixed(0)} ms of CPU`);
  if (!r.ok && !r.fatal?.code) throw new Error('ok=false without a code');
  if (r.ok && r.features.length === 0) throw new Error('ok=true with no feature');
  for (const m of [r.fatal, ...r.warnings, ...r.rejected.map((x) => x.reason)]) {
    if (m && !(m.code && m.zh && m.en)) throw new Error(`message without code or text: ${JSON.stringify(m)}`);
  }
  for (const f of r.features) {
    checkGeometry(f.geometry);
    const p = f.properties!;
    if (Object.getPrototypeOf(p) !== Object.prototype) throw new Error('properties are not a plain object');
    for (const [k, v] of Object.entries(p)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') throw new Error(`kept key ${k}`);
      if (k !== '_import' && !(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) throw new Error(`property ${k} is not plain: ${String(v)}`);
    }
  }
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTO_NAMES.join() || ({} as Record<string, unknown>).polluted !== undefined) {
    throw new Error('Object.prototype was changed');
  }
}

function checkGeometry(g: Geometry): void {
  const pos = (p: Position) => {
    if (p.length < 2 || !p.every(Number.isFinite) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) throw new Error(`bad position ${JSON.stringify(p)}`);
  };
  const ring = (r: Position[]) => {
    r.forEach(pos);
    if (r.length < 4 || r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1]) throw new Error(`bad ring ${JSON.stringify(r).slice(0, 200)}`);
  };
  switch (g.type) {
    case 'Point':
      return pos(g.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.forEach(pos);
    case 'MultiLineString':
      return g.coordinates.forEach((l) => l.forEach(pos));
    case 'Polygon':
      return g.coordinates.forEach(ring);
    case 'MultiPolygon':
      return g.coordinates.forEach((p) => p.forEach(ring));
    case 'GeometryCollection':
      return g.geometries.forEach(checkGeometry);
    default:
      throw new Error(`unknown output type ${(g as { type: unknown }).type}`);
  }
}

// ---- Properties --------------------------------------------------------------------------------

const run = (arb: fc.Arbitrary<[string, Datum]>, seedOffset: number) => {
  const t0 = performance.now();
  fc.assert(
    fc.property(arb, ([text, d]) => importHolds(text, d)),
    { seed: SEED + seedOffset, numRuns: RUNS },
  );
  return performance.now() - t0;
};

describe('import fuzz (fast-check)', () => {
  const times: string[] = [];

  test(`generated documents (${RUNS} cases)`, () => {
    times.push(`documents ${run(fc.tuple(documentText, datum), 0).toFixed(0)} ms`);
  });

  test(`mutated documents (${RUNS} cases)`, () => {
    times.push(`mutated ${run(fc.tuple(mutatedText, datum), 1).toFixed(0)} ms`);
  });

  test(`single positions at the edges, all datums (${RUNS} cases)`, () => {
    const point = fc.tuple(coordinate, coordinate).map(([x, y]) => `{"type":"Point","coordinates":[${x},${y}]}`);
    times.push(`positions ${run(fc.tuple(point, datum), 2).toFixed(0)} ms`);
  });

  test(`polygons and stars (${RUNS} cases)`, () => {
    const polygon = fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((parts) => JSON.stringify({ type: 'MultiPolygon', coordinates: parts }));
    times.push(`polygons ${run(fc.tuple(polygon, datum), 3).toFixed(0)} ms`);
    console.log(`import fuzz, seed ${SEED}, ${4 * RUNS} cases: ${times.join(', ')}`);
  });
});
