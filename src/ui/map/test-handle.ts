/**
 * The one handle the end-to-end tests read (tests/e2e: `window.__app.map`, `window.__app.app`),
 * typed here so that no test casts `window`. MapView sets it when it creates the map.
 */
import type { Map } from 'maplibre-gl';
import type { AppState } from '../../app/state/app.svelte';
import type { FirstPaint } from './first-paint';

export interface TestHandle {
  map: Map;
  app: AppState;
  /** How the first frame was held back (first-paint.ts); the load benchmark reads it too. */
  firstPaint?: FirstPaint;
}

declare global {
  interface Window {
    /** Set by MapView once the map exists (before that, undefined: wait for `data-map-state`). */
    __app: TestHandle;
  }
}

/** Hands the map and the app state to the end-to-end tests. */
export function exposeForTests(handle: TestHandle): void {
  window.__app = handle;
}
