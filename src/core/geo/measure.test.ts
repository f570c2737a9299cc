import { describe, expect, test } from 'vitest';
import { area, length, lineString, polygon } from '@turf/turf';
import { formatArea, formatLength, lineLengthM, perimeterM, polygonAreaM2 } from './measure';

const line = [[120.6, 27.9], [120.7, 28.0], [120.8, 28.0]];
const ring = [[120.6, 27.9], [120.7, 27.9], [120.7, 28.0], [120.6, 28.0], [120.6, 27.9]];

describe('measure', () => {
  test('gives the same numbers as Turf', () => {
    expect(lineLengthM(line)).toBeCloseTo(length(lineString(line), { units: 'kilometers' }) * 1000, 6);
    expect(polygonAreaM2([ring])).toBeCloseTo(area(polygon([ring])), 6);
    expect(polygonAreaM2([ring.slice(0, -1)])).toBeCloseTo(area(polygon([ring])), 6); // unclosed while drawing
    expect(perimeterM([ring])).toBeCloseTo(length(lineString(ring), { units: 'kilometers' }) * 1000, 6);
  });

  test('never negative, zero for too few points', () => {
    expect(lineLengthM([[120, 28]])).toBe(0);
    expect(polygonAreaM2([[[120, 28], [121, 28]]])).toBe(0);
    expect(polygonAreaM2([[...ring].reverse()])).toBeGreaterThan(0);
  });

  test('formats lengths', () => {
    expect(formatLength(850.4, 'en')).toBe('850 m');
    expect(formatLength(850.4, 'zh')).toBe('850 米');
    expect(formatLength(1234, 'en')).toBe('1.23 km');
    expect(formatLength(15_678, 'zh')).toBe('15.7 公里');
  });

  test('formats areas in m², ha and km²', () => {
    expect(formatArea(950, 'en')).toBe('950 m²');
    expect(formatArea(125_000, 'en')).toBe('12.50 ha');
    expect(formatArea(125_000, 'zh')).toBe('12.50 公顷');
    expect(formatArea(3_420_000, 'en')).toBe('3.42 km²');
    expect(formatArea(1_234_000_000, 'zh')).toBe('1,234.0 平方公里');
  });
});
