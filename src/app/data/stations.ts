/** Rail and metro stations for the site report: network nodes of kind 'station' (geodata/network). */
import type { Feature, FeatureCollection, Point } from 'geojson';
import networkUrl from '../../../geodata/network/network.geojson?url';
import { fetchJson } from './fetch-json';

let cached: Promise<Feature<Point>[]> | null = null;

/** Fetched once from the app's own origin. */
export function loadStations(): Promise<Feature<Point>[]> {
  cached ??= fetchJson<FeatureCollection>(networkUrl)
    .then((fc) => stationsOf(fc))
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}

/** The station nodes of a network collection. */
export function stationsOf(network: FeatureCollection): Feature<Point>[] {
  return network.features.filter((f): f is Feature<Point> => f.geometry?.type === 'Point' && f.properties?.kind === 'station');
}
