/**
 * The worker's logic without the worker: handles one request at a time, keeps the last grids so
 * that `recontour` only re-runs d3-contour, and answers superseded requests with 'cancelled'.
 * Requests of the same kind supersede each other; a request yields to the event loop before it
 * starts and between phases so a newer one (or a cancel) can overtake it.
 */
import { DEFAULT_CUTOFFS_MINUTES } from './assumptions';
import { catchmentCircles, featuresInside, pointTravel, populationInside } from './catchment';
import { computeCircle } from './circles';
import { contourInput, contourRings } from './contours';
import { compareGrids } from './difference';
import { createEngine, type Engine, type GridModel } from './engine';
import type { RequestKind, ResultByKind, TravelRequest, TravelResponse } from './protocol';

type Post = (msg: TravelResponse, transfer?: Transferable[]) => void;

class Cancelled extends Error {}

export class TravelService {
  private engine: Engine | null = null;
  private latest = new Map<RequestKind, number>();
  private cancelled = new Set<number>();
  private kept: Record<'circle' | 'point', { model: GridModel; minutes: Float32Array; input: Float64Array } | null> = { circle: null, point: null };

  constructor(private post: Post) {}

  async handle(req: TravelRequest): Promise<void> {
    if (req.kind === 'cancel') {
      this.cancelled.add(req.cancelId);
      return;
    }
    this.latest.set(req.kind, req.id);
    const checkpoint = async (phase: string, fraction: number) => {
      await new Promise((r) => setTimeout(r, 0));
      if (this.cancelled.has(req.id) || this.latest.get(req.kind) !== req.id) throw new Cancelled();
      this.post({ id: req.id, type: 'progress', phase, fraction });
    };
    try {
      await checkpoint('start', 0);
      const t0 = performance.now();
      const result = await this.run(req, checkpoint);
      await checkpoint('done', 1);
      const elapsed = { elapsedMs: Math.round((performance.now() - t0) * 10) / 10 };
      const full = ('rings' in result || 'gained' in result ? { ...result, ...elapsed } : result) as Record<string, unknown>;
      const payload = (full.grid ?? full.minutesSaved) as { minutes: Float32Array } | undefined;
      const transfer = payload ? [payload.minutes.buffer] : [];
      this.post({ id: req.id, type: 'result', kind: req.kind, result: full as ResultByKind[RequestKind] }, transfer as Transferable[]);
    } catch (err) {
      if (err instanceof Cancelled) this.post({ id: req.id, type: 'cancelled' });
      else this.post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      this.cancelled.delete(req.id);
    }
  }

  private async run(req: Exclude<TravelRequest, { kind: 'cancel' }>, checkpoint: (phase: string, f: number) => Promise<void>): Promise<Omit<ResultByKind[RequestKind], 'elapsedMs'>> {
    if (req.kind === 'init') {
      this.engine = createEngine(req.data);
      await checkpoint('grid-metro', 0.3);
      this.engine.model('metro');
      await checkpoint('grid-urban', 0.7);
      this.engine.model('urban');
      return { ready: true };
    }
    const engine = this.engine;
    if (!engine) throw new Error('travel worker: send init first');
    if (req.kind === 'circle') {
      await checkpoint('routes', 0.2);
      const r = computeCircle(engine, req.ref, req.scenario, req.toggles, { cutoffsMinutes: req.cutoffsMinutes });
      this.keep('circle', r.grid.model as GridModel, r.grid.minutes);
      const { grid, ...rest } = r;
      return { ...rest, grid: { spec: grid.model.spec, minutes: grid.minutes.slice() } };
    }
    if (req.kind === 'point') {
      await checkpoint('routes', 0.2);
      const p = pointTravel(engine, req.lonLat, req.scenario, req.toggles, { grid: req.grid, cutoffsMinutes: req.cutoffsMinutes });
      this.keep('point', p.grid.model as GridModel, p.grid.minutes);
      await checkpoint('catchments', 0.7);
      const circles = catchmentCircles(req.lonLat);
      const inside: Record<string, ReturnType<typeof featuresInside>> = {};
      const population: Record<string, ReturnType<typeof populationInside>> = {};
      // Stations come from the network the worker already holds; other layers from the request.
      const stations = { type: 'FeatureCollection' as const, features: engine.data.network.features.filter((f) => f.geometry?.type === 'Point' && f.properties?.kind === 'station') };
      const layers = { ...(req.layers ?? {}), stations };
      for (const c of circles) {
        inside[c.properties.id] = featuresInside(c, layers);
        population[c.properties.id] = populationInside(engine, c);
      }
      return { origin: req.lonLat, rings: p.rings, circles, inside, population, grid: { spec: p.grid.model.spec, minutes: p.grid.minutes.slice() } };
    }
    if (req.kind === 'recontour') {
      const k = this.kept[req.target];
      if (!k) throw new Error(`recontour: no ${req.target} grid computed yet`);
      return { rings: contourRings(k.model, k.minutes, req.cutoffsMinutes.length ? req.cutoffsMinutes : DEFAULT_CUTOFFS_MINUTES, k.input) };
    }
    // compare
    const a = computeCircle(engine, req.ref, req.before.scenario, req.before.toggles);
    await checkpoint('routes-after', 0.5);
    const b = computeCircle(engine, req.ref, req.after.scenario, req.after.toggles);
    await checkpoint('difference', 0.8);
    const d = compareGrids(b.grid.model, a.grid.minutes, b.grid.minutes, req.cutoffMinutes);
    return { ref: req.ref, gained: d.gained, gainedLandKm2: d.gainedLandKm2, lostLandKm2: d.lostLandKm2, maxSavedMinutes: d.maxSavedMinutes, minutesSaved: { spec: b.grid.model.spec, minutes: d.minutesSaved } };
  }

  private keep(target: 'circle' | 'point', model: GridModel, minutes: Float32Array): void {
    this.kept[target] = { model, minutes, input: contourInput(minutes) };
  }
}
