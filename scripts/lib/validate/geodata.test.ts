import { describe, expect, it } from 'vitest';
import { validateCollection } from './geodata';
import { coordinateProblem } from '../../../src/core/validate/coordinates';

const props = { name_zh: '测试', name_en: 'Test', source: 'unit test', precision: 'boundary' };
const square = [[[120.6, 28.0], [120.7, 28.0], [120.7, 28.1], [120.6, 28.1], [120.6, 28.0]]];
const fc = (geometry: unknown, properties: Record<string, unknown> = props) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry }],
});

describe('validateCollection', () => {
  it('accepts a valid polygon in the region', () => {
    expect(validateCollection(fc({ type: 'Polygon', coordinates: square }))).toEqual([]);
  });

  it('reports an unclosed ring', () => {
    const open = [[[120.6, 28.0], [120.7, 28.0], [120.7, 28.1], [120.6, 28.1]]];
    expect(validateCollection(fc({ type: 'Polygon', coordinates: open })).join()).toMatch(/first and last positions/);
  });

  it('reports a self-intersecting (bow-tie) polygon', () => {
    const bowtie = [[[120.6, 28.0], [120.7, 28.1], [120.7, 28.0], [120.6, 28.1], [120.6, 28.0]]];
    expect(validateCollection(fc({ type: 'Polygon', coordinates: bowtie })).join()).toMatch(/self-intersection/);
  });

  it('reports EPSG:3857 metres and swapped axes', () => {
    expect(validateCollection(fc({ type: 'Point', coordinates: [13433000, 3250000] })).join()).toMatch(/epsg3857/);
    expect(validateCollection(fc({ type: 'Point', coordinates: [28.0, 120.6] })).join()).toMatch(/swapped/);
  });

  it('reports missing required properties and unknown precision values', () => {
    const errors = validateCollection(fc({ type: 'Point', coordinates: [120.6, 28] }, { name_zh: 'x', precision: 'exact' }));
    expect(errors.join()).toMatch(/missing property "name_en"/);
    expect(errors.join()).toMatch(/missing property "source"/);
    expect(errors.join()).toMatch(/precision "exact"/);
  });
});

describe('coordinateProblem', () => {
  it('classifies positions', () => {
    expect(coordinateProblem([120.65, 28.01])).toBeNull();
    expect(coordinateProblem([Number.NaN, 28])).toBe('not-finite');
    expect(coordinateProblem([500, 95])).toBe('epsg3857');
    expect(coordinateProblem([-74, 40.7])).toBe('outside-region');
  });
});
