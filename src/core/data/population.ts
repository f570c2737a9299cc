/**
 * Population by county at the edge of the app: the 2020 census where our sources have it, else the
 * statistics bureau's 2021 year-end figure (complete for the 12 Wenzhou units), flagged with its basis.
 */

export interface PopulationSource {
  counties: Array<{ adcode: string; name_zh?: string; population: number | null; yearEnd2021?: number | null }>;
}

export type PopulationBasis = 'census-2020' | 'bureau-2021' | 'none';

export interface PopulationRow {
  adcode: string;
  population: number | null;
  basis: PopulationBasis;
}

/** Census 2020 where present, else the 2021 year-end bureau figure, else null. */
export function populationTable(src: PopulationSource): PopulationRow[] {
  return src.counties.map((c) => {
    if (c.population != null) return { adcode: c.adcode, population: c.population, basis: 'census-2020' };
    if (c.yearEnd2021 != null) return { adcode: c.adcode, population: c.yearEnd2021, basis: 'bureau-2021' };
    return { adcode: c.adcode, population: null, basis: 'none' };
  });
}
