/**
 * Multi-source one-to-all shortest paths (Dijkstra with a binary heap, npm `flatqueue`, and lazy
 * deletion), minutes. Works on any CSR graph with non-negative arc weights. (flatqueue replaced a
 * hand-written typed-array heap: ≈ 20 % faster on the grid spread, README "Libraries".)
 */
import FlatQueue from 'flatqueue';

export interface CsrGraph {
  vertexCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  minutes: Float64Array;
}

export interface Source {
  vertex: number;
  /** Time already spent on reaching this vertex, minutes. */
  minutes: number;
}

/** Shortest time from the nearest source to every vertex, minutes (Infinity when unreachable). */
export function shortestMinutes(g: CsrGraph, sources: readonly Source[], budgetMinutes = Infinity): Float64Array {
  const dist = new Float64Array(g.vertexCount).fill(Infinity);
  const heap = new FlatQueue<number>();
  for (const s of sources) {
    if (s.minutes < dist[s.vertex]) {
      dist[s.vertex] = s.minutes;
      heap.push(s.vertex, s.minutes);
    }
  }
  while (heap.length > 0) {
    const d = heap.peekValue()!;
    const u = heap.pop()!;
    if (d > dist[u]) continue; // stale entry
    if (d > budgetMinutes) break;
    for (let k = g.offsets[u], end = g.offsets[u + 1]; k < end; k++) {
      const v = g.targets[k];
      const nd = d + g.minutes[k];
      if (nd < dist[v]) {
        dist[v] = nd;
        heap.push(v, nd);
      }
    }
  }
  return dist;
}
