import { describe, expect, it } from 'vitest';
import { coastOffset } from './coast-offset';

// A straight north–south "coast" at lon 121.0 between lat 27.9 and 28.1.
const coast = [[[121.0, 27.9], [121.0, 28.1]]];

describe('coastOffset', () => {
  it('measures the distance of coastal vertices in km', () => {
    // 0.01° of longitude at 28°N ≈ 0.983 km.
    const r = coastOffset([[[121.01, 28.0], [121.01, 28.05]]], coast);
    expect(r.vertices).toBe(2);
    expect(r.medianKm).toBeCloseTo(0.983, 2);
  });

  it('ignores vertices farther than the band (inland borders)', () => {
    const r = coastOffset([[[121.005, 28.0], [120.5, 28.0]]], coast, { bandKm: 2 });
    expect(r.vertices).toBe(1);
    expect(r.medianKm).toBeCloseTo(0.49, 1);
  });

  it('refuses an empty reference coastline', () => {
    expect(() => coastOffset([[[121, 28]]], [])).toThrow(/empty/);
  });
});
