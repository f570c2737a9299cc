import { describe, expect, test } from 'vitest';
import { kinks, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { firstCrossing } from './crossings';

const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('firstCrossing', () => {
  test('finds the crossing of a bow-tie', () => {
    expect(firstCrossing([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]])).toEqual([0.5, 0.5]);
  });

  test('a simple ring and a ring with a hole do not cross', () => {
    expect(firstCrossing([square])).toBeNull();
    expect(firstCrossing([square, [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.2, 0.2]]])).toBeNull();
  });

  test('a hole crossing its shell is found', () => {
    expect(firstCrossing([square, [[0.5, 0.5], [1.5, 0.5], [0.5, 0.6], [0.5, 0.5]]])).not.toBeNull();
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

  test('gives up on a hostile star instead of going quadratic', () => {
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
    const result = firstCrossing([ring]);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(result).not.toBeNull();
  });
});
