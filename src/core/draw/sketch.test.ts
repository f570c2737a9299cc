import { describe, expect, it } from 'vitest';
import { area, length, lineString, polygon } from '@turf/turf';
import { dropDoubleClickDuplicate, sketchFeature, sketchMeasure, sketchPreview } from './sketch';

const sq = [[120.6, 28.0], [120.61, 28.0], [120.61, 28.01], [120.6, 28.01]];

describe('sketch', () => {
  it('measures a drawn line as Turf length', () => {
    const m = sketchMeasure('distance', sq.slice(0, 3), null, 'en');
    expect(m.lengthM).toBeCloseTo(length(lineString(sq.slice(0, 3)), { units: 'kilometers' }) * 1000, 6);
    expect(m.text).toMatch(/km|m$/);
  });

  it('measures a drawn polygon as Turf area, closing the ring itself', () => {
    const m = sketchMeasure('area', sq, null, 'zh');
    expect(m.areaM2).toBeCloseTo(area(polygon([[...sq, sq[0]]])), 3);
    expect(m.text).toContain('平方公里');
  });

  it('includes the cursor as a floating vertex', () => {
    const f = sketchFeature('polygon', sq.slice(0, 2), sq[2]);
    expect(f?.geometry.type).toBe('Polygon');
    expect(sketchFeature('polygon', sq.slice(0, 2))?.geometry.type).toBe('LineString');
    expect(sketchPreview('line', sq.slice(0, 2), null).features).toHaveLength(3);
  });

  it('a point needs one click and has no length', () => {
    expect(sketchFeature('point', [])).toBeNull();
    expect(sketchFeature('point', [sq[0]])?.geometry).toEqual({ type: 'Point', coordinates: sq[0] });
  });

  it('drops the duplicate vertex of a double-click', () => {
    expect(dropDoubleClickDuplicate([sq[0], sq[1], sq[1]])).toEqual([sq[0], sq[1]]);
    expect(dropDoubleClickDuplicate([sq[0], sq[1]])).toEqual([sq[0], sq[1]]);
  });
});
