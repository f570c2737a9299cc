/**
 * Recognises coordinates that are not WGS-84 degrees for this region: Web-Mercator metres
 * (EPSG:3857), swapped [lat, lon], or positions outside the area of interest.
 */
import type { Position } from 'geojson';

/** Wide area of interest: Zhejiang/Fujian coast around Wenzhou, degrees [w, s, e, n]. */
export const REGION_BBOX: [number, number, number, number] = [117.5, 25.5, 123.5, 31.0];

export type CoordinateProblem = 'not-finite' | 'epsg3857' | 'swapped' | 'out-of-range' | 'outside-region';

/** Classifies one position; null when it is a plausible WGS-84 position in the region. */
export function coordinateProblem(p: Position, bbox = REGION_BBOX): CoordinateProblem | null {
  const [x, y] = p;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 'not-finite';
  const [w, s, e, n] = bbox;
  if (x >= w && x <= e && y >= s && y <= n) return null;
  if (y >= w && y <= e && x >= s && x <= n) return 'swapped';
  // EPSG:3857 around Wenzhou: x ≈ 1.33e7 m, y ≈ 3.2e6 m.
  if (Math.abs(x) > 180 && Math.abs(x) <= 20037509 && Math.abs(y) <= 20048967) return 'epsg3857';
  if (Math.abs(x) > 180 || Math.abs(y) > 90) return 'out-of-range';
  return 'outside-region';
}

/** Every position of a GeoJSON geometry's coordinate array (any nesting). */
export function* positions(coords: unknown): Generator<Position> {
  if (!Array.isArray(coords)) return;
  if (coords.length >= 2 && typeof coords[0] === 'number') {
    yield coords as Position;
    return;
  }
  for (const c of coords) yield* positions(c);
}
