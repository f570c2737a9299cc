/**
 * Multi-source one-to-all shortest paths (Dijkstra with a binary min-heap on typed arrays and
 * lazy deletion), minutes. Works on any CSR graph with non-negative arc weights.
 */

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
  const heap = new MinHeap(Math.max(16, g.targets.length + sources.length));
  for (const s of sources) {
    if (s.minutes < dist[s.vertex]) {
      dist[s.vertex] = s.minutes;
      heap.push(s.vertex, s.minutes);
    }
  }
  while (heap.size > 0) {
    const d = heap.topKey();
    const u = heap.pop();
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

/** Binary min-heap of (vertex, key) pairs; grows when full. */
class MinHeap {
  private ids: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }
  topKey(): number {
    return this.keys[0];
  }
  push(id: number, key: number): void {
    if (this.size === this.ids.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.ids[i] = this.ids[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.ids[i] = id;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.ids[0];
    const lastId = this.ids[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.keys[c + 1] < this.keys[c]) c++;
      if (this.keys[c] >= lastKey) break;
      this.ids[i] = this.ids[c];
      this.keys[i] = this.keys[c];
      i = c;
    }
    this.ids[i] = lastId;
    this.keys[i] = lastKey;
    return top;
  }
  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const keys = new Float64Array(this.keys.length * 2);
    ids.set(this.ids);
    keys.set(this.keys);
    this.ids = ids;
    this.keys = keys;
  }
}
