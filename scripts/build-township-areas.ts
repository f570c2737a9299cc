/**
 * Writes geodata/base/township-areas.geojson: approximate township areas (NOT official boundaries),
 * the Voronoi cells of each county's gazetteer township points clipped to the county and to land
 * (rules in scripts/lib/township-areas.ts). Run by `npm run geodata` (build-plan imports it, after
 * build-geodata has written the counties and the sea), or alone: `npx tsx scripts/build-township-areas.ts`.
 */
import { featureCollection } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { pathToFileURL } from 'node:url';
import type { Areal } from '../src/core/geo/measure';
import { fromRoot, readJson, writeGeoJson } from './lib/io';
import { roundGeometry } from './lib/round';
import { TOWNSHIP_AREA_METHOD, TOWNSHIP_AREA_SOURCE, townshipAreas } from './lib/township-areas';

export const TOWNSHIP_AREAS_PATH = fromRoot('geodata/base/township-areas.geojson');

export function buildTownshipAreas() {
  const towns = readJson<FeatureCollection<Point, Record<string, unknown>>>(fromRoot('geodata/base/townships.geojson'));
  const counties = readJson<FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>>(fromRoot('geodata/admin/counties.geojson'));
  const sea = readJson<FeatureCollection<MultiPolygon>>(fromRoot('geodata/base/sea.geojson')).features[0] as Areal;
  const cells = townshipAreas(towns, counties, sea).map((f) => ({ ...f, geometry: roundGeometry(f.geometry, 5) }));
  writeGeoJson(TOWNSHIP_AREAS_PATH, featureCollection(cells) as FeatureCollection, {
    name: 'township areas (approximate, not official boundaries)', crs_note: 'WGS-84 (EPSG:4326) [lon, lat]',
    generator: 'scripts/build-township-areas.ts', precision: 'approximate', method: TOWNSHIP_AREA_METHOD, source: TOWNSHIP_AREA_SOURCE,
  });
  const merged = cells.filter((c) => c.properties.merged);
  console.log(`township areas: ${cells.length} cells for ${cells.reduce((n, c) => n + c.properties.townships.length, 0)} townships; merged (shared position): ${merged.map((c) => c.properties.name_zh).join(' | ')}`);
  return cells;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildTownshipAreas();
