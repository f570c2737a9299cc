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
import { populationTable, type PopulationRow, type PopulationSource } from './population';

export { populationTable, type PopulationRow, type PopulationSource } from './population';

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
