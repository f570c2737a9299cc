/**
 * Prints, per scenario, the 市域 circle's seat table (minutes from the main centre, ✓ ≤ 60) and the
 * share of land and population within 15/30/45/60 min. Run: `npm run circles`.
 */
import { createEngine } from '../src/lib/travel/engine';
import { computeCircle } from '../src/lib/travel/circles';
import type { Scenario } from '../src/lib/travel/graph';
import { fromRoot, readJson } from './lib/io';
import { populationTable, type PopulationSource } from '../src/lib/data/population';

const engine = createEngine({
  network: readJson(fromRoot('geodata/network/network.geojson')),
  sea: readJson(fromRoot('geodata/base/sea.geojson')),
  counties: readJson(fromRoot('geodata/admin/counties.geojson')),
  census: { counties: populationTable(readJson<PopulationSource>(fromRoot('scripts/sources/county-population-2020.json'))) },
  positions: readJson(fromRoot('scripts/sources/plan-positions.json')),
});
const pct = (xs: number[]) => xs.map((x) => (100 * x).toFixed(1)).join(' / ');
for (const scenario of ['existing-2019', 'plan-2022', 'plan-2035'] as Scenario[]) {
  const c = computeCircle(engine, 'ring-city', scenario);
  console.log(`${scenario}: ${c.table.map((t) => `${t.name_zh} ${Math.round(t.minutes)}′${t.withinBudget ? '✓' : '✗'}`).join('  ')}`);
  console.log(`  within 15/30/45/60 min — land % ${pct(c.coverage.total.landShare)}; population % ${pct(c.coverage.total.populationShare)}`);
}
