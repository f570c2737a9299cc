/**
 * Messages between the import client (main thread) and the import worker, and the worker's pure
 * request handler (testable in Node without a Worker).
 *
 *   main → worker  { type: 'import', id, bytes: ArrayBuffer (transferred), options: { datum, name } }
 *   worker → main  { type: 'progress', id, fraction }   0…1, at parse start/end, per 1000 features
 *                                                      and at least once a second while features
 *                                                      are imported (the client's watchdog listens)
 *                  { type: 'result', id, result }       always sent once; failures are result.fatal
 */
import type { Datum } from '../geo/datum';
import { parseGeoJsonBytes } from './parse';
import { importFailed, type ImportResult } from './result';

export interface ImportRequest {
  type: 'import';
  id: number;
  bytes: ArrayBuffer;
  options: { datum: Datum; name: string };
}

export type ImportReply =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; result: ImportResult };

/** Longest gap between progress messages while the parser reports, ms (well under IMPORT_WATCHDOG_MS). */
const HEARTBEAT_MS = 1000;

/** Runs one import request, posting progress and exactly one result (never throws). */
export function handleImportRequest(req: ImportRequest, post: (reply: ImportReply) => void): void {
  const { id } = req;
  let last = -1;
  let lastAt = 0;
  const onProgress = (fraction: number) => {
    // At most ~100 messages by progress, plus one a second as a heartbeat.
    if (fraction - last < 0.01 && fraction < 1 && Date.now() - lastAt < HEARTBEAT_MS) return;
    last = fraction;
    lastAt = Date.now();
    post({ type: 'progress', id, fraction });
  };
  let result: ImportResult;
  try {
    result = parseGeoJsonBytes(req.bytes, { ...req.options, onProgress });
  } catch (e) {
    // Out of memory or a bug: report it instead of leaving the UI waiting.
    result = importFailed(String((e as Error)?.message ?? e));
  }
  post({ type: 'result', id, result });
}
