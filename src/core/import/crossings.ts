/**
 * Fast self-intersection check for polygon rings. Turf `kinks` compares every pair of edges
 * (O(n²): hours for a 1e6-vertex ring); here every edge goes into a Flatbush R-tree and is tested
 * only against the edges whose bounding boxes overlap it — O(n log n) for ordinary rings.
 *
 * Reports proper crossings only (two edges cross in their interiors). Rings touching at a vertex
 * (allowed by the OGC simple-feature rules) and collinear overlaps are not reported.
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/** What a crossing search found: the first crossing, how many, and whether the pair budget ran out. */
export interface Crossings {
  /** The first crossing found, degrees; null when none was found. */
  first: Position | null;
  /** Proper crossings found (all of them unless `exhausted`). */
  count: number;
  /** True when the candidate-pair budget ran out before every pair was tested. */
  exhausted: boolean;
  /** Edge pairs tested. */
  pairs: number;
}

/**
 * The first point where two edges of `rings` (closed rings, degrees) cross, null when none do, or
 * 'unchecked' when the candidate pairs exceed a budget (hostile shapes such as a star of 1e6 long
 * spikes whose boxes all overlap would otherwise make it quadratic).
 */
export function firstCrossing(rings: Position[][]): Position | null | 'unchecked' {
  const c = findCrossings(rings, 1);
  return c.first ?? (c.exhausted ? 'unchecked' : null);
}

/**
 * Finds and counts the proper crossings between edges of `rings`, stopping after `stopAfter` of
 * them. At most 64 candidate pairs per edge + 1e6 are tested (≈ 10–20 ms), so the cost stays
 * O(n log n) even when every edge box overlaps every other.
 */
export function findCrossings(rings: Position[][], stopAfter = Infinity): Crossings {
  let edges = 0;
  for (const r of rings) edges += Math.max(0, r.length - 1);
  if (edges < 2) return { first: null, count: 0, exhausted: false, pairs: 0 };
  const pairBudget = 64 * edges + 1_000_000;
  let budget = pairBudget;
  // Edge k runs from ax[k],ay[k] to bx[k],by[k]; first/last bound the edges of its ring.
  const ax = new Float64Array(edges);
  const ay = new Float64Array(edges);
  const bx = new Float64Array(edges);
  const by = new Float64Array(edges);
  const first = new Uint32Array(edges);
  const last = new Uint32Array(edges);
  const index = new Flatbush(edges);
  let k = 0;
  for (const r of rings) {
    const start = k;
    for (let i = 1; i < r.length; i++, k++) {
      ax[k] = r[i - 1][0];
      ay[k] = r[i - 1][1];
      bx[k] = r[i][0];
      by[k] = r[i][1];
      first[k] = start;
      last[k] = start + r.length - 2;
      index.add(Math.min(ax[k], bx[k]), Math.min(ay[k], by[k]), Math.max(ax[k], bx[k]), Math.max(ay[k], by[k]));
    }
  }
  index.finish();
  let hit: Position | null = null;
  let count = 0;
  const done = () => count >= stopAfter || budget < 0;
  const test = (j: number, i: number): boolean => {
    if (done() || j <= i || adjacent(i, j, first[i], last[i])) return false;
    budget--;
    const p = properCrossing(ax[i], ay[i], bx[i], by[i], ax[j], ay[j], bx[j], by[j]);
    if (p) {
      hit ??= p;
      count++;
    }
    return false; // never collect: no result arrays
  };
  for (let i = 0; i < edges && !done(); i++) {
    index.search(Math.min(ax[i], bx[i]), Math.min(ay[i], by[i]), Math.max(ax[i], bx[i]), Math.max(ay[i], by[i]), (j) => test(j, i));
  }
  return { first: hit, count, exhausted: budget < 0 && count < stopAfter, pairs: pairBudget - budget };
}

/** Edges next to each other in the same ring share a vertex by construction. */
function adjacent(i: number, j: number, ringFirst: number, ringLast: number): boolean {
  if (j < ringFirst || j > ringLast) return false;
  return j === i + 1 || (i === ringFirst && j === ringLast);
}

function properCrossing(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): Position | null {
  const d1 = orient(ax, ay, bx, by, cx, cy);
  const d2 = orient(ax, ay, bx, by, dx, dy);
  const d3 = orient(cx, cy, dx, dy, ax, ay);
  const d4 = orient(cx, cy, dx, dy, bx, by);
  if (!(((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))) return null;
  const t = d3 / (d3 - d4);
  return [ax + t * (bx - ax), ay + t * (by - ay)];
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}
