/** Coordinate rounding for committed files: 6 decimals ≈ 0.1 m (full), 5 ≈ 1 m (web). */
import type { Geometry } from 'geojson';
import { mapPositions } from '../../src/core/geo/datum';

export function roundGeometry<G extends Geometry>(g: G, decimals: number): G {
  const k = 10 ** decimals;
  return mapPositions(g, (p) => p.map((v) => Math.round(v * k) / k));
}
