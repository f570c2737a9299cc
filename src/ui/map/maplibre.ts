/**
 * The one place the app imports MapLibre through: hands the bundled worker to MapLibre (without
 * it the map never reaches `idle` after a Vite build) and re-exports what the app uses.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
// Start MapLibre's workers now, while the app fetches its data, not when the map is created.
prewarm();

export { Map, AttributionControl, NavigationControl, ScaleControl, Popup } from 'maplibre-gl';
export type { MapGeoJSONFeature, MapMouseEvent, GeoJSONSource, StyleSpecification, LngLatLike } from 'maplibre-gl';
