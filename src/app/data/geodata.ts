/**
 * Loads the committed web-sized geodata. Files are bundled as hashed assets by Vite and fetched
 * from the app's own origin (relative to the page, so dist/ works from any sub-path).
 */
import type { FeatureCollection } from 'geojson';
import countiesUrl from '../../../geodata/web/counties.geojson?url';
import regionsUrl from '../../../geodata/web/regions.geojson?url';
import contextUrl from '../../../geodata/web/context.geojson?url';
import seaUrl from '../../../geodata/web/sea.geojson?url';
import { fetchJson } from './fetch-json';

export const GEODATA_URLS = { counties: countiesUrl, regions: regionsUrl, context: contextUrl, sea: seaUrl } as const;

export type GeodataName = keyof typeof GEODATA_URLS;
export type Geodata = Record<GeodataName, FeatureCollection>;

/** Fetches every basemap layer in parallel. */
export async function loadGeodata(): Promise<Geodata> {
  const names = Object.keys(GEODATA_URLS) as GeodataName[];
  const collections = await Promise.all(names.map((n) => fetchJson<FeatureCollection>(GEODATA_URLS[n])));
  return Object.fromEntries(names.map((n, i) => [n, collections[i]])) as Geodata;
}
