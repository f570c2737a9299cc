import { describe, expect, it } from 'vitest';
import { openedYear, railStationsGeojson } from './rail-stations';

const row = (name_zh: string, opened: string | number | null, extra = {}) => ({ name_zh, name_en: 'x', lon: 120.6, lat: 28.0, opened, ...extra });

describe('rail stations for the basemap', () => {
  it('reads the year of an opening date in the forms the table uses', () => {
    expect(openedYear('2009-09-28')).toBe(2009);
    expect(openedYear(2019)).toBe(2019);
    expect(openedYear(null)).toBeNull();
    expect(openedYear('planned')).toBeNull();
  });

  it('keeps stations open by the year, drops planned ones and rows without coordinates', () => {
    const fc = railStationsGeojson([row('温州南站', '2009-09-28'), row('温州北站', '2027'), row('?', null), { name_zh: 'no pos', opened: 2000 }], 2026);
    expect(fc.features.map((f) => f.properties?.name_zh)).toEqual(['温州南站']);
  });

  it('accepts { stations: [...] } and joins a list of lines', () => {
    const fc = railStationsGeojson({ stations: [row('瑞安站', 2009, { lines: ['甬台温', '温福'] })] }, 2026);
    expect(fc.features[0].properties?.lines).toBe('甬台温, 温福');
    expect(fc.features[0].geometry.coordinates).toEqual([120.6, 28.0]);
  });
});
