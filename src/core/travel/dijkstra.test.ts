import { describe, expect, it } from 'vitest';
import { shortestMinutes, type CsrGraph } from './dijkstra';

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(rand: () => number, n: number, m: number): { g: CsrGraph; arcs: Array<[number, number, number]> } {
  const arcs: Array<[number, number, number]> = [];
  for (let k = 0; k < m; k++) arcs.push([Math.floor(rand() * n), Math.floor(rand() * n), Math.round(rand() * 100) / 10]);
  const offsets = new Int32Array(n + 1);
  for (const [a] of arcs) offsets[a + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const minutes = new Float64Array(m);
  for (const [a, b, w] of arcs) { const s = fill[a]++; targets[s] = b; minutes[s] = w; }
  return { g: { vertexCount: n, offsets, targets, minutes }, arcs };
}

function bellmanFord(n: number, arcs: Array<[number, number, number]>, sources: Array<{ vertex: number; minutes: number }>): number[] {
  const d = new Array(n).fill(Infinity);
  for (const s of sources) d[s.vertex] = Math.min(d[s.vertex], s.minutes);
  for (let i = 0; i < n; i++) for (const [a, b, w] of arcs) if (d[a] + w < d[b]) d[b] = d[a] + w;
  return d;
}

describe('shortestMinutes', () => {
  it('agrees with Bellman-Ford on 200 random small graphs with several sources', () => {
    const rand = rng(42);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + Math.floor(rand() * 30);
      const { g, arcs } = randomGraph(rand, n, Math.floor(rand() * n * 4));
      const sources = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ vertex: Math.floor(rand() * n), minutes: Math.round(rand() * 50) / 10 }));
      const got = Array.from(shortestMinutes(g, sources));
      const want = bellmanFord(n, arcs, sources);
      got.forEach((v, i) => (Number.isFinite(want[i]) ? expect(v).toBeCloseTo(want[i], 9) : expect(v).toBe(Infinity)));
    }
  });

  it('stops at the budget: vertices beyond it may stay unreached, none within it does', () => {
    const { g, arcs } = randomGraph(rng(7), 40, 160);
    const full = bellmanFord(40, arcs, [{ vertex: 0, minutes: 0 }]);
    const capped = shortestMinutes(g, [{ vertex: 0, minutes: 0 }], 5);
    full.forEach((v, i) => { if (v <= 5) expect(capped[i]).toBeCloseTo(v, 9); });
  });
});
