import { describe, expect, test } from 'vitest';
import { createImportClient, type WorkerLike } from './import-client';
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
