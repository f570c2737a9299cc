/**
 * Main-thread side of the import: refuses files above MAX_IMPORT_BYTES before reading a byte,
 * hands the bytes to the import worker (transferred, not copied) and resolves with its
 * ImportResult. The promise always resolves; every failure is an ImportResult with `fatal`.
 */
import type { Datum } from '../geo/datum';
import { MAX_IMPORT_BYTES } from './limits';
import { message } from './messages';
import { emptyResult, importFailed as failedResult, type ImportResult } from './result';
import type { ImportReply, ImportRequest } from './worker-protocol';

/** What the client needs from a Worker (a real one, or an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A file or blob: only `size` and `arrayBuffer()` are used. */
export interface FileLike {
  size: number;
  name?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ProgressFn = (fraction: number) => void;

export interface ImportClient {
  /** Imports a dropped or picked file. */
  importFile(file: FileLike, options: { datum: Datum; name?: string }, onProgress?: ProgressFn): Promise<ImportResult>;
  /** Imports pasted text. */
  importText(text: string, options: { datum: Datum; name?: string }, onProgress?: ProgressFn): Promise<ImportResult>;
  /** Stops the worker; pending imports resolve as failed. */
  dispose(): void;
}

/** The app's worker, bundled by Vite. */
export function defaultWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Creates a client that starts its worker on first use. */
export function createImportClient(makeWorker: () => WorkerLike = defaultWorker): ImportClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: ImportResult) => void; onProgress?: ProgressFn }>();

  const failAll = (detail: string) => {
    for (const p of pending.values()) p.resolve(failedResult(detail));
    pending.clear();
  };

  const start = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (e) => {
      const reply = e.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') p.onProgress?.(reply.fraction);
      else {
        pending.delete(reply.id);
        p.resolve(reply.result);
      }
    };
    w.onerror = (e) => {
      failAll(e.message || 'worker error');
      w.terminate();
      worker = null; // the next import starts a fresh worker
    };
    return (worker = w);
  };

  const run = (bytes: ArrayBuffer, options: { datum: Datum; name: string }, onProgress?: ProgressFn) =>
    new Promise<ImportResult>((resolve) => {
      const id = nextId++;
      pending.set(id, { resolve, onProgress });
      start().postMessage({ type: 'import', id, bytes, options }, [bytes]);
    });

  return {
    async importFile(file, options, onProgress) {
      const limit = tooLarge(file.size);
      if (limit) return limit;
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (e) {
        return failedResult(String((e as Error)?.message ?? e).slice(0, 200));
      }
      return run(bytes, { datum: options.datum, name: options.name ?? file.name ?? 'file' }, onProgress);
    },
    async importText(text, options, onProgress) {
      const bytes = new TextEncoder().encode(text);
      const limit = tooLarge(bytes.byteLength);
      if (limit) return limit;
      return run(bytes.buffer as ArrayBuffer, { datum: options.datum, name: options.name ?? 'pasted text' }, onProgress);
    },
    dispose() {
      failAll('cancelled');
      worker?.terminate();
      worker = null;
    },
  };
}

function tooLarge(bytes: number): ImportResult | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return emptyResult(message('file-too-large', { bytes, limit: MAX_IMPORT_BYTES }));
}
