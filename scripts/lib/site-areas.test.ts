import { describe, expect, it } from 'vitest';
import { siteLine } from './site-areas';

describe('siteLine', () => {
  it('joins the places in the given order and measures the great-circle length in km', () => {
    // 0.1° of latitude ≈ 11.12 km anywhere; two legs north then back south-east.
    const { geometry, lengthKm } = siteLine([[120.6, 28.0], [120.6, 28.1], [120.6, 28.2]]);
    expect(geometry.coordinates).toEqual([[120.6, 28.0], [120.6, 28.1], [120.6, 28.2]]);
    expect(lengthKm).toBeGreaterThan(22.1);
    expect(lengthKm).toBeLessThan(22.4);
  });

  it('drops a place that repeats the previous point (two townships on one point)', () => {
    const { geometry } = siteLine([[120.6, 28.0], [120.6, 28.0], [120.7, 28.0]]);
    expect(geometry.coordinates).toHaveLength(2);
  });

  it('refuses a course with fewer than two distinct places', () => {
    expect(() => siteLine([[120.6, 28.0], [120.6, 28.0]])).toThrow(/two distinct places/);
  });
});
