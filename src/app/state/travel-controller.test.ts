/**
 * The race of issue 11 at the controller: replies of a fake in-process worker arrive late, out of
 * order, after their cancel, or not at all; the state must never hold (and the panel never show) a
 * circle of inputs other than the current ones, and must end on the current inputs.
 */
import { describe, expect, it } from 'vitest';
import type { PlanYear } from '../../core/plan/model';
import type { RingRef } from '../../core/travel/circles';
import type { EngineData } from '../../core/travel/engine';
import type { Scenario } from '../../core/travel/graph';
import { routeKey, type CircleBundle, type CircleInputs, type TravelRequest, type TravelResponse } from '../../core/travel/protocol';
import type { WorkerLike } from '../workers/travel-client';
import { TravelController, TravelState } from './travel.svelte';

/** Holds every request until the test answers it; answers with a bundle that echoes the request's inputs. */
class FakeWorker implements WorkerLike {
  requests: TravelRequest[] = [];
  private listeners: Array<(e: { data: TravelResponse }) => void> = [];
  postMessage(msg: TravelRequest) {
    this.requests.push(structuredClone(msg));
    if (msg.kind === 'init') this.send({ id: msg.id, type: 'result', kind: 'init', result: { ready: true } });
  }
  addEventListener(_t: 'message', fn: (e: { data: TravelResponse }) => void) {
    this.listeners.push(fn);
  }
  terminate() {}
  /** Circle requests not yet answered (including cancelled ones: their reply may still cross the cancel). */
  open(): Extract<TravelRequest, { kind: 'circle' }>[] {
    return this.requests.filter((r): r is Extract<TravelRequest, { kind: 'circle' }> => r.kind === 'circle' && !this.answered.has(r.id));
  }
  private answered = new Set<number>();
  answer(req: Extract<TravelRequest, { kind: 'circle' }>) {
    this.answered.add(req.id);
    this.send({ id: req.id, type: 'result', kind: 'circle', result: bundle(req.inputs) });
  }
  private send(msg: TravelResponse) {
    queueMicrotask(() => this.listeners.forEach((fn) => fn({ data: msg })));
  }
}

function bundle(inputs: CircleInputs): CircleBundle {
  const result = { inputs, planRef: inputs.ring, scenario: inputs.scenario } as CircleBundle['result'];
  return { inputs, result, baseline: result, difference: null, elapsedMs: 1 };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const key = (s: TravelState) => (s.result ? `${s.result.planRef}:${s.result.scenario}` : null);

function setup() {
  const time = { year: 2022 as PlanYear };
  const state = new TravelState(time);
  const worker = new FakeWorker();
  const controller = new TravelController(state, async () => ({}) as EngineData, () => worker);
  // What the map/panel would paint: the state's result after every change we make or reply we deliver.
  const painted: string[] = [];
  let last: CircleBundle | null = null;
  const watch = () => {
    const k = key(state);
    if (k) painted.push(k);
    if (state.result) expect(routeKey(state.result.inputs)).toBe(routeKey(state.inputs));
    // A newly accepted circle is always the current one (never a reply of other inputs).
    if (state.bundle !== last && state.bundle) expect(routeKey(state.bundle.inputs)).toBe(routeKey(state.inputs));
    last = state.bundle;
  };
  return { state, worker, controller, painted, watch };
}

/** Deterministic shuffle (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('TravelController: no stale circle', () => {
  it('the fast-click sequence (城区, wait; 市域 then at once 2019) ends on 市域 · 2019 whatever order the replies come in', async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const { state, worker, controller, painted, watch } = setup();
      state.ring = 'ring-urban';
      void controller.runCircle();
      await settle();
      worker.answer(worker.open()[0]);
      await settle();
      watch();
      expect(key(state)).toBe('ring-urban:plan-2022');
      state.ring = 'ring-city';
      void controller.runCircle();
      await settle();
      state.scenario = 'existing-2019';
      expect(key(state)).toBeNull(); // the 城区 circle is not shown as if it were 市域 · 2019
      void controller.runCircle();
      await settle();
      const open = worker.open();
      expect(open.map((r) => `${r.inputs.ring}:${r.inputs.scenario}`)).toEqual(['ring-city:plan-2022', 'ring-city:existing-2019']);
      for (const i of order) {
        worker.answer(open[i]);
        await settle();
        watch();
      }
      expect(key(state)).toBe('ring-city:existing-2019');
      expect(painted).not.toContain('ring-city:plan-2022');
      expect(state.scenario).toBe('existing-2019');
    }
  });

  it('a reply overtaken by a state change that sent no request yet is dropped and the current circle requested', async () => {
    const { state, worker, controller, watch } = setup();
    state.ring = 'ring-city';
    void controller.runCircle();
    await settle();
    state.scenario = 'existing-2019'; // the effect has not run yet
    worker.answer(worker.open()[0]);
    await settle();
    watch();
    expect(state.bundle).toBeNull();
    const next = worker.open();
    expect(next.map((r) => `${r.inputs.ring}:${r.inputs.scenario}`)).toEqual(['ring-city:existing-2019']);
    worker.answer(next[0]);
    await settle();
    expect(key(state)).toBe('ring-city:existing-2019');
  });

  it('120 random click/reply interleavings: only current circles are held, and it ends on the current one', async () => {
    const rings: RingRef[] = ['ring-urban', 'ring-city', 'ring-metro'];
    const scenarios: Scenario[] = ['existing-2019', 'plan-2022', 'plan-2035'];
    for (let seed = 1; seed <= 120; seed++) {
      const rand = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
      const { state, worker, controller, watch } = setup();
      for (let step = 0; step < 12; step++) {
        const r = rand();
        if (r < 0.3) state.ring = pick(rings);
        else if (r < 0.6) state.scenario = pick(scenarios);
        else if (r < 0.7) state.add = rand() < 0.5 ? ['dongtou-link'] : [];
        if (rand() < 0.8) void controller.runCircle(); // the effect usually runs, sometimes later
        await settle();
        const open = worker.open();
        if (open.length && rand() < 0.6) worker.answer(pick(open));
        await settle();
        watch();
      }
      void controller.runCircle();
      await settle();
      // Drain: answer everything still open, in a shuffled order, until nothing is asked any more.
      for (let guard = 0; worker.open().length && guard < 50; guard++) {
        const open = worker.open();
        worker.answer(open[Math.floor(rand() * open.length)]);
        await settle();
        watch();
      }
      expect(state.result, `seed ${seed}`).not.toBeNull();
      expect(routeKey(state.result!.inputs), `seed ${seed}`).toBe(routeKey(state.inputs));
    }
  });
});
