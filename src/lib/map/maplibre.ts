/**
 * The one place the app imports MapLibre through: hands the bundled worker to MapLibre (without
 * it the map never reaches `idle` after a Vite build) and re-exports what the app uses.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export { Map, AttributionControl, NavigationControl, ScaleControl, Popup } from 'maplibre-gl';
export type { MapGeoJSONFeature, MapMouseEvent, GeoJSONSource, StyleSpecification, LngLatLike } from 'maplibre-gl';

/** True when the browser can create a WebGL context (MapLibre needs WebGL 2 or 1). */
export function hasWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
