/// <reference lib="webworker" />
/** Web Worker wrapping the travel engine; all logic is in TravelService. */
import type { TravelRequest, TravelResponse } from '../../core/travel/protocol';
import { TravelService } from '../../core/travel/travel-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = new TravelService((msg: TravelResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer));
scope.onmessage = (e: MessageEvent<TravelRequest>) => void service.handle(e.data);
