/**
 * Recognises coordinates that are not WGS-84 degrees for this region: Web-Mercator metres
 * (EPSG:3857), swapped [lat, lon], or positions outside the area of interest.
 */
import type { Position } from 'geojson';

/** Wide area of interest: Zhejiang/Fujian coast around Wenzhou, degrees [w, s, e, n]. */
export const REGION_BBOX: [number, number, number, number] = [117.5, 25.5, 123.5, 31.0];

/**
 * Largest |x| of EPSG:3857, metres: π × 6 378 137 = 20 037 508.342789… (the 180° meridian), rounded
 * up at 0.1 mm. Beyond it an x is not a Web-Mercator coordinate (it would map past ±180°).
 */
export const WEB_MERCATOR_MAX_M = 20037508.3428;

/** Largest |y| accepted as EPSG:3857, metres (≈ 85.1°; the square web-map world ends at 85.05°). */
const WEB_MERCATOR_MAX_Y_M = 20048967;

/** How far past ±180 / ±90 a converted position may land by floating-point rounding alone, degrees. */
export const ROUNDING_DEG = 1e-9;

export type CoordinateProblem = 'not-finite' | 'epsg3857' | 'swapped' | 'out-of-range' | 'outside-region';

/** Classifies one position; null when it is a plausible WGS-84 position in the region. */
export function coordinateProblem(p: Position, bbox = REGION_BBOX): CoordinateProblem | null {
  const [x, y] = p;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 'not-finite';
  const [w, s, e, n] = bbox;
  if (x >= w && x <= e && y >= s && y <= n) return null;
  if (y >= w && y <= e && x >= s && x <= n) return 'swapped';
  // EPSG:3857 around Wenzhou: x ≈ 1.33e7 m, y ≈ 3.2e6 m.
  if (Math.abs(x) > 180 && Math.abs(x) <= WEB_MERCATOR_MAX_M && Math.abs(y) <= WEB_MERCATOR_MAX_Y_M) return 'epsg3857';
  if (Math.abs(x) > 180 || Math.abs(y) > 90) return 'out-of-range';
  return 'outside-region';
}

/**
 * A converted position brought back inside ±180° / ±90°: unchanged when inside, clamped when it is
 * outside by rounding only (≤ ROUNDING_DEG), null when it is really outside (the conversion did not
 * fit the data: e.g. BD-09 applied to a position at 180°).
 */
export function clampToWorld(p: Position): Position | null {
  const [x, y] = p;
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return p;
  if (!(Math.abs(x) <= 180 + ROUNDING_DEG && Math.abs(y) <= 90 + ROUNDING_DEG)) return null;
  return [Math.min(180, Math.max(-180, x)), Math.min(90, Math.max(-90, y))];
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
