/**
 * Areas and lengths, geodesic on the WGS-84 sphere as Turf computes them (`@turf/area` uses the
 * spherical excess on a sphere of radius 6 378 137 m; good to ~0.5 % for county-sized polygons).
 */
import { area, difference, featureCollection, intersect, length } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Geometry } from 'geojson';

export type Areal = Feature<Polygon | MultiPolygon>;

/** Area of a polygon feature or geometry in km². */
export function areaKm2(f: Areal | Polygon | MultiPolygon): number {
  return area(f as Feature<Polygon>) / 1e6;
}

/** Length of a line feature in km (geodesic, haversine). */
export function lengthKm(f: Feature<Geometry> | Geometry): number {
  const feature: Feature = 'type' in f && f.type === 'Feature' ? (f as Feature) : { type: 'Feature', properties: {}, geometry: f as Geometry };
  return length(feature as Feature<never>, { units: 'kilometers' });
}

/** Intersection of two areal features, or null when they do not overlap. */
export function clip(a: Areal, b: Areal): Areal | null {
  return intersect(featureCollection([a, b])) as Areal | null;
}

/** `a` minus `b`, or null when nothing is left. */
export function subtract(a: Areal, b: Areal): Areal | null {
  return difference(featureCollection([a, b])) as Areal | null;
}

/** Area (km²) of `region` that lies on land, given a land mask. */
export function landAreaKm2(region: Areal, land: Areal): number {
  const onLand = clip(region, land);
  return onLand ? areaKm2(onLand) : 0;
}
