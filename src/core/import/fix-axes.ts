/**
 * Detects and fixes the two commonest coordinate mistakes in files handed to planners: positions
 * in EPSG:3857 Web-Mercator metres (exported from a web map) and [lat, lon] instead of [lon, lat].
 * Decided per feature from every position: all of them must show the same mistake, else the
 * feature is rejected as mixed. Both fixes are unambiguous here: a latitude of 120° or an x of
 * 1.3e7 cannot be a WGS-84 position, so the app fixes and warns rather than asking.
 */
import type { Geometry, Position } from 'geojson';
import { mapPositions } from '../geo/datum';
import { coordinateProblem, REGION_BBOX } from '../validate/coordinates';
import { message, type ImportMessage } from './messages';

/** Sphere radius of EPSG:3857, metres. */
const R = 6378137;

/** Inverse spherical (Web) Mercator: EPSG:3857 metres → WGS-84 [lon, lat] degrees. */
export function fromWebMercator([x, y]: Position): Position {
  return [(x / R) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI)];
}

/** Returns `geometry` with 3857 metres or swapped axes fixed, plus warnings; or why it is rejected. */
export function fixAxes(
  geometry: Geometry,
  featureIndex: number,
): { geometry: Geometry; warnings: ImportMessage[] } | { reject: ImportMessage } {
  const where = { featureIndex };
  const counts = { ok: 0, swapped: 0, epsg3857: 0, outside: 0 };
  let outOfRange: Position | null = null;
  forEachPosition(geometry, (p) => {
    const problem = coordinateProblem(p, REGION_BBOX);
    if (problem === null) counts.ok++;
    else if (problem === 'swapped') counts.swapped++;
    else if (problem === 'epsg3857') counts.epsg3857++;
    else if (problem === 'outside-region') counts.outside++;
    else outOfRange ??= p;
  });
  if (outOfRange) return { reject: message('coordinate-out-of-range', { position: show(outOfRange) }, where) };
  const total = counts.ok + counts.swapped + counts.epsg3857 + counts.outside;
  const warnings: ImportMessage[] = [];
  let fixed = geometry;
  if (counts.epsg3857 > 0 || counts.swapped > 0) {
    if (counts.epsg3857 !== total && counts.swapped !== total) return { reject: message('coordinates-mixed', {}, where) };
    const fix = counts.epsg3857 === total ? fromWebMercator : ([a, b]: Position): Position => [b, a];
    fixed = mapPositions(geometry, fix);
    warnings.push(message(counts.epsg3857 === total ? 'epsg3857-converted' : 'swapped-fixed', {}, where));
    counts.outside = 0;
    forEachPosition(fixed, (p) => {
      if (coordinateProblem(p, REGION_BBOX) !== null) counts.outside++;
    });
  }
  if (counts.outside > 0) warnings.push(message('outside-region', {}, where));
  return { geometry: fixed, warnings };
}

/** Calls `fn` on every position of a checked geometry (bounded depth). */
export function forEachPosition(g: Geometry, fn: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      return fn(g.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.forEach(fn);
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.forEach((r) => r.forEach(fn));
    case 'MultiPolygon':
      return g.coordinates.forEach((p) => p.forEach((r) => r.forEach(fn)));
    case 'GeometryCollection':
      return g.geometries.forEach((m) => forEachPosition(m, fn));
  }
}

function show(p: Position): string {
  return p.slice(0, 2).map((v) => String(+v.toPrecision(10))).join(', ');
}
