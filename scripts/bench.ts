/**
 * Benchmark on the real network: the engine's three 1-hour circles vs a naive Turf pipeline for
 * the same result (pointGrid over the same bbox and cell size, booleanPointInPolygon water mask,
 * per-cell turf.distance to every reached node, isobands), measured in the same process.
 * Prints medians, the ratio, the 60-min ring agreement and the slider recontour time.
 * Run: `npx tsx scripts/bench.ts [repsEngine=7] [repsNaive=3]`.
 */
import { area, booleanPointInPolygon, difference, distance, featureCollection, isobands, length, pointGrid, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { DEFAULT_ACCESS } from '../src/lib/travel/assumptions';
import { computeCircle, CIRCLES, RING_REFS, type RingRef } from '../src/lib/travel/circles';
import { contourInput, contourRings, UNREACHED_MINUTES } from '../src/lib/travel/contours';
import { createEngine, type EngineData, type GridKind } from '../src/lib/travel/engine';
import { labelComponents } from '../src/lib/travel/grid';
import { nodeMinutesFrom } from '../src/lib/travel/travel-grid';
import { fromRoot, readJson } from './lib/io';

const [repsEngine, repsNaive] = [Number(process.argv[2] ?? 7), Number(process.argv[3] ?? 3)];
const data: EngineData = {
  network: readJson(fromRoot('geodata/network/network.geojson')),
  sea: readJson(fromRoot('geodata/base/sea.geojson')),
  counties: readJson(fromRoot('geodata/admin/counties.geojson')),
  census: readJson(fromRoot('scripts/sources/county-population-2020.json')),
  positions: readJson(fromRoot('scripts/sources/plan-positions.json')),
};
const SCENARIO = 'plan-2022' as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = <T>(fn: () => T): [T, number] => { const t0 = performance.now(); const r = fn(); return [r, performance.now() - t0]; };

function engineRun() {
  const engine = createEngine(data);
  return RING_REFS.map((ref) => computeCircle(engine, ref, SCENARIO));
}

/** Naive pipeline for one circle; grids (pointGrid + PIP mask + components) are shared per grid kind within a run, as in the engine. */
function naiveRun() {
  const engine = createEngine(data); // only for bbox, graph and origin — no raster is built here
  const seaFeature = (data.sea as FeatureCollection).features[0] as Feature<MultiPolygon>;
  const grids = new Map<GridKind, { points: Feature<Point>[]; comp: Int32Array; cols: number; rows: number }>();
  const gridFor = (kind: GridKind) => {
    let g = grids.get(kind);
    if (g) return g;
    const cellM = kind === 'metro' ? 250 : 100;
    const fc = pointGrid(engine.bbox(kind), cellM / 1000, { units: 'kilometers' });
    const points = fc.features;
    const rows = new Set(points.map((p) => p.geometry.coordinates[1].toFixed(7))).size;
    const cols = points.length / rows;
    // pointGrid is column-major (x outer, y inner, south → north); label in a row-major copy.
    const mask = new Uint8Array(points.length);
    const at = (c: number, r: number) => c * rows + r;
    for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) mask[r * cols + c] = booleanPointInPolygon(points[at(c, r)], seaFeature) ? 0 : 1;
    g = { points, comp: labelComponents(mask, cols, rows), cols, rows };
    grids.set(kind, g);
    return g;
  };
  return RING_REFS.map((ref) => {
    const it = CIRCLES[ref];
    const g = gridFor(it.grid);
    const graph = engine.graph(SCENARIO);
    const model = engine.model(it.grid); // entry components for the shared Dijkstra step (same for both pipelines)
    const origin = engine.sites(it.originKey)[0].lonLat;
    const nodeMin = nodeMinutesFrom(graph, model, [origin]);
    const compOfPoint = (lon: number, lat: number) => {
      let best = -1, bestD = Infinity;
      // nearest grid point (naive: linear scan over a column/row estimate)
      const c = Math.round((lon - g.points[0].geometry.coordinates[0]) / (g.points[g.rows].geometry.coordinates[0] - g.points[0].geometry.coordinates[0]));
      const r = Math.round((lat - g.points[0].geometry.coordinates[1]) / (g.points[1].geometry.coordinates[1] - g.points[0].geometry.coordinates[1]));
      for (let dc = -2; dc <= 2; dc++) for (let dr = -2; dr <= 2; dr++) {
        const cc = c + dc, rr = r + dr;
        if (cc < 0 || rr < 0 || cc >= g.cols || rr >= g.rows || !g.comp[rr * g.cols + cc]) continue;
        const d = dc * dc + dr * dr;
        if (d < bestD) { bestD = d; best = g.comp[rr * g.cols + cc]; }
      }
      return best;
    };
    const sources = [{ lon: origin[0], lat: origin[1], minutes: 0 }, ...graph.nodes.map((n, i) => ({ lon: n.lon, lat: n.lat, minutes: nodeMin[i] })).filter((s) => Number.isFinite(s.minutes))]
      .map((s) => ({ ...s, comp: compOfPoint(s.lon, s.lat), pt: [s.lon, s.lat] }));
    for (let c = 0; c < g.cols; c++) for (let r = 0; r < g.rows; r++) {
      const p = g.points[c * g.rows + r];
      const comp = g.comp[r * g.cols + c];
      let best = Infinity;
      if (comp) for (const s of sources) {
        if (s.comp !== comp) continue;
        const dKm = distance(s.pt, p.geometry.coordinates, { units: 'kilometers' });
        if (dKm <= DEFAULT_ACCESS.accessCapKm) best = Math.min(best, s.minutes + (dKm * 60) / DEFAULT_ACCESS.accessSpeedKmh);
      }
      p.properties = { minutes: Number.isFinite(best) ? best : UNREACHED_MINUTES };
    }
    const bands = isobands(featureCollection(g.points) as FeatureCollection<Point>, [0, 15, 30, 45, 60], { zProperty: 'minutes' });
    return { ref, ring60: bands.features.length ? bands : null };
  });
}

console.log(`travel-engine bench — scenario ${SCENARIO}, circles ${RING_REFS.join(', ')}; reps engine ${repsEngine}, naive ${repsNaive}`);
engineRun(); // warm-up (JIT), not timed
const engineTimes: number[] = [];
let engineResult = engineRun();
for (let k = 0; k < repsEngine; k++) { const [r, t] = time(engineRun); engineTimes.push(t); engineResult = r; }
const naiveTimes: number[] = [];
let naiveResult: ReturnType<typeof naiveRun> = [];
for (let k = 0; k < repsNaive; k++) { const [r, t] = time(naiveRun); naiveTimes.push(t); naiveResult = r; }
const [me, mn] = [median(engineTimes), median(naiveTimes)];
console.log(`engine (3 circles, incl. land rasters): median ${me.toFixed(0)} ms  [${engineTimes.map((t) => t.toFixed(0)).join(', ')}]`);
console.log(`naive Turf pipeline (pointGrid + PIP + distance + isobands): median ${mn.toFixed(0)} ms  [${naiveTimes.map((t) => t.toFixed(0)).join(', ')}]`);
console.log(`ratio naive / engine: ${(mn / me).toFixed(1)}× ${mn / me >= 20 ? '(≥ 20× target met)' : '(BELOW the 20× target)'}`);

// 60-min ring agreement: union of the naive 0–60 bands vs the engine's ≤ 60 ring.
for (const ref of RING_REFS) {
  const e = engineResult.find((r) => r.planRef === ref)!;
  const n = naiveResult.find((r) => r.ref === ref)!;
  const ring = e.rings.find((r) => r.properties.minutes === 60)!;
  const naive60: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: (n.ring60?.features ?? []).flatMap((b) => (b.geometry as MultiPolygon).coordinates) } };
  let line = `${ref}: engine 60-min ring ${ring.properties.areaKm2.toFixed(1)} km²`;
  try {
    const a = difference(featureCollection([ring, naive60]) as FeatureCollection<Polygon | MultiPolygon>);
    const b = difference(featureCollection([naive60, ring]) as FeatureCollection<Polygon | MultiPolygon>);
    const [aKm2, bKm2] = [(a ? area(a) : 0) / 1e6, (b ? area(b) : 0) / 1e6];
    const symKm2 = aKm2 + bKm2;
    line += `, naive ${(ring.properties.areaKm2 - aKm2 + bKm2).toFixed(1)} km²`;
    const perimeterKm = length(polygonToLine(ring) as Feature, { units: 'kilometers' });
    const offsetM = (symKm2 / perimeterKm) * 1000;
    const cellM = e.grid.model.spec.cellM;
    line += `; symmetric difference ${symKm2.toFixed(2)} km² over ${perimeterKm.toFixed(0)} km of boundary = mean offset ${offsetM.toFixed(0)} m (cell ${cellM} m) ${offsetM <= cellM ? '✓ within one cell' : '✗ more than one cell'}`;
  } catch (err) {
    line += `; overlay failed: ${(err as Error).message}`;
  }
  console.log(line);
}

// Slider: recontour of the kept grid at new cut-offs (no routing).
for (const r of engineResult) {
  const input = contourInput(r.grid.minutes);
  contourRings(r.grid.model, r.grid.minutes, [20, 40, 60], input);
  const ts = Array.from({ length: 9 }, (_, k) => time(() => contourRings(r.grid.model, r.grid.minutes, [10 + k * 5, 30 + k * 5, 60 + k * 5], input))[1]);
  console.log(`recontour ${r.planRef} (${r.grid.model.spec.width}×${r.grid.model.spec.height} cells): median ${median(ts).toFixed(1)} ms ${median(ts) <= 50 ? '✓ ≤ 50 ms' : '✗ > 50 ms'}`);
}
