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
import demUrl from '../../../geodata/base/dem.json?url';
import townsUrl from '../../../geodata/base/townships.geojson?url';
import type { Dem } from '../../core/travel/friction';
import type { EngineData, PlanPositions } from '../../core/travel/engine';
import { populationTable, type PopulationRow, type PopulationSource } from '../../core/data/population';
import { fetchJson } from './fetch-json';

export { populationTable, type PopulationRow, type PopulationSource } from '../../core/data/population';

/** Full-resolution counties (the engine's coverage denominators), network, sea, positions, DEM and townships (friction surface). */
export async function loadTravelData(): Promise<{ engine: EngineData; population: PopulationRow[] }> {
  const [network, sea, counties, population, positions, dem, towns] = await Promise.all([
    fetchJson<FeatureCollection>(networkUrl),
    fetchJson<FeatureCollection>(seaUrl),
    fetchJson<FeatureCollection>(countiesUrl),
    fetchJson<PopulationSource>(populationUrl),
    fetchJson<PlanPositions>(positionsUrl),
    fetchJson<Dem>(demUrl),
    fetchJson<FeatureCollection>(townsUrl),
  ]);
  const table = populationTable(population);
  return { engine: { network, sea, counties, census: { counties: table }, positions, dem, towns }, population: table };
}
