/// <reference lib="webworker" />
/** Web Worker that parses imported files off the main thread; protocol in worker-protocol.ts. */
import { handleImportRequest, type ImportRequest } from '../../core/import/worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ImportRequest>) => {
  if (e.data?.type === 'import') handleImportRequest(e.data, (reply) => scope.postMessage(reply));
};
