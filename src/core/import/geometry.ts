/**
 * One imported geometry from untrusted JSON to clean WGS-84: structure check → 3857 / swapped-axes
 * fix → datum conversion → repeated positions removed, rings closed → polygons checked for
 * self-intersections and repaired (polyclip-ts union) when they cross.
 *
 * Every step costs at most O(n log n) in the feature's positions: the crossing search has a pair
 * budget, and the repair (super-linear in crossings) runs only under the MAX_REPAIR_* limits and a
 * per-file budget of repaired positions; above them the feature is rejected with its counts.
 *
 * Choices where GeoJSON tools differ: an unclosed ring is closed with a warning (the intent is
 * unambiguous; many hand-made files forget the closing position); a self-intersecting polygon is
 * repaired with a warning, and rejected only if the repair leaves nothing.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { geometryToWgs84, mapPositions, type Datum } from '../geo/datum';
import { cleanRing, repairPolygonal, signedArea } from '../geo/clean';
import { clampToWorld } from '../validate/coordinates';
import { findCrossings, type Crossings } from './crossings';
import { fixAxes, forEachPosition } from './fix-axes';
import {
  MAX_REPAIR_CROSSINGS,
  MAX_REPAIR_VERTICES,
  MAX_REPAIR_VERTICES_PER_FILE,
  MAX_VERTICES_FOR_KINK_CHECK,
  MAX_VERTICES_PER_FEATURE,
} from './limits';
import { message, type ImportMessage } from './messages';
import { checkShape } from './shape';

export type PreparedGeometry = { geometry: Geometry; vertices: number; warnings: ImportMessage[] } | { reject: ImportMessage };

/** Work left for one file's import; shared by its features. */
export interface ImportBudget {
  /** Positions that polygon repair may still process. */
  repairVertices: number;
}

/** A fresh budget for one file. */
export function newImportBudget(): ImportBudget {
  return { repairVertices: MAX_REPAIR_VERTICES_PER_FILE };
}

/** Validates, fixes and converts one feature's geometry to clean WGS-84. */
export function prepareGeometry(raw: unknown, featureIndex: number, datum: Datum, budget = newImportBudget()): PreparedGeometry {
  const where = { featureIndex, budget };
  const shape = checkShape(raw, featureIndex);
  if ('reject' in shape) return shape;
  if (shape.vertices > MAX_VERTICES_PER_FEATURE) {
    return { reject: message('too-many-vertices', { count: shape.vertices, limit: MAX_VERTICES_PER_FEATURE }, where) };
  }
  const fixed = fixAxes(shape.geometry, featureIndex);
  if ('reject' in fixed) return fixed;
  const warnings = [...fixed.warnings];
  const wgs = inWorld(geometryToWgs84(fixed.geometry, datum), datum, featureIndex);
  if ('reject' in wgs) return wgs;
  const cleaned = clean(wgs, warnings, where);
  if ('reject' in cleaned) return cleaned;
  return { geometry: cleaned, vertices: shape.vertices, warnings };
}

type Where = { featureIndex: number; budget: ImportBudget };

/**
 * Re-checks the range after conversion: the inverse Mercator of x = 20037508.3428 m, or BD-09's
 * constant shift applied at ±180° / ±90°, can land outside the world. Rounding (≤ 1e-9°) is
 * clamped; anything further is rejected rather than moved, since no true position is known.
 */
function inWorld(g: Geometry, datum: Datum, featureIndex: number): Geometry | { reject: ImportMessage } {
  let outside: Position | null = null;
  forEachPosition(g, (p) => {
    if (!outside && clampToWorld(p) === null) outside = p;
  });
  if (outside) {
    const position = (outside as Position).slice(0, 2).map((v) => String(+v.toPrecision(10))).join(', ');
    const name = { WGS84: 'WGS-84', GCJ02: 'GCJ-02', BD09: 'BD-09' }[datum];
    return { reject: datum === 'WGS84' ? message('coordinate-out-of-range', { position }, { featureIndex }) : message('datum-out-of-range', { position, datum: name }, { featureIndex }) };
  }
  return mapPositions(g, (p) => clampToWorld(p)!);
}

/** Rings below this area (square degrees, ≈ 0.01 m²; as in geo/clean.ts) count as having none. */
const MIN_AREA_DEG2 = 1e-12;

function clean(g: Geometry, warnings: ImportMessage[], where: Where): Geometry | { reject: ImportMessage } {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: xy(g.coordinates) };
    case 'MultiPoint':
      if (g.coordinates.length === 0) return tooFew('point', 0, 1, where);
      return { type: 'MultiPoint', coordinates: g.coordinates.map(xy) };
    case 'LineString': {
      const line = cleanLine(g.coordinates, where);
      return 'reject' in line ? line : { type: 'LineString', coordinates: line };
    }
    case 'MultiLineString': {
      if (g.coordinates.length === 0) return tooFew('line', 0, 2, where);
      const lines: Position[][] = [];
      for (const l of g.coordinates) {
        const line = cleanLine(l, where);
        if ('reject' in line) return line;
        lines.push(line);
      }
      return { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon':
    case 'MultiPolygon':
      return cleanPolygonal(g, warnings, where);
    case 'GeometryCollection': {
      const geometries: Geometry[] = [];
      for (const m of g.geometries) {
        const c = clean(m, warnings, where);
        if ('reject' in c) return c;
        geometries.push(c);
      }
      return { type: 'GeometryCollection', geometries };
    }
  }
}

function cleanLine(coords: Position[], where: Where): Position[] | { reject: ImportMessage } {
  const out: Position[] = [];
  for (const p of coords) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(xy(p));
  }
  return out.length < 2 ? tooFew('line', out.length, 2, where) : out;
}

function cleanPolygonal(g: Polygon | MultiPolygon, warnings: ImportMessage[], where: Where): Geometry | { reject: ImportMessage } {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (parts.length === 0) return tooFew('ring', 0, 3, where);
  const out: Position[][][] = [];
  let unclosed = false;
  for (const rings of parts) {
    if (rings.length === 0) return tooFew('ring', 0, 3, where);
    const cleaned: Position[][] = [];
    for (const ring of rings) {
      const a = ring[0];
      const b = ring[ring.length - 1];
      if (ring.length > 1 && (a[0] !== b[0] || a[1] !== b[1])) unclosed = true;
      const c = cleanRing(ring.map(xy), false);
      if (!c) return tooFew('ring', distinct(ring), 3, where);
      cleaned.push(c);
    }
    out.push(cleaned);
  }
  if (unclosed) warnings.push(message('ring-closed', {}, where));
  const geometry = polygonal(out, g.type);
  const vertices = out.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);
  // Crossings before areas: a bow-tie has zero signed area but two real lobes.
  if (vertices > MAX_VERTICES_FOR_KINK_CHECK) {
    warnings.push(message('self-intersection-not-checked', { count: vertices, limit: MAX_VERTICES_FOR_KINK_CHECK }, where));
  } else {
    const crossings = findCrossings(out.flat());
    if (crossings.first) return repairCrossing(geometry, crossings, vertices, warnings, where);
    if (crossings.exhausted) warnings.push(message('self-intersection-not-checked', { pairs: crossings.pairs }, where));
  }
  if (out.some((rings) => Math.abs(signedArea(rings[0])) < MIN_AREA_DEG2)) return { reject: message('ring-no-area', {}, where) };
  // A hole without area changes nothing: drop it.
  return polygonal(out.map(([outer, ...holes]) => [outer, ...holes.filter((h) => Math.abs(signedArea(h)) >= MIN_AREA_DEG2)]), g.type);
}

function polygonal(parts: Position[][][], type: 'Polygon' | 'MultiPolygon'): Polygon | MultiPolygon {
  return parts.length === 1 && type === 'Polygon' ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

/** Repairs a crossing polygon within the repair limits, or rejects it naming its counts. */
function repairCrossing(g: Polygon | MultiPolygon, crossings: Crossings, vertices: number, warnings: ImportMessage[], where: Where): Geometry | { reject: ImportMessage } {
  const { featureIndex, budget } = where;
  const position = crossings.first!.map((v) => v.toFixed(6)).join(', ');
  // An exhausted search saw only part of the pairs: the true count is higher still.
  if (crossings.count > MAX_REPAIR_CROSSINGS || crossings.exhausted) {
    const count = `${crossings.exhausted ? '≥ ' : ''}${crossings.count}`;
    return { reject: message('too-many-crossings', { count, limit: MAX_REPAIR_CROSSINGS }, { featureIndex }) };
  }
  if (vertices > MAX_REPAIR_VERTICES) return { reject: message('self-intersection-too-large', { position, count: vertices, limit: MAX_REPAIR_VERTICES }, { featureIndex }) };
  if (vertices > budget.repairVertices) return { reject: message('repair-budget-spent', { position, limit: MAX_REPAIR_VERTICES_PER_FILE }, { featureIndex }) };
  budget.repairVertices -= vertices;
  const repaired = safeRepair(g);
  if (!repaired) return { reject: message('self-intersection', { position }, { featureIndex }) };
  warnings.push(message('self-intersection-repaired', { position }, { featureIndex }));
  return repaired;
}

function safeRepair(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  try {
    return repairPolygonal(g);
  } catch {
    return null; // polyclip-ts throws on some degenerate inputs
  }
}

function tooFew(part: 'point' | 'line' | 'ring', count: number, needed: number, where: Where): { reject: ImportMessage } {
  return { reject: message('too-few-positions', { part, count, needed }, { featureIndex: where.featureIndex }) };
}

function distinct(ring: Position[]): number {
  return new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
}

/** Keeps [lon, lat] only: altitude plays no part in a plan map, and datum conversion drops it. */
function xy(p: Position): Position {
  return p.length === 2 ? p : [p[0], p[1]];
}
