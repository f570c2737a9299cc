/**
 * The worker's logic without the worker: keeps the last circle grid so that `recontour` only
 * re-runs d3-contour and the coverage pass, and answers superseded requests with 'cancelled'.
 * Requests of the same channel supersede each other; a request yields to the event loop before
 * it starts and between phases so that a newer one (or a cancel) can overtake it. Every reply
 * echoes the inputs it was computed from.
 */
import { DEFAULT_CUTOFFS_MINUTES } from './assumptions';
import { catchmentCircles, featuresInside, pointTravel, populationInside } from './catchment';
import { CIRCLES, computeCircle, type CircleResult } from './circles';
import { contourInput, contourRings } from './contours';
import { coverage } from './coverage';
import { compareGrids } from './difference';
import { createEngine, type Engine, type GridModel } from './engine';
import { togglesOf, type CircleInputs, type CircleMessage, type RequestKind, type ResultByKind, type TravelRequest, type TravelResponse } from './protocol';

type Post = (msg: TravelResponse, transfer?: Transferable[]) => void;

class Cancelled extends Error {}

interface Kept { inputs: CircleInputs; model: GridModel; minutes: Float32Array; input: Float64Array }

export class TravelService {
  private engine: Engine | null = null;
  private latest = new Map<string, number>();
  private cancelled = new Set<number>();
  private kept: Kept | null = null;

  constructor(private post: Post) {}

  async handle(req: TravelRequest): Promise<void> {
    if (req.kind === 'cancel') {
      this.cancelled.add(req.cancelId);
      return;
    }
    this.latest.set(req.channel, req.id);
    const checkpoint = async (phase: string, fraction: number) => {
      await new Promise((r) => setTimeout(r, 0));
      if (this.cancelled.has(req.id) || this.latest.get(req.channel) !== req.id) throw new Cancelled();
      this.post({ id: req.id, type: 'progress', phase, fraction });
    };
    try {
      await checkpoint('start', 0);
      const t0 = performance.now();
      const result = await this.run(req, checkpoint);
      await checkpoint('done', 1);
      const full = (req.kind === 'init' ? result : { ...result, elapsedMs: Math.round((performance.now() - t0) * 10) / 10 }) as Record<string, unknown>;
      this.post({ id: req.id, type: 'result', kind: req.kind, result: full as unknown as ResultByKind[RequestKind] }, transferables(full));
    } catch (err) {
      if (err instanceof Cancelled) this.post({ id: req.id, type: 'cancelled' });
      else this.post({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      this.cancelled.delete(req.id);
    }
  }

  private async run(req: Exclude<TravelRequest, { kind: 'cancel' }>, checkpoint: (phase: string, f: number) => Promise<void>): Promise<object> {
    if (req.kind === 'init') {
      this.engine ??= createEngine(req.data);
      await checkpoint('grid-metro', 0.3);
      this.engine.model('metro');
      await checkpoint('grid-urban', 0.7);
      this.engine.model('urban');
      return { ready: true };
    }
    const engine = this.engine;
    if (!engine) throw new Error('travel worker: send init first');
    if (req.kind === 'circle') {
      const { inputs } = req;
      await checkpoint('routes', 0.2);
      const r = computeCircle(engine, inputs.ring, inputs.scenario, togglesOf(inputs), { cutoffsMinutes: inputs.cutoffsMinutes });
      const differs = inputs.scenario !== 'existing-2019' || inputs.add.length > 0 || inputs.remove.length > 0;
      let baseline: CircleMessage | null = null;
      let difference: ResultByKind['circle']['difference'] = null;
      if (req.withBaseline && differs) {
        await checkpoint('baseline', 0.5);
        const baseInputs: CircleInputs = { ...inputs, scenario: 'existing-2019', add: [], remove: [] };
        const b = computeCircle(engine, inputs.ring, 'existing-2019', {}, { cutoffsMinutes: inputs.cutoffsMinutes });
        baseline = message(baseInputs, b, 0);
        await checkpoint('difference', 0.8);
        const d = compareGrids(r.grid.model, b.grid.minutes, r.grid.minutes, Math.max(...inputs.cutoffsMinutes));
        difference = { ref: inputs.ring, gained: d.gained, gainedLandKm2: d.gainedLandKm2, lostLandKm2: d.lostLandKm2, maxSavedMinutes: d.maxSavedMinutes, elapsedMs: 0 };
      }
      this.kept = { inputs, model: r.grid.model as GridModel, minutes: r.grid.minutes, input: contourInput(r.grid.minutes) };
      const result = message(inputs, r, 0);
      return { inputs, result, baseline: baseline ?? (req.withBaseline ? result : null), difference };
    }
    if (req.kind === 'point') {
      const { inputs } = req;
      await checkpoint('routes', 0.2);
      const p = pointTravel(engine, inputs.lonLat, inputs.scenario, togglesOf(inputs), { grid: req.grid, cutoffsMinutes: inputs.cutoffsMinutes });
      await checkpoint('catchments', 0.7);
      const circles = catchmentCircles(inputs.lonLat);
      const inside: Record<string, ReturnType<typeof featuresInside>> = {};
      const population: Record<string, ReturnType<typeof populationInside>> = {};
      // Stations come from the network the worker already holds; other layers from the request.
      const stations = { type: 'FeatureCollection' as const, features: engine.data.network.features.filter((f) => f.geometry?.type === 'Point' && f.properties?.kind === 'station') };
      const layers = { ...(req.layers ?? {}), stations };
      for (const c of circles) {
        inside[c.properties.id] = featuresInside(c, layers);
        population[c.properties.id] = populationInside(engine, c);
      }
      return { inputs, origin: inputs.lonLat, rings: p.rings, circles, inside, population, grid: { spec: p.grid.model.spec, minutes: p.grid.minutes.slice() } };
    }
    // recontour
    const k = this.kept;
    if (!k) throw new Error('recontour: no circle grid computed yet');
    const cutoffs = req.cutoffsMinutes.length ? req.cutoffsMinutes : DEFAULT_CUTOFFS_MINUTES;
    return {
      inputs: { ...k.inputs, cutoffsMinutes: [...cutoffs] },
      rings: contourRings(k.model, k.minutes, cutoffs, k.input, CIRCLES[k.inputs.ring].contourStep),
      coverage: coverage(k.model, k.model.countyOf, engine.counties, k.minutes, cutoffs, CIRCLES[k.inputs.ring].scope),
    };
  }
}

/** The posted form of a circle: the grid is copied (the kept one stays in the worker). */
function message(inputs: CircleInputs, r: CircleResult, elapsedMs: number): CircleMessage {
  const { grid, ...rest } = r;
  return { ...rest, inputs, grid: { spec: grid.model.spec, minutes: grid.minutes.slice() }, elapsedMs };
}

/** Grid buffers of a result, moved rather than copied to the UI thread. */
function transferables(result: Record<string, unknown>): Transferable[] {
  const out: Transferable[] = [];
  for (const v of [result, result.result, result.baseline] as Array<Record<string, unknown> | null | undefined>) {
    const g = v?.grid as { minutes: Float32Array } | undefined;
    if (g && !out.includes(g.minutes.buffer)) out.push(g.minutes.buffer);
  }
  return out;
}
