import { afterEach, describe, expect, test, vi } from 'vitest';
import { createImportClient, type WorkerLike } from '../../app/workers/import-client';
import { IMPORT_WATCHDOG_MS } from './limits';
import { handleImportRequest, type ImportReply, type ImportRequest } from './worker-protocol';

const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

function points(n: number): string {
  const f = '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[120.7,28]}}';
  return `{"type":"FeatureCollection","features":[${Array(n).fill(f).join(',')}]}`;
}

/** A Worker stand-in that runs the real handler in-process, asynchronously like a real one. */
function inProcessWorker(): WorkerLike & { transferred: Transferable[][] } {
  const w = {
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    transferred: [] as Transferable[][],
    postMessage(req: ImportRequest, transfer: Transferable[]) {
      w.transferred.push(transfer);
      setTimeout(() => handleImportRequest(req, (reply) => w.onmessage?.({ data: reply } as MessageEvent<ImportReply>)));
    },
    terminate() {},
  };
  return w;
}

describe('handleImportRequest', () => {
  test('posts progress, then exactly one result', () => {
    const replies: ImportReply[] = [];
    handleImportRequest({ type: 'import', id: 7, bytes: bytes(points(5000)), options: { datum: 'WGS84', name: 'p' } }, (r) => replies.push(r));
    const results = replies.filter((r) => r.type === 'result');
    expect(results.length).toBe(1);
    expect(replies.at(-1)).toMatchObject({ type: 'result', id: 7, result: { ok: true, stats: { features: 5000 } } });
    const fractions = replies.flatMap((r) => (r.type === 'progress' ? [r.fraction] : []));
    expect(fractions.length).toBeGreaterThan(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  test('reports bad input as a result, not an exception', () => {
    const replies: ImportReply[] = [];
    handleImportRequest({ type: 'import', id: 1, bytes: bytes('{"a":'), options: { datum: 'WGS84', name: 'p' } }, (r) => replies.push(r));
    expect(replies.at(-1)).toMatchObject({ type: 'result', result: { ok: false, fatal: { code: 'json-syntax' } } });
  });
});

describe('createImportClient', () => {
  test('transfers the bytes, forwards progress and resolves with the result', async () => {
    const worker = inProcessWorker();
    const client = createImportClient(() => worker);
    const progress: number[] = [];
    const file = new Blob([points(3000)]) as Blob & { name: string };
    Object.defineProperty(file, 'name', { value: 'p.geojson' });
    const r = await client.importFile(file, { datum: 'WGS84' }, (f) => progress.push(f));
    expect(r.ok).toBe(true);
    expect(r.features[0].properties!._import.file).toBe('p.geojson');
    expect(progress.at(-1)).toBe(1);
    expect(worker.transferred[0][0]).toBeInstanceOf(ArrayBuffer);
  });

  test('imports pasted text', async () => {
    const client = createImportClient(inProcessWorker);
    const r = await client.importText('{"type":"Point","coordinates":[120.7,28]}', { datum: 'WGS84' });
    expect(r.features[0].properties!._import.file).toBe('pasted text');
  });

  test('a crashed worker resolves pending imports as failed', async () => {
    let w!: WorkerLike;
    const client = createImportClient(() => {
      w = { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
      return w;
    });
    const pending = client.importText('{}', { datum: 'WGS84' });
    w.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect((await pending).fatal).toMatchObject({ code: 'import-failed' });
    expect((await pending).fatal?.en).toContain('out of memory');
  });
});

/** A worker that takes every request and never answers (a hang inside the parser). */
function silentWorker(): WorkerLike & { terminated: number; requests: number } {
  return {
    onmessage: null,
    onerror: null,
    terminated: 0,
    requests: 0,
    postMessage() {
      this.requests++;
    },
    terminate() {
      this.terminated++;
    },
  };
}

describe('the import watchdog', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test(`ends a worker silent for IMPORT_WATCHDOG_MS (${IMPORT_WATCHDOG_MS} ms) and says so in Chinese and English`, async () => {
    vi.useFakeTimers();
    const w = silentWorker();
    const client = createImportClient(() => w);
    let settled = false;
    const pending = client.importText('{"type":"Point","coordinates":[120.7,28]}', { datum: 'GCJ02' }).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(IMPORT_WATCHDOG_MS - 1);
    expect(settled).toBe(false);
    expect(w.terminated).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    const r = await pending;
    expect(w.terminated).toBe(1);
    expect(r).toMatchObject({ ok: false, features: [], fatal: { code: 'import-timeout' } });
    expect(r.fatal!.zh).toContain(`${IMPORT_WATCHDOG_MS / 1000} 秒内没有响应`);
    expect(r.fatal!.en).toContain(`did not respond within ${IMPORT_WATCHDOG_MS / 1000} s`);
    expect(r.fatal!.en).toMatch(/Retry/);
  });

  test('with a short injected time, on real timers: the next import starts a fresh worker and loads', async () => {
    const made: WorkerLike[] = [];
    const client = createImportClient(
      () => {
        const w = made.length === 0 ? silentWorker() : inProcessWorker();
        made.push(w);
        return w;
      },
      { watchdogMs: 50 },
    );
    const t0 = performance.now();
    const first = await client.importText('{"type":"Point","coordinates":[120.7,28]}', { datum: 'WGS84' });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(first.fatal?.code).toBe('import-timeout');
    expect((made[0] as ReturnType<typeof silentWorker>).terminated).toBe(1);
    const second = await client.importText('{"type":"Point","coordinates":[120.7,28]}', { datum: 'WGS84' });
    expect(made).toHaveLength(2);
    expect(second.ok).toBe(true);
  });

  test('a slow worker that keeps reporting progress is not ended', async () => {
    vi.useFakeTimers();
    let w!: WorkerLike & { terminated: number };
    const client = createImportClient(() => {
      w = { ...silentWorker(), postMessage(req: ImportRequest) {
        // Progress every half watchdog period for three periods, then the result.
        const id = req.id;
        for (let k = 1; k <= 6; k++) setTimeout(() => w.onmessage?.({ data: { type: 'progress', id, fraction: k / 7 } } as MessageEvent<ImportReply>), (k * IMPORT_WATCHDOG_MS) / 2);
        setTimeout(() => handleImportRequest(req, (reply) => w.onmessage?.({ data: reply } as MessageEvent<ImportReply>)), 3.4 * IMPORT_WATCHDOG_MS);
      } };
      return w;
    });
    const pending = client.importText('{"type":"Point","coordinates":[120.7,28]}', { datum: 'WGS84' });
    await vi.advanceTimersByTimeAsync(4 * IMPORT_WATCHDOG_MS);
    const r = await pending;
    expect(r.ok).toBe(true);
    expect(w.terminated).toBe(0);
  });

  test('a late reply from an ended worker is ignored', async () => {
    vi.useFakeTimers();
    const w = silentWorker();
    const client = createImportClient(() => w, { watchdogMs: 1000 });
    const pending = client.importText('{}', { datum: 'WGS84' });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await pending).fatal?.code).toBe('import-timeout');
    expect(() => w.onmessage?.({ data: { type: 'result', id: 1, result: {} } } as MessageEvent<ImportReply>)).not.toThrow();
  });
});
