/**
 * Loads the real committed data in Node for the tests, the benchmark and `npm run circles`
 * (read-only; every caller builds its own engine). The population table is the app's own
 * (`populationTable` of src/core/data/population.ts, as src/app/data/travel.ts uses): one table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { populationTable, type PopulationSource } from '../../data/population';
import type { EngineData } from '../engine';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));

export function loadEngineData(): EngineData {
  return {
    network: read('geodata/network/network.geojson'),
    sea: read('geodata/base/sea.geojson'),
    counties: read('geodata/admin/counties.geojson'),
    census: { counties: populationTable(read('scripts/sources/county-population-2020.json') as PopulationSource) },
    positions: read('scripts/sources/plan-positions.json'),
    dem: read('geodata/base/dem.json'),
    towns: read('geodata/base/townships.geojson'),
  };
}

export const fromRoot = (p: string) => resolve(ROOT, p);
