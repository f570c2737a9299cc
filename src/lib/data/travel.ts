/**
 * Loads what the travel engine needs and joins the population table at the edge:
 * population = 2020 census where our sources have it, else the statistics bureau's 2021 year-end
 * figure (complete for the 12 Wenzhou units), flagged with its basis.
 */
import type { FeatureCollection } from 'geojson';
import networkUrl from '../../../geodata/network/network.geojson?url';
import seaUrl from '../../../geodata/base/sea.geojson?url';
import countiesUrl from '../../../geodata/admin/counties.geojson?url';
import populationUrl from '../../../scripts/sources/county-population-2020.json?url';
import positionsUrl from '../../../scripts/sources/plan-positions.json?url';
import type { EngineData, PlanPositions } from '../travel/engine';

export interface PopulationSource {
  counties: Array<{ adcode: string; name_zh: string; population: number | null; yearEnd2021?: number }>;
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

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(new URL(url, document.baseURI));
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Full-resolution counties (the engine's coverage denominators), network, sea and positions. */
export async function loadTravelData(): Promise<{ engine: EngineData; population: PopulationRow[] }> {
  const [network, sea, counties, population, positions] = await Promise.all([
    fetchJson<FeatureCollection>(networkUrl),
    fetchJson<FeatureCollection>(seaUrl),
    fetchJson<FeatureCollection>(countiesUrl),
    fetchJson<PopulationSource>(populationUrl),
    fetchJson<PlanPositions>(positionsUrl),
  ]);
  const table = populationTable(population);
  return { engine: { network, sea, counties, census: { counties: table }, positions }, population: table };
}
