/**
 * Structural check of an untrusted GeoJSON geometry: known type, coordinates nested to exactly
 * the depth the type needs, every position two or more finite numbers. Type-directed, so a
 * hostile nesting is never walked blindly; GeometryCollections recurse at most MAX_DEPTH levels.
 */
import type { Geometry } from 'geojson';
import { MAX_DEPTH } from './limits';
import { message, type ImportMessage } from './messages';

export type ShapeResult = { geometry: Geometry; vertices: number } | { reject: ImportMessage };

/**
 * Array depth of `coordinates` per geometry type (0 = a single position). A Map, not an object
 * literal: the type is user text, and `DEPTH["valueOf"]` on a plain object finds an inherited member.
 */
const DEPTH = new Map<string, number>([['Point', 0], ['MultiPoint', 1], ['LineString', 1], ['MultiLineString', 2], ['Polygon', 2], ['MultiPolygon', 3]]);

/** Checks `raw` as a geometry of feature `featureIndex`; returns it typed with its vertex count. */
export function checkShape(raw: unknown, featureIndex: number, depth = 0): ShapeResult {
  const where = { featureIndex };
  if (raw === null || raw === undefined) return { reject: message('geometry-null', {}, where) };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { reject: message('geometry-type', { type: describe(raw) }, where) };
  const g = raw as Record<string, unknown>;
  const type = typeof g.type === 'string' ? g.type : describe(g.type);
  if (type === 'GeometryCollection') {
    if (depth >= MAX_DEPTH) return { reject: message('geometry-too-deep', { limit: MAX_DEPTH }, where) };
    if (!Array.isArray(g.geometries)) return { reject: message('coordinates-shape', { type }, where) };
    let vertices = 0;
    const geometries: Geometry[] = [];
    for (const member of g.geometries) {
      const r = checkShape(member, featureIndex, depth + 1);
      if ('reject' in r) return r;
      vertices += r.vertices;
      geometries.push(r.geometry);
    }
    return { geometry: { type: 'GeometryCollection', geometries }, vertices };
  }
  const expected = DEPTH.get(type);
  if (expected === undefined) return { reject: message('geometry-type', { type: type.slice(0, 40) }, where) };
  const problem = checkCoordinates(g.coordinates, expected);
  if (typeof problem !== 'number') {
    const m = problem.notFinite === undefined
      ? message('coordinates-shape', { type }, where)
      : message('coordinate-not-finite', { value: problem.notFinite }, where);
    return { reject: m };
  }
  return { geometry: { type, coordinates: g.coordinates } as Geometry, vertices: problem };
}

/** Vertex count, or what is wrong. Iterates level by level (depth ≤ 3), no recursion. */
function checkCoordinates(c: unknown, depth: number): number | { notFinite?: string } {
  let level: unknown[] = [c];
  for (let d = depth; d > 0; d--) {
    const next: unknown[] = [];
    for (const a of level) {
      if (!Array.isArray(a)) return {};
      for (const x of a) next.push(x);
    }
    level = next;
  }
  for (const p of level) {
    if (!Array.isArray(p) || p.length < 2) return {};
    for (let k = 0; k < p.length; k++) {
      const v = p[k];
      if (typeof v === 'number' && Number.isFinite(v)) continue;
      if (Array.isArray(v) || (typeof v === 'object' && v !== null)) return {};
      return { notFinite: typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) : String(v) };
    }
  }
  return level.length;
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
