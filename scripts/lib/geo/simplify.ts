/** Web-sized polygons: clean, Douglas–Peucker (Turf, high quality), round, repair. */
import { simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { cleanPolygonal, repairPolygonal } from '../../../src/core/geo/clean';
import { mapPositions } from '../../../src/core/geo/datum';

/** Simplifies a polygonal geometry with `toleranceDeg` and rounds to `decimals`; null if nothing is left. */
export function simplifyPolygonal(g: Polygon | MultiPolygon, toleranceDeg: number, decimals = 5): Polygon | MultiPolygon | null {
  const cleaned = cleanPolygonal(g);
  if (!cleaned) return null;
  const f: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: cleaned };
  const s = simplify(f, { tolerance: toleranceDeg, highQuality: true }).geometry;
  const k = 10 ** decimals;
  return repairPolygonal(mapPositions(s, (p: Position) => p.map((v) => Math.round(v * k) / k)));
}
