/**
 * Main-thread side of the import: refuses files above MAX_IMPORT_BYTES before reading a byte,
 * hands the bytes to the import worker (transferred, not copied) and resolves with its
 * ImportResult. The promise always resolves; every failure is an ImportResult with `fatal`.
 *
 * A watchdog ends a worker that has sent nothing for IMPORT_WATCHDOG_MS (it reports progress at
 * least once a second while it works): pending imports then resolve with 'import-timeout', which
 * the panel shows in both languages with a retry button, and the next import starts a fresh worker.
 * Nothing on the map depends on the worker, so ending it changes nothing there.
 */
import type { Datum } from '../../core/geo/datum';
import { IMPORT_WATCHDOG_MS, MAX_IMPORT_BYTES } from '../../core/import/limits';
import { message } from '../../core/import/messages';
import { emptyResult, importFailed as failedResult, type ImportResult } from '../../core/import/result';
import type { ImportReply, ImportRequest } from '../../core/import/worker-protocol';

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

export interface ImportClientOptions {
  /** Silence from the worker after which it is ended, ms (default IMPORT_WATCHDOG_MS). */
  watchdogMs?: number;
}

/** Creates a client that starts its worker on first use. */
export function createImportClient(makeWorker: () => WorkerLike = defaultWorker, { watchdogMs = IMPORT_WATCHDOG_MS }: ImportClientOptions = {}): ImportClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: ImportResult) => void; onProgress?: ProgressFn }>();
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  /** Resolves every pending import with `result` and ends the worker; the next import starts a fresh one. */
  const stop = (result: () => ImportResult) => {
    clearTimeout(watchdog);
    for (const p of pending.values()) p.resolve(result());
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  /** (Re)arms the watchdog while an import is pending: called whenever the worker is given or sends something. */
  const watch = () => {
    clearTimeout(watchdog);
    if (pending.size > 0) watchdog = setTimeout(() => stop(() => timedOut(watchdogMs)), watchdogMs);
  };

  const start = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (e) => {
      if (w !== worker) return; // a reply from a worker already ended
      const reply = e.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === 'progress') p.onProgress?.(reply.fraction);
      else {
        pending.delete(reply.id);
        p.resolve(reply.result);
      }
      watch();
    };
    w.onerror = (e) => {
      if (w === worker) stop(() => failedResult(e.message || 'worker error'));
    };
    return (worker = w);
  };

  const run = (bytes: ArrayBuffer, options: { datum: Datum; name: string }, onProgress?: ProgressFn) =>
    new Promise<ImportResult>((resolve) => {
      const id = nextId++;
      pending.set(id, { resolve, onProgress });
      try {
        start().postMessage({ type: 'import', id, bytes, options }, [bytes]);
      } catch (e) {
        // No worker could be started (e.g. blocked by the browser): a result, not a rejection.
        pending.delete(id);
        resolve(failedResult(String((e as Error)?.message ?? e)));
        return;
      }
      watch();
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
      stop(() => failedResult('cancelled'));
    },
  };
}

function timedOut(ms: number): ImportResult {
  return emptyResult(message('import-timeout', { seconds: Math.round(ms / 100) / 10 }));
}

function tooLarge(bytes: number): ImportResult | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return emptyResult(message('file-too-large', { bytes, limit: MAX_IMPORT_BYTES }));
}
