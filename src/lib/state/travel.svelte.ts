/**
 * Travel-circle state (issue #4) and the controller that talks to the travel worker. The URL
 * and presenter modules read `ring`, `scenario` and `origin`.
 */
import type { FeatureCollection } from 'geojson';
import type { RingRef } from '../travel/circles';
import type { Scenario } from '../travel/graph';
import type { CircleMessage, CompareMessage, PointMessage } from '../travel/protocol';
import { CancelledError, TravelClient, createTravelWorker } from '../travel/travel-client';
import type { EngineData } from '../travel/engine';

export interface Progress {
  phase: string;
  fraction: number;
}

export class TravelState {
  /** Whether the travel layers are shown at all (the travel tab or a presenter chapter turns them on). */
  active = $state(false);
  ring = $state<RingRef>('ring-city');
  scenario = $state<Scenario>('plan-2022');
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
  result = $state.raw<CircleMessage | null>(null);
  baseline = $state.raw<CircleMessage | null>(null);
  difference = $state.raw<CompareMessage | null>(null);
  point = $state.raw<PointMessage | null>(null);
  recontourMs = $state<number | null>(null);

  get cutoffs(): number[] {
    const out: number[] = [];
    for (let m = 15; m <= this.maxMinutes; m += 15) out.push(m);
    return out;
  }
}

/** Owns the worker; call `run*` from effects. Superseded requests are dropped silently. */
export class TravelController {
  private client: TravelClient | null = null;
  private ready: Promise<void> | null = null;

  constructor(private state: TravelState, private load: () => Promise<EngineData>) {}

  private init(): Promise<void> {
    this.ready ??= (async () => {
      this.client = new TravelClient(createTravelWorker());
      const data = await this.load();
      await this.client.init(data, (phase, fraction) => (this.state.progress = { phase: `init:${phase}`, fraction }));
    })();
    return this.ready;
  }

  private async guard(fn: () => Promise<void>): Promise<void> {
    try {
      this.state.error = null;
      await this.init();
      await fn();
    } catch (e) {
      if (e instanceof CancelledError) return;
      this.state.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.state.progress = null;
    }
  }

  /** The chosen circle under the chosen scenario, plus the 2019 baseline for comparison. */
  runCircle(): Promise<void> {
    const s = this.state;
    const { ring, scenario } = s;
    const toggles = { add: [...s.add], remove: [...s.remove] };
    const cutoffs = s.cutoffs;
    const differs = scenario !== 'existing-2019' || toggles.add.length > 0 || toggles.remove.length > 0;
    return this.guard(async () => {
      const onProgress = (phase: string, fraction: number) => (s.progress = { phase, fraction });
      if (differs) {
        s.baseline = await this.client!.circle(ring, 'existing-2019', {}, onProgress, cutoffs);
        s.difference = await this.client!.compare(ring, { scenario: 'existing-2019' }, { scenario, toggles }, Math.max(...cutoffs), onProgress);
      } else {
        s.difference = null;
      }
      // Last, so the worker keeps this grid for the cut-off slider.
      s.result = await this.client!.circle(ring, scenario, toggles, onProgress, cutoffs);
      if (!differs) s.baseline = s.result;
    });
  }

  /** Slider: recontour the kept grid only (no routing). */
  recontour(): Promise<void> {
    const s = this.state;
    const cutoffs = s.cutoffs;
    return this.guard(async () => {
      if (!s.result) return;
      const r = await this.client!.recontour('circle', cutoffs);
      s.result = { ...s.result, rings: r.rings };
      s.recontourMs = r.elapsedMs;
    });
  }

  runPoint(lonLat: [number, number], layers: Record<string, FeatureCollection>): Promise<void> {
    const s = this.state;
    s.origin = lonLat;
    return this.guard(async () => {
      s.point = await this.client!.point(lonLat, s.scenario, { toggles: { add: [...s.add], remove: [...s.remove] }, layers, cutoffsMinutes: s.cutoffs }, (phase, fraction) => (s.progress = { phase, fraction }));
    });
  }

  dispose(): void {
    this.client?.terminate();
    this.client = null;
    this.ready = null;
  }
}
