/**
 * Areas and lengths, geodesic on the WGS-84 sphere as Turf computes them (`@turf/area` uses the
 * spherical excess on a sphere of radius 6 378 137 m; good to ~0.5 % for county-sized polygons;
 * `length` is haversine on a sphere of radius 6 371 008.8 m): of features (km, km²), of drawn
 * positions (m, m²), and formatted with units in Chinese or English for the measure/draw tool.
 */
import { area, difference, featureCollection, intersect, length, lineString, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Geometry, Position } from 'geojson';
import { fmt, type Lang } from '../i18n/i18n';

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

/** Geodesic length of a polyline, metres (Turf `length`). */
export function lineLengthM(coords: Position[]): number {
  if (coords.length < 2) return 0;
  return length(lineString(coords), { units: 'kilometers' }) * 1000;
}

/** Geodesic area of a polygon given as rings (the first ring outer, closed or not), m² (Turf `area`). */
export function polygonAreaM2(rings: Position[][]): number {
  const closed = rings.map(close).filter((r) => r.length >= 4);
  if (closed.length === 0) return 0;
  return area(polygon(closed));
}

/** Perimeter of a polygon's outer ring, metres. */
export function perimeterM(rings: Position[][]): number {
  return rings.length ? lineLengthM(close(rings[0])) : 0;
}

/** "850 m" / "12.3 km" ("850 米" / "12.3 公里"). */
export function formatLength(m: number, lang: Lang): string {
  if (m < 1000) return `${fmt(m, lang, 0)} ${lang === 'zh' ? '米' : 'm'}`;
  return `${fmt(m / 1000, lang, m < 10_000 ? 2 : 1)} ${lang === 'zh' ? '公里' : 'km'}`;
}

/** "950 m²" below 1 ha, "12.5 ha" below 1 km², else "3.42 km²" (平方米 / 公顷 / 平方公里). */
export function formatArea(m2: number, lang: Lang): string {
  if (m2 < 10_000) return `${fmt(m2, lang, 0)} ${lang === 'zh' ? '平方米' : 'm²'}`;
  if (m2 < 1e6) return `${fmt(m2 / 1e4, lang, 2)} ${lang === 'zh' ? '公顷' : 'ha'}`;
  return `${fmt(m2 / 1e6, lang, m2 < 1e8 ? 2 : 1)} ${lang === 'zh' ? '平方公里' : 'km²'}`;
}

function close(r: Position[]): Position[] {
  if (r.length === 0) return r;
  const [a, b] = [r[0], r[r.length - 1]];
  return a[0] === b[0] && a[1] === b[1] ? r : [...r, a];
}
