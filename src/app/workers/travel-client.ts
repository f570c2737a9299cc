/**
 * Promise-based client of the travel worker. Requests go in channels (default: the request's
 * kind): a new request in a channel cancels the previous one of that channel (its promise
 * rejects with `CancelledError`), so the panel and the site report share one worker without
 * cancelling each other. Replies echo their inputs; callers still check them against their
 * current state (see TravelController), because a reply can be overtaken between post and paint.
 * Usage: `const client = new TravelClient(createTravelWorker()); await client.init(data);`
 */
import type { EngineData, GridKind } from '../../core/travel/engine';
import type { CircleInputs, PointInputs, RequestKind, ResultByKind, TravelRequest, TravelResponse } from '../../core/travel/protocol';

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

interface Pending { channel: string; resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: ProgressFn }

/** Spawns the module worker (Vite bundles it from this URL). */
export function createTravelWorker(): Worker {
  return new Worker(new URL('./travel.worker.ts', import.meta.url), { type: 'module' });
}

export class TravelClient {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private inFlight = new Map<string, number>();

  constructor(private worker: WorkerLike) {
    worker.addEventListener('message', (e) => this.receive(e.data));
  }

  init(data: EngineData, onProgress?: ProgressFn): Promise<ResultByKind['init']> {
    return this.send('init', 'init', { data }, onProgress);
  }
  /** One circle with (optionally) its 2019 baseline and the difference, all from one request. */
  circle(inputs: CircleInputs, options: { withBaseline?: boolean; onProgress?: ProgressFn; channel?: string } = {}): Promise<ResultByKind['circle']> {
    return this.send('circle', options.channel ?? 'circle', { inputs, withBaseline: options.withBaseline ?? false }, options.onProgress);
  }
  /** Rings from a clicked point, standard catchment circles, what lies inside and population. */
  point(inputs: PointInputs, options: { layers?: Record<string, GeoJSON.FeatureCollection>; grid?: GridKind; onProgress?: ProgressFn; channel?: string } = {}): Promise<ResultByKind['point']> {
    return this.send('point', options.channel ?? 'point', { inputs, layers: options.layers, grid: options.grid }, options.onProgress);
  }
  /** Re-draws the rings (and coverage) of the last circle grid at new cut-offs (no routing), minutes. */
  recontour(cutoffsMinutes: number[]): Promise<ResultByKind['recontour']> {
    return this.send('recontour', 'recontour', { cutoffsMinutes });
  }
  terminate(): void {
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.worker.terminate();
  }

  private send<K extends Exclude<RequestKind, 'cancel'>>(kind: K, channel: string, body: Omit<Extract<TravelRequest, { kind: K }>, 'id' | 'kind' | 'channel'>, onProgress?: ProgressFn): Promise<ResultByKind[K]> {
    const id = this.nextId++;
    const previous = this.inFlight.get(channel);
    if (previous !== undefined && kind !== 'init') {
      this.worker.postMessage({ id: this.nextId++, kind: 'cancel', channel, cancelId: previous });
      this.settle(previous)?.reject(new CancelledError());
    }
    this.inFlight.set(channel, id);
    return new Promise<ResultByKind[K]>((resolve, reject) => {
      this.pending.set(id, { channel, resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker.postMessage({ ...body, id, kind, channel } as unknown as TravelRequest);
    });
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (p && this.inFlight.get(p.channel) === id) this.inFlight.delete(p.channel);
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
