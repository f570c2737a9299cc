import type { Position } from 'geojson';

/** Shoelace area in square degrees (sign gives the winding: positive = counter-clockwise). */
export function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return s / 2;
}
