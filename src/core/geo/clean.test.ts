import { describe, expect, it } from 'vitest';
import { cleanPolygonal, cleanRing, repairPolygonal, signedArea } from './clean';

describe('cleanPolygonal', () => {
  it('removes repeated positions but keeps the shape', () => {
    const ring = [[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0]];
    expect(cleanRing(ring)).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });

  it('closes an open ring', () => {
    expect(cleanRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });

  it('drops islets that collapsed to a line or a point', () => {
    const g = cleanPolygonal({
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [2, 0], [2, 2], [0, 0]]],
        [[[5, 5], [5, 5], [5, 5], [5, 5]]],
        [[[6, 6], [7, 7], [6, 6]]],
      ],
    });
    expect(g).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 0]]] });
  });

  it('returns null when nothing with area is left', () => {
    expect(cleanPolygonal({ type: 'Polygon', coordinates: [[[1, 1], [1, 1], [1, 1], [1, 1]]] })).toBeNull();
  });

  it('gives counter-clockwise rings a positive signed area', () => {
    expect(signedArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBe(1);
  });
});

describe('repairPolygonal', () => {
  it('turns a bow-tie into two simple triangles of the same total area', () => {
    const g = repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    expect(g?.type).toBe('MultiPolygon');
    const parts = (g as { coordinates: number[][][][] }).coordinates;
    expect(parts).toHaveLength(2);
    expect(parts.reduce((s, p) => s + Math.abs(signedArea(p[0])), 0)).toBeCloseTo(2, 9);
  });

  it('removes a spike that goes out and back along the same line', () => {
    const g = repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [1, 3], [1, 1], [0, 1], [0, 0]]] });
    expect(g).not.toBeNull();
    const ring = (g as { coordinates: number[][][] }).coordinates[0];
    expect(Math.abs(signedArea(ring))).toBeCloseTo(1, 9);
    expect(ring.some((p) => p[1] === 3)).toBe(false);
  });
});
