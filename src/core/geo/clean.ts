/**
 * Repairs what coordinate rounding and datum conversion leave behind in polygons: repeated
 * consecutive positions, rings with fewer than four positions or no area. Parts whose outer ring
 * collapses are dropped (islets smaller than the source's quantisation).
 */
import * as polyclip from 'polyclip-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { signedArea } from './ring';

/**
 * Makes a polygonal geometry valid: repeated positions removed, then a polyclip-ts union of the
 * geometry with itself (Martinez–Rueda sweep), which resolves spikes, overlapping parts and
 * self-intersections into simple rings. Rings may still touch at single vertices, as the OGC
 * simple-feature rules allow.
 */
export function repairPolygonal(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  // Only repeated positions go first: a bow-tie has zero signed area but two real lobes.
  const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.map((r) => cleanRing(r, false)).filter((r): r is Position[] => r !== null))
    .filter((rings) => rings.length > 0);
  if (parts.length === 0) return null;
  const out = polyclip.union(parts as polyclip.Geom) as Position[][][];
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

/** Returns a cleaned polygon geometry, or null when nothing with area is left. */
export function cleanPolygonal(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(cleanPolygon)
    .filter((p): p is Position[][] => p !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

function cleanPolygon(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map((r) => cleanRing(r));
  if (!outer) return null;
  return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

/** Removes repeated positions and closes the ring; null if it has too few positions (or, with `requireArea`, no area). */
export function cleanRing(ring: Position[], requireArea = true): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
  if (out.length < 4 || (requireArea && Math.abs(signedArea(out)) < 1e-12)) return null;
  return out;
}

// signedArea lives in ./ring (no polyclip), so that modules needing only it stay small.
export { signedArea } from './ring';
