import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { populationTable, type PopulationSource } from '../../core/data/population';

describe('populationTable', () => {
  it('prefers the 2020 census and falls back to the 2021 bureau figure, flagged', () => {
    const rows = populationTable({
      counties: [
        { adcode: '1', name_zh: 'a', population: 100, yearEnd2021: 110 },
        { adcode: '2', name_zh: 'b', population: null, yearEnd2021: 220 },
        { adcode: '3', name_zh: 'c', population: null },
      ],
    });
    expect(rows).toEqual([
      { adcode: '1', population: 100, basis: 'census-2020' },
      { adcode: '2', population: 220, basis: 'bureau-2021' },
      { adcode: '3', population: null, basis: 'none' },
    ]);
  });

  it('gives every one of the 13 counties a figure from the committed sources', () => {
    const src = JSON.parse(readFileSync('scripts/sources/county-population-2020.json', 'utf8')) as PopulationSource;
    const rows = populationTable(src);
    expect(rows).toHaveLength(13);
    expect(rows.filter((r) => r.population === null)).toEqual([]);
    const total = rows.reduce((s, r) => s + (r.population ?? 0), 0);
    // 温州 9.57 M (2020 census) + 青田 0.51 M, give or take the 2021 figures used for six counties.
    expect(total).toBeGreaterThan(9.9e6);
    expect(total).toBeLessThan(10.3e6);
  });
});
