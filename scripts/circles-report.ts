/**
 * Prints, per scenario, the 市域 circle's seat table (minutes from the main centre, ✓ ≤ 60) and the
 * share of land and population within 15/30/45/60 min, and the 都市区 circle's slowest seat pairs.
 * `--validate`: the model against the real travel times of scripts/sources/travel-times.json
 * (table model vs source, error, median absolute error).
 * Run: `npm run circles` · `npm run circles -- --validate`.
 */
import { computeCircle } from '../src/core/travel/circles';
import { createEngine } from '../src/core/travel/engine';
import type { Scenario } from '../src/core/travel/graph';
import { loadEngineData } from '../src/core/travel/test/data';
import { medianAbsShare, validate, type TravelTimeRow } from '../src/core/travel/validation';
import { fromRoot, readJson } from './lib/io';

const data = loadEngineData();
const engine = createEngine(data);
const pct = (xs: number[]) => xs.map((x) => (100 * x).toFixed(1)).join(' / ');

if (process.argv.includes('--validate')) {
  const rows = readJson<{ times: TravelTimeRow[] }>(fromRoot('scripts/sources/travel-times.json')).times;
  const v = validate(engine, rows, data.towns);
  console.log('| # | from → to | what | scenario | source min | model min | error | source |');
  console.log('|---|---|---|---|---:|---:|---:|---|');
  // Endpoints by name, so the table says where each row ends (e.g. an interchange, not a door).
  const nameOf = (ref: string) => {
    const key = ref.replace(/^\w+:/, '');
    if (ref.startsWith('node:')) return engine.graph('plan-2035').nodes.find((n) => n.id === key)?.name_zh ?? key;
    if (ref.startsWith('site:')) return engine.sites(key)[0]?.name_zh ?? key;
    return key;
  };
  v.forEach((r, k) => {
    const e = `${r.errorMinutes >= 0 ? '+' : ''}${r.errorMinutes.toFixed(0)} (${r.errorShare >= 0 ? '+' : ''}${(100 * r.errorShare).toFixed(0)} %)`;
    const ends = `${nameOf(r.row.from)} → ${nameOf(r.row.to)}`;
    console.log(`| ${k + 1} | ${ends} | ${r.row.kind}${r.row.mode ? ` (${r.row.mode}${r.row.trainSpeedKmh ? `, named train at ${r.row.trainSpeedKmh} km/h` : ''})` : ''} | ${r.row.scenario} | ${r.row.minutes} | ${r.modelMinutes.toFixed(0)} | ${e} | [${r.row.publisher ?? 'source'}](${r.row.source}) |`);
  });
  console.log(`\n${v.length} rows; median absolute error ${(100 * medianAbsShare(v)).toFixed(1)} % (target ≤ 15 %)`);
} else {
  for (const scenario of ['existing-2019', 'plan-2022', 'plan-2035'] as Scenario[]) {
    const c = computeCircle(engine, 'ring-city', scenario);
    console.log(`${scenario}: ${c.table.map((t) => `${t.name_zh} ${Math.round(t.minutes)}′${t.withinBudget ? '✓' : '✗'}`).join('  ')}`);
    console.log(`  within 15/30/45/60 min — land % ${pct(c.coverage.total.landShare)}; population % ${pct(c.coverage.total.populationShare)}`);
    const m = computeCircle(engine, 'ring-metro', scenario);
    console.log(`  都市区 slowest pairs: ${m.table.map((t) => `${t.name_zh}→${t.farthest?.name_zh} ${Math.round(t.minutes)}′ (${t.pairsWithin}/${t.pairsTotal})`).join('  ')}`);
  }
}
