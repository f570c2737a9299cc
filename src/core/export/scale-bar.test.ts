import { describe, expect, it } from 'vitest';
import { metresPerPixel, niceScaleBar } from './scale-bar';

describe('metresPerPixel', () => {
  it('is ~78 km per pixel at zoom 0 on the equator (512-px world)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
  });

  it('halves with each zoom level and shrinks with cos(latitude)', () => {
    expect(metresPerPixel(28, 9) / metresPerPixel(28, 10)).toBeCloseTo(2, 10);
    expect(metresPerPixel(60, 5) / metresPerPixel(0, 5)).toBeCloseTo(0.5, 10);
  });
});

describe('niceScaleBar', () => {
  it('picks the longest 1/2/5 length that fits', () => {
    expect(niceScaleBar(100, 150)).toMatchObject({ lengthM: 10_000, widthPx: 100, label: '10 km' });
    expect(niceScaleBar(100, 260)).toMatchObject({ lengthM: 20_000, label: '20 km' });
    expect(niceScaleBar(100, 520)).toMatchObject({ lengthM: 50_000, label: '50 km' });
    expect(niceScaleBar(2, 300)).toMatchObject({ lengthM: 500, widthPx: 250, label: '500 m' });
  });

  it('never exceeds the maximum width and is never empty for a real map', () => {
    for (const mpp of [0.3, 7, 93.1, 1234, 40_000]) {
      const bar = niceScaleBar(mpp, 200);
      expect(bar.widthPx).toBeLessThanOrEqual(200);
      expect(bar.widthPx).toBeGreaterThan(200 / 5 - 1e-9);
    }
  });

  it('gives an empty bar for nonsense input', () => {
    expect(niceScaleBar(0, 100).lengthM).toBe(0);
    expect(niceScaleBar(Number.NaN, 100).lengthM).toBe(0);
  });
});
