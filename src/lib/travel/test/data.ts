/** Loads the real committed data for tests (read-only; every test builds its own engine). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EngineData } from '../engine';

const ROOT = resolve(__dirname, '../../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));

export function loadEngineData(): EngineData {
  return {
    network: read('geodata/network/network.geojson'),
    sea: read('geodata/base/sea.geojson'),
    counties: read('geodata/admin/counties.geojson'),
    census: read('scripts/sources/county-population-2020.json'),
    positions: read('scripts/sources/plan-positions.json'),
  };
}

export const fromRoot = (p: string) => resolve(ROOT, p);
