/**
 * Benchmark on the real network: the engine's three 1-hour circles (warm: land, friction and
 * access fields cached per grid, as in the worker after init) vs a naive Turf pipeline (pointGrid
 * over the same bbox and cell size, booleanPointInPolygon water mask, per-cell turf.distance to
 * every reached node, isobands), measured in the same process. The naive pipeline computes the
 * former, simpler access model (a 30 km/h straight-line disc, 15 km cap) — cheaper than the
 * friction surface — so the ratio understates the gain. Times are process CPU time
 * (user + system), because this machine is shared and wall time mostly measures the others;
 * wall time is printed beside. Prints `warm circle:` with each of the three circles' warm time
 * (Dijkstra + fill + contours), the ratio, and the slider recontour times.
 * Run: `npm run bench -- [repsEngine=9] [repsNaive=2]`.
 */
import { booleanPointInPolygon, distance, featureCollection, isobands, pointGrid } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { computeCircle, CIRCLES, RING_REFS, type RingRef } from '../src/core/travel/circles';
import { contourInput, contourRings, UNREACHED_MINUTES } from '../src/core/travel/contours';
import { createEngine, type EngineData, type GridKind } from '../src/core/travel/engine';
import { labelComponents } from '../src/core/travel/grid';
import { loadEngineData } from '../src/core/travel/test/data';
import { nodeMinutesFrom, travelGrid } from '../src/core/travel/travel-grid';

const args = process.argv.slice(2).filter((a) => a !== '--');
const [repsEngine, repsNaive] = [Number(args[0] ?? 9), Number(args[1] ?? 2)];
const data: EngineData = loadEngineData();
const SCENARIO = 'plan-2022' as const;
/** The former disc model, for the naive pipeline only: straight line at 30 km/h, at most 15 km. */
const DISC = { speedKmh: 30, capKm: 15 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** [result, CPU ms, wall ms]. */
const time = <T>(fn: () => T): [T, number, number] => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = fn();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000, performance.now() - t0];
};

const engine = createEngine(data);
function engineRun() {
  return RING_REFS.map((ref) => computeCircle(engine, ref, SCENARIO));
}

/** Naive pipeline for one circle; grids (pointGrid + PIP mask + components) are shared per grid kind within a run, as in the engine. */
function naiveRun() {
  // The shared engine only gives bbox, graph, origin and node times — no raster of it is used here.
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
    const origin = engine.sites(it.originKey)[0].lonLat;
    const nodeMin = nodeMinutesFrom(graph, engine.surface(it.grid), [origin]); // the shared Dijkstra step
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
        if (dKm <= DISC.capKm) best = Math.min(best, s.minutes + (dKm * 60) / DISC.speedKmh);
      }
      p.properties = { minutes: Number.isFinite(best) ? best : UNREACHED_MINUTES };
    }
    const bands = isobands(featureCollection(g.points) as FeatureCollection<Point>, [0, 15, 30, 45, 60], { zProperty: 'minutes' });
    return { ref, ring60: bands.features.length ? bands : null };
  });
}

console.log(`travel-engine bench — scenario ${SCENARIO}, circles ${RING_REFS.join(', ')}; reps engine ${repsEngine}, naive ${repsNaive}; times = CPU ms (wall ms)`);
const [, coldCpu, coldWall] = time(engineRun); // cold: builds land, friction and access fields once
console.log(`engine cold start (3 circles incl. land/friction rasters and access fields): ${coldCpu.toFixed(0)} ms (${coldWall.toFixed(0)})`);
const engineTimes: Array<[number, number]> = [];
let engineResult = engineRun();
for (let k = 0; k < repsEngine; k++) { const [r, c, w] = time(engineRun); engineTimes.push([c, w]); engineResult = r; }
const naiveTimes: Array<[number, number]> = [];
for (let k = 0; k < repsNaive; k++) { const [, c, w] = time(naiveRun); naiveTimes.push([c, w]); }
const me = median(engineTimes.map((t) => t[0]));
const mn = median(naiveTimes.map((t) => t[0]));

// Warm circle: Dijkstra + fill + contours, per circle (the worker's path after init).
const warm = RING_REFS.map((ref) => {
  const r = engineResult.find((x) => x.planRef === ref)!;
  const surface = engine.surface(CIRCLES[ref].grid);
  const graph = engine.graph(SCENARIO);
  const origins = r.origins.map((o) => o.lonLat);
  const ts = Array.from({ length: Math.max(repsEngine, 9) }, () => time(() => contourRings(surface.model, travelGrid(graph, surface, origins).minutes, [15, 30, 45, 60], undefined, CIRCLES[ref].contourStep)));
  return { ref, cpu: median(ts.map((t) => t[1])), wall: median(ts.map((t) => t[2])) };
});
const ratio = mn / me;
const worst = Math.max(...warm.map((w) => w.cpu));
console.log(`warm circle: ${warm.map((w) => `${w.ref} ${w.cpu.toFixed(1)} ms`).join(' · ')} (CPU, Dijkstra + fill + contours; wall ${warm.map((w) => w.wall.toFixed(1)).join(' / ')} ms) ${worst <= 20 ? '✓ all ≤ 20 ms' : '✗ some > 20 ms'}; ratio naive / engine: ${ratio.toFixed(1)}× ${ratio >= 20 ? '(≥ 20× target met)' : '(BELOW the 20× target)'}`);
console.log(`engine, 3 circles warm (incl. tables and coverage): median ${me.toFixed(0)} ms  [${engineTimes.map((t) => `${t[0].toFixed(0)} (${t[1].toFixed(0)})`).join(', ')}]`);
console.log(`naive Turf pipeline (pointGrid + PIP + distance + isobands, disc model): median ${mn.toFixed(0)} ms  [${naiveTimes.map((t) => `${t[0].toFixed(0)} (${t[1].toFixed(0)})`).join(', ')}]`);
for (const r of engineResult) console.log(`  ${r.planRef}: 60-min ring ${r.rings.find((x) => x.properties.minutes === 60)!.properties.areaKm2.toFixed(1)} km² from ${r.origins.length} origin(s)`);

// Slider: recontour of the kept grid at new cut-offs (no routing).
for (const r of engineResult) {
  const input = contourInput(r.grid.minutes);
  contourRings(r.grid.model, r.grid.minutes, [20, 40, 60], input);
  const ts = Array.from({ length: 9 }, (_, k) => time(() => contourRings(r.grid.model, r.grid.minutes, [10 + k * 5, 30 + k * 5, 60 + k * 5], input, CIRCLES[r.planRef].contourStep))[1]);
  console.log(`recontour ${r.planRef} (${r.grid.model.spec.width}×${r.grid.model.spec.height} cells): median ${median(ts).toFixed(1)} ms ${median(ts) <= 50 ? '✓ ≤ 50 ms' : '✗ > 50 ms'}`);
}
