import { describe, expect, test } from 'vitest';
import { kinks, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { findCrossings, firstCrossing } from './crossings';

const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('firstCrossing', () => {
  test('finds the crossing of a bow-tie', () => {
    expect(firstCrossing([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]])).toEqual([0.5, 0.5]);
  });

  test('a simple ring and a ring with a hole do not cross', () => {
    expect(firstCrossing([square])).toBeNull();
    expect(firstCrossing([square, [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.2, 0.2]]])).toBeNull();
  });

  test('a hole crossing its shell is found where it crosses', () => {
    // The hole leaves the square through x = 1 at y = 0.5 and comes back at y = 0.55.
    const hole = [[0.5, 0.5], [1.5, 0.5], [0.5, 0.6], [0.5, 0.5]];
    const p = firstCrossing([square, hole]) as Position;
    expect(p[0]).toBeCloseTo(1, 12);
    expect([0.5, 0.55].some((y) => Math.abs(p[1] - y) < 1e-12)).toBe(true);
    expect(findCrossings([square, hole])).toMatchObject({ count: 2, exhausted: false });
  });

  test('counts every crossing of a pentagram (5) and stops early when asked', () => {
    const star = [0, 2, 4, 1, 3, 0].map((k) => [Math.cos((2 * Math.PI * k) / 5), Math.sin((2 * Math.PI * k) / 5)]);
    expect(findCrossings([star])).toMatchObject({ count: 5, exhausted: false });
    expect(findCrossings([star], 2)).toMatchObject({ count: 2, exhausted: false });
  });

  test('a hole touching its shell at a vertex is allowed', () => {
    expect(firstCrossing([square, [[1, 0], [0.5, 0.5], [0.6, 0.2], [1, 0]]])).toBeNull();
  });

  test('agrees with Turf kinks on random rings', () => {
    let seed = 1;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let k = 0; k < 50; k++) {
      const ring: Position[] = Array.from({ length: 8 }, () => [rnd(), rnd()]);
      ring.push(ring[0]);
      const turf = kinks(polygon([ring])).features.length > 0;
      expect(firstCrossing([ring]) !== null).toBe(turf);
    }
  });

  test('on a hostile star: the first crossing is real, and counting gives up instead of going quadratic', () => {
    // 20 000 spikes whose long edges all pass near the centre: every box overlaps every other.
    const n = 20_000;
    const ring: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      const r = i % 2 ? 1 : 0.001;
      ring.push([r * Math.cos(a * 997), r * Math.sin(a * 997)]);
    }
    ring.push(ring[0]);
    const t0 = performance.now();
    const p = firstCrossing([ring]) as Position;
    const all = findCrossings([ring]);
    expect(performance.now() - t0).toBeLessThan(5000);
    // The point lies on two edges that are not neighbours.
    const on = ring.slice(1).flatMap((b, k) => (distanceToSegment(p, ring[k], b) < 1e-9 ? [k] : []));
    expect(on.length).toBeGreaterThanOrEqual(2);
    expect(on.some((i) => on.some((j) => Math.abs(i - j) > 1))).toBe(true);
    // ≈ n²/8 crossings in all: far more than the pair budget (64 per edge + 1e6) can test.
    expect(all.exhausted).toBe(true);
    expect(all.count).toBeGreaterThan(1000);
  });
});

/** Distance from p to the segment a–b, degrees (plane). */
function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
