/**
 * Numbers for the measure/draw tool: geodesic length of a line and area of a polygon, exactly as
 * Turf computes them (`length`: haversine on a sphere of radius 6 371 008.8 m; `area`: spherical
 * excess on radius 6 378 137 m), formatted with units in Chinese or English.
 */
import { area, length, lineString, polygon } from '@turf/turf';
import type { Position } from 'geojson';

export type MeasureLang = 'zh' | 'en';

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
export function formatLength(m: number, lang: MeasureLang): string {
  if (m < 1000) return `${num(m, lang, 0)} ${lang === 'zh' ? '米' : 'm'}`;
  return `${num(m / 1000, lang, m < 10_000 ? 2 : 1)} ${lang === 'zh' ? '公里' : 'km'}`;
}

/** "950 m²" below 1 ha, "12.5 ha" below 1 km², else "3.42 km²" (平方米 / 公顷 / 平方公里). */
export function formatArea(m2: number, lang: MeasureLang): string {
  if (m2 < 10_000) return `${num(m2, lang, 0)} ${lang === 'zh' ? '平方米' : 'm²'}`;
  if (m2 < 1e6) return `${num(m2 / 1e4, lang, 2)} ${lang === 'zh' ? '公顷' : 'ha'}`;
  return `${num(m2 / 1e6, lang, m2 < 1e8 ? 2 : 1)} ${lang === 'zh' ? '平方公里' : 'km²'}`;
}

function num(n: number, lang: MeasureLang, decimals: number): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function close(r: Position[]): Position[] {
  if (r.length === 0) return r;
  const [a, b] = [r[0], r[r.length - 1]];
  return a[0] === b[0] && a[1] === b[1] ? r : [...r, a];
}
