/**
 * Promise-based client of the travel worker. One request in flight per kind: a new request of
 * the same kind cancels the previous one (its promise rejects with `CancelledError`).
 * Usage: `const client = new TravelClient(createTravelWorker()); await client.init(data);`
 */
import type { EngineData } from './engine';
import type { RingRef } from './circles';
import type { ProjectToggles, Scenario } from './graph';
import type { RequestKind, ResultByKind, ScenarioChoice, TravelRequest, TravelResponse } from './protocol';
import type { LonLat } from './travel-grid';

/** The part of `Worker` the client uses (so tests can pass an in-process stand-in). */
export interface WorkerLike {
  postMessage(msg: TravelRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', fn: (e: { data: TravelResponse }) => void): void;
  terminate(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'CancelledError';
  }
}

export type ProgressFn = (phase: string, fraction: number) => void;

interface Pending { kind: RequestKind; resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: ProgressFn }

/** Spawns the module worker (Vite bundles it from this URL). */
export function createTravelWorker(): Worker {
  return new Worker(new URL('./travel.worker.ts', import.meta.url), { type: 'module' });
}

export class TravelClient {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private inFlight = new Map<RequestKind, number>();

  constructor(private worker: WorkerLike) {
    worker.addEventListener('message', (e) => this.receive(e.data));
  }

  init(data: EngineData, onProgress?: ProgressFn): Promise<ResultByKind['init']> {
    return this.send('init', { data }, onProgress);
  }
  /** Rings, seat/target table and coverage of one of the plan's circles. */
  circle(ref: RingRef, scenario: Scenario, toggles?: ProjectToggles, onProgress?: ProgressFn, cutoffsMinutes?: number[]): Promise<ResultByKind['circle']> {
    return this.send('circle', { ref, scenario, toggles, cutoffsMinutes }, onProgress);
  }
  /** Rings from a clicked point, standard catchment circles, what lies inside and population. */
  point(lonLat: LonLat, scenario: Scenario, options: { toggles?: ProjectToggles; layers?: Record<string, GeoJSON.FeatureCollection>; cutoffsMinutes?: number[] } = {}, onProgress?: ProgressFn): Promise<ResultByKind['point']> {
    return this.send('point', { lonLat, scenario, ...options }, onProgress);
  }
  /** Re-draws the rings of the last circle/point grid at new cut-offs (no routing), minutes. */
  recontour(target: 'circle' | 'point', cutoffsMinutes: number[]): Promise<ResultByKind['recontour']> {
    return this.send('recontour', { target, cutoffsMinutes });
  }
  /** Minutes saved and area gained within the cut-off from `before` to `after`. */
  compare(ref: RingRef, before: ScenarioChoice, after: ScenarioChoice, cutoffMinutes = 60, onProgress?: ProgressFn): Promise<ResultByKind['compare']> {
    return this.send('compare', { ref, before, after, cutoffMinutes }, onProgress);
  }
  terminate(): void {
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.worker.terminate();
  }

  private send<K extends Exclude<RequestKind, 'cancel'>>(kind: K, body: Omit<Extract<TravelRequest, { kind: K }>, 'id' | 'kind'>, onProgress?: ProgressFn): Promise<ResultByKind[K]> {
    const id = this.nextId++;
    const previous = this.inFlight.get(kind);
    if (previous !== undefined && kind !== 'init') {
      this.worker.postMessage({ id: this.nextId++, kind: 'cancel', cancelId: previous });
      this.settle(previous)?.reject(new CancelledError());
    }
    this.inFlight.set(kind, id);
    return new Promise<ResultByKind[K]>((resolve, reject) => {
      this.pending.set(id, { kind, resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker.postMessage({ ...body, id, kind } as unknown as TravelRequest);
    });
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (p && this.inFlight.get(p.kind) === id) this.inFlight.delete(p.kind);
    return p;
  }

  private receive(msg: TravelResponse): void {
    if (msg.type === 'progress') return this.pending.get(msg.id)?.onProgress?.(msg.phase, msg.fraction);
    const p = this.settle(msg.id);
    if (!p) return; // already cancelled on this side
    if (msg.type === 'result') p.resolve(msg.result);
    else if (msg.type === 'cancelled') p.reject(new CancelledError());
    else p.reject(new Error(msg.message));
  }
}
