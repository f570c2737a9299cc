/**
 * Travel-circle state (issue #4) and the controller that talks to the travel worker. The URL
 * and presenter modules read `ring`, `scenario`, `maxMinutes` and `origin`.
 *
 * One time control (issue 11): the travel scenario IS the plan year (2019 现状 / 2022 / 2035):
 * `scenario` reads and writes the year it is given, so the two can never disagree.
 *
 * No stale state (issue 11): every request carries its inputs and every reply echoes them; a
 * reply is kept only while it matches the current inputs, and the panel/map only ever show a
 * result whose inputs match the current state (`result` is null while the current one computes).
 */
import type { FeatureCollection } from 'geojson';
import type { PlanYear } from '../../core/plan/model';
import type { RingRef } from '../../core/travel/circles';
import { SCENARIO_OF_YEAR, YEAR_OF_SCENARIO, type Scenario } from '../../core/travel/graph';
import { inputsKey, routeKey, type CircleBundle, type CircleInputs, type PointInputs, type PointMessage } from '../../core/travel/protocol';
import { CancelledError, TravelClient, createTravelWorker, type WorkerLike } from '../workers/travel-client';
import type { EngineData } from '../../core/travel/engine';

export interface Progress {
  phase: string;
  fraction: number;
}


/** Where the plan year lives (AppState); a plain object in tests. */
export interface YearHolder { year: PlanYear }

export class TravelState {
  /** Whether the travel layers are shown at all (the travel tab or a presenter chapter turns them on). */
  active = $state(false);
  ring = $state<RingRef>('ring-city');
  /** planRefs of projects toggled against the scenario. */
  add = $state<string[]>([]);
  remove = $state<string[]>([]);
  /** Largest cut-off, minutes; rings every 15 min up to it. */
  maxMinutes = $state(60);
  showDifference = $state(false);
  /** Map clicks compute rings and catchments from the clicked point. */
  pickPoint = $state(false);
  origin = $state.raw<[number, number] | null>(null);
  progress = $state.raw<Progress | null>(null);
  error = $state<string | null>(null);
  /** Last circle bundle accepted (it matched the state when it arrived); read it through `result`. */
  bundle = $state.raw<CircleBundle | null>(null);
  /** Last point reply accepted; read it through `point`. */
  pointReply = $state.raw<PointMessage | null>(null);
  recontourMs = $state<number | null>(null);

  constructor(private time: YearHolder) {}

  /** The travel scenario: the plan year under another name (one state, issue 11). */
  get scenario(): Scenario {
    return SCENARIO_OF_YEAR[this.time.year];
  }
  set scenario(s: Scenario) {
    this.time.year = YEAR_OF_SCENARIO[s];
  }

  get cutoffs(): number[] {
    const out: number[] = [];
    for (let m = 15; m <= this.maxMinutes; m += 15) out.push(m);
    return out;
  }
  /** The inputs of the circle the panel should show now. */
  get inputs(): CircleInputs {
    return { ring: this.ring, scenario: this.scenario, add: [...this.add], remove: [...this.remove], cutoffsMinutes: this.cutoffs };
  }
  get pointInputs(): PointInputs | null {
    return this.origin ? { lonLat: this.origin, scenario: this.scenario, add: [...this.add], remove: [...this.remove], cutoffsMinutes: this.cutoffs } : null;
  }
  /** The circle of the current inputs, or null while it computes: never one of other inputs. */
  get current(): CircleBundle | null {
    const b = this.bundle;
    return b && routeKey(b.inputs) === routeKey(this.inputs) ? b : null;
  }
  get result() {
    return this.current?.result ?? null;
  }
  get baseline() {
    return this.current?.baseline ?? null;
  }
  get difference() {
    return this.current?.difference ?? null;
  }
  /** The clicked point's catchment for the current origin, scenario and toggles, or null. */
  get point(): PointMessage | null {
    const p = this.pointReply;
    const now = this.pointInputs;
    return p && now && routeKey(p.inputs) === routeKey(now) ? p : null;
  }
}

/** Owns the worker client and, through `follow()`, decides when to compute. Replies that no longer match the state are dropped. */
export class TravelController {
  private client: TravelClient | null = null;
  private ready: Promise<void> | null = null;
  /** Route key of the circle/point request in flight (or last accepted), to avoid duplicates. */
  private circleKey: string | null = null;
  private pointKey: string | null = null;
  private layers: Record<string, FeatureCollection> = {};
  private data: EngineData | null = null;

  constructor(private state: TravelState, private load: () => Promise<EngineData>, private spawn: () => WorkerLike = createTravelWorker) {}

  /** The shared client, initialised once (the site report uses it too: one worker, data loaded once). */
  shared(): Promise<TravelClient> {
    this.ready ??= (async () => {
      this.client = new TravelClient(this.spawn());
      const data = (this.data = await this.load());
      await this.client.init(data, (phase, fraction) => (this.state.progress = { phase: `init:${phase}`, fraction }));
      this.state.progress = null;
    })().catch((e) => {
      this.ready = null; // let the next call try again
      throw e;
    });
    return this.ready.then(() => this.client!);
  }

  /** The shared client with the data it was initialised with (plan positions for the site report). */
  async engine(): Promise<{ client: TravelClient; data: EngineData }> {
    const client = await this.shared();
    return { client, data: this.data! };
  }

  /**
   * Computes whatever the state asks for, as the state changes (while travel is active): the circle
   * when its ring, scenario or toggles change, the clicked point's catchment likewise, a recontour
   * when only the cut-off moves. The one trigger of travel computations; returns its remover.
   */
  follow(): () => void {
    const s = this.state;
    let lastMax = s.maxMinutes;
    return $effect.root(() => {
      // The controller drops replies that no longer match, and `result` is null until the current one is in.
      $effect(() => {
        if (!s.active) return;
        void [s.ring, s.scenario, s.add.join(), s.remove.join()];
        void this.runCircle();
      });
      // A clicked point follows the scenario and toggles too.
      $effect(() => {
        if (!s.active || !s.origin) return;
        void [s.scenario, s.add.join(), s.remove.join()];
        void this.refreshPoint();
      });
      // Cut-off slider: recontour only.
      $effect(() => {
        const m = s.maxMinutes;
        if (!s.active || m === lastMax) return;
        lastMax = m;
        void this.recontour();
      });
    });
  }

  /** The current circle, its 2019 baseline and the difference (one request). */
  runCircle(): Promise<void> {
    const s = this.state;
    const inputs = s.inputs;
    const key = routeKey(inputs);
    if (this.circleKey === key) return Promise.resolve(); // in flight or shown already
    this.circleKey = key;
    return this.guard(key, async (client) => {
      const b = await client.circle(inputs, { withBaseline: true, onProgress: (phase, fraction) => this.progress(key, phase, fraction) });
      if (routeKey(b.inputs) !== routeKey(s.inputs)) {
        // Overtaken while in flight (no newer request was sent, or this one would be cancelled): drop it, compute the current one.
        if (this.circleKey === key) this.circleKey = null;
        void this.runCircle();
        return;
      }
      s.bundle = b;
      if (inputsKey(b.inputs) !== inputsKey(s.inputs)) void this.recontour();
    });
  }

  /** Slider: recontour the worker's kept grid only (no routing). */
  recontour(): Promise<void> {
    const s = this.state;
    const cutoffs = s.cutoffs;
    return this.guard(null, async (client) => {
      if (!s.bundle) return;
      const r = await client.recontour(cutoffs);
      const b = s.bundle;
      if (!b || routeKey(r.inputs) !== routeKey(b.inputs) || routeKey(r.inputs) !== routeKey(s.inputs)) return; // grid of other inputs
      s.bundle = { ...b, inputs: r.inputs, result: { ...b.result, inputs: r.inputs, rings: r.rings, coverage: r.coverage } };
      s.recontourMs = r.elapsedMs;
      if (inputsKey(r.inputs) !== inputsKey(s.inputs)) void this.recontour();
    });
  }

  /** Rings and catchments from a clicked point (kept with `layers` for later scenario changes). */
  runPoint(lonLat: [number, number], layers: Record<string, FeatureCollection>): Promise<void> {
    this.state.origin = lonLat;
    this.layers = layers;
    return this.refreshPoint();
  }

  /** Recomputes the point catchment when its inputs changed (scenario, toggles). */
  refreshPoint(): Promise<void> {
    const s = this.state;
    const inputs = s.pointInputs;
    if (!inputs) return Promise.resolve();
    const key = routeKey(inputs);
    if (this.pointKey === key) return Promise.resolve();
    this.pointKey = key;
    return this.guard(key, async (client) => {
      const p = await client.point(inputs, { layers: this.layers, onProgress: (phase, fraction) => this.progress(key, phase, fraction) });
      const now = s.pointInputs;
      if (!now || routeKey(p.inputs) !== routeKey(now)) {
        if (this.pointKey === key) this.pointKey = null;
        void this.refreshPoint();
        return;
      }
      s.pointReply = p;
    });
  }

  dispose(): void {
    this.client?.terminate();
    this.client = null;
    this.ready = null;
  }

  private progress(key: string, phase: string, fraction: number): void {
    if (key === this.circleKey || key === this.pointKey) this.state.progress = { phase, fraction };
  }

  private async guard(key: string | null, fn: (client: TravelClient) => Promise<void>): Promise<void> {
    try {
      this.state.error = null;
      await fn(await this.shared());
    } catch (e) {
      if (e instanceof CancelledError) return;
      if (key !== null && this.circleKey === key) this.circleKey = null;
      if (key !== null && this.pointKey === key) this.pointKey = null;
      this.state.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (key === null || key === this.circleKey || key === this.pointKey) this.state.progress = null;
    }
  }
}
