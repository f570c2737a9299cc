/**
 * Site report for any imported or drawn point, line or polygon: its size (Turf, geodesic), the
 * counties and plan structure it lies in or touches (relations.ts), the nearest plan projects and
 * rail stations with distances, and the fixed-radius catchment circles (catchment.ts) with what
 * falls inside them. Pure: the travel times come from the travel worker and are read off its
 * grid by `travelTimes` below.
 */
import { distance, pointOnFeature, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { lineLengthM, polygonAreaM2, perimeterM } from '../geo/measure';
import { relationsOfFeatures, type Relations } from '../plan/relations';
import { catchmentCircles, featuresInside } from '../travel/catchment';
import { cellAt, type GridSpec } from '../travel/grid';
import { safeIntersects } from '../geo/intersects';

export interface SiteReportOptions {
  /** How many projects / stations to list. */
  projects: number;
  stations: number;
  /** Plan layers whose items count as projects. */
  projectLayers: string[];
}

export const DEFAULT_REPORT_OPTIONS: SiteReportOptions = { projects: 5, stations: 3, projectLayers: ['projects', 'transport'] };

export interface ReportContext {
  plan: FeatureCollection;
  counties: FeatureCollection;
  /** Rail / metro stations (network nodes of kind 'station'). */
  stations: Feature<Point>[];
}

export interface NearItem {
  id: string;
  name_zh: string;
  name_en: string;
  layer: string;
  /** 0 when the site touches it. */
  distanceKm: number;
}

export interface CatchmentFigure {
  id: string;
  name_zh: string;
  name_en: string;
  radiusM: number;
  source: string;
  projects: number;
  stations: number;
}

export interface SiteReport {
  kind: 'point' | 'line' | 'polygon';
  /** Polygons: geodesic area (m²) and outer perimeter (m); lines: length (m). */
  areaM2?: number;
  perimeterM?: number;
  lengthM?: number;
  /** Representative point inside the site (Turf pointOnFeature): origin of catchments and travel. */
  anchor: [number, number];
  relations: Relations;
  nearestProjects: NearItem[];
  nearestStations: NearItem[];
  catchments: CatchmentFigure[];
}

/** Builds the report for one WGS-84 feature. Throws on a feature without geometry. */
export function siteReport(site: Feature, ctx: ReportContext, options: Partial<SiteReportOptions> = {}): SiteReport {
  const o = { ...DEFAULT_REPORT_OPTIONS, ...options };
  if (!site.geometry) throw new Error('site report: the feature has no geometry');
  const g = site.geometry;
  const kind = kindOf(g);
  const anchor = pointOnFeature(site).geometry.coordinates as [number, number];
  const size = measureSite(g);
  const projects = nearest(site, ctx.plan.features.filter((f) => o.projectLayers.includes(String(f.properties?.layer))), o.projects, (p) => String(p.planRef ?? p.id));
  const stations = nearest(site, ctx.stations, o.stations, (p) => String(p.id));
  const layers = { projects: { type: 'FeatureCollection' as const, features: ctx.plan.features.filter((f) => o.projectLayers.includes(String(f.properties?.layer))) }, stations: { type: 'FeatureCollection' as const, features: ctx.stations } };
  const catchments = catchmentCircles(anchor).map((c) => {
    const inside = featuresInside(c, layers);
    const s = c.properties;
    return { id: s.id, name_zh: s.name_zh, name_en: s.name_en, radiusM: s.radiusM, source: s.source, projects: new Set(inside.filter((i) => i.layer === 'projects').map((i) => i.name_zh)).size, stations: inside.filter((i) => i.layer === 'stations').length };
  });
  return { kind, ...size, anchor, relations: relationsOfFeatures([site], ctx.plan, ctx.counties), nearestProjects: projects, nearestStations: stations, catchments };
}

export interface TravelTarget {
  name_zh: string;
  name_en: string;
  lonLat: [number, number];
}

export interface TravelTime extends TravelTarget {
  minutes: number;
}

/**
 * Minutes from the site to each target, read off a travel grid computed FROM the site
 * (TravelClient.point). The engine's graph is undirected and its access legs are distances, so
 * the time from the site to a place equals the time from the place to the site up to the
 * boarding wait (counted once either way); reading the site's grid at the target's cell is
 * therefore the time to reach the target. Targets outside the grid or unreachable are left out.
 */
export function travelTimes(grid: { spec: GridSpec; minutes: Float32Array }, targets: TravelTarget[]): TravelTime[] {
  const out: TravelTime[] = [];
  for (const t of targets) {
    const i = cellAt(grid.spec, t.lonLat[0], t.lonLat[1]);
    const m = i < 0 ? NaN : grid.minutes[i];
    if (Number.isFinite(m)) out.push({ ...t, minutes: Math.round(m) });
  }
  return out;
}

/** Distance in km between a site and another feature: 0 when they touch. */
export function distanceKm(a: Feature, b: Feature): number {
  if (!a.geometry || !b.geometry) return Infinity;
  if (safeIntersects(a, b)) return 0;
  if (a.geometry.type === 'Point') return pointTo(a.geometry.coordinates, b.geometry);
  if (b.geometry.type === 'Point') return pointTo(b.geometry.coordinates, a.geometry);
  // Two extended shapes apart: the closest approach is at a vertex of one of them.
  let best = Infinity;
  for (const p of sample(positions(a.geometry))) best = Math.min(best, pointTo(p, b.geometry));
  for (const p of sample(positions(b.geometry))) best = Math.min(best, pointTo(p, a.geometry));
  return best;
}

function measureSite(g: Geometry): Pick<SiteReport, 'areaM2' | 'perimeterM' | 'lengthM'> {
  if (g.type === 'Polygon') return { areaM2: polygonAreaM2(g.coordinates), perimeterM: perimeterM(g.coordinates) };
  if (g.type === 'MultiPolygon') return { areaM2: sum(g.coordinates.map(polygonAreaM2)), perimeterM: sum(g.coordinates.map(perimeterM)) };
  if (g.type === 'LineString') return { lengthM: lineLengthM(g.coordinates) };
  if (g.type === 'MultiLineString') return { lengthM: sum(g.coordinates.map(lineLengthM)) };
  return {};
}

function kindOf(g: Geometry): SiteReport['kind'] {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'polygon';
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'line';
  if (g.type === 'GeometryCollection') return g.geometries.some((x) => kindOf(x) === 'polygon') ? 'polygon' : g.geometries.some((x) => kindOf(x) === 'line') ? 'line' : 'point';
  return 'point';
}

/** The `count` nearest features, one per key (an item drawn as several features counts once). */
function nearest(site: Feature, features: Feature[], count: number, key: (p: Record<string, unknown>) => string): NearItem[] {
  const best = new Map<string, NearItem>();
  for (const f of features) {
    if (!f.geometry) continue;
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const d = distanceKm(site, f);
    const k = key({ ...p, id: p.id ?? f.id });
    if (!Number.isFinite(d) || (best.get(k)?.distanceKm ?? Infinity) <= d) continue;
    best.set(k, { id: k, name_zh: String(p.name_zh ?? ''), name_en: String(p.name_en ?? p.name_zh ?? ''), layer: String(p.layer ?? p.kind ?? ''), distanceKm: Math.round(d * 100) / 100 });
  }
  return [...best.values()].sort((a, b) => a.distanceKm - b.distanceKm).slice(0, count);
}

/** Distance from a position to a geometry, km (0 inside a polygon). */
function pointTo(p: Position, g: Geometry): number {
  const pt = { type: 'Point' as const, coordinates: p };
  switch (g.type) {
    case 'Point':
      return distance(pt, g, { units: 'kilometers' });
    case 'MultiPoint':
      return Math.min(...g.coordinates.map((c) => distance(pt, { type: 'Point', coordinates: c }, { units: 'kilometers' })));
    case 'LineString':
      return g.coordinates.length < 2 ? Infinity : pointToLineDistance(pt, g, { units: 'kilometers' });
    case 'MultiLineString':
      return Math.min(...g.coordinates.map((c) => pointTo(p, { type: 'LineString', coordinates: c } as LineString)));
    case 'Polygon':
    case 'MultiPolygon':
      return Math.max(0, pointToPolygonDistance(pt, g as Polygon | MultiPolygon, { units: 'kilometers' }));
    case 'GeometryCollection':
      return Math.min(Infinity, ...g.geometries.map((x) => pointTo(p, x)));
  }
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

/** At most 400 evenly spaced positions: bounds the vertex-to-shape loop for big imports. */
function sample(ps: Position[]): Position[] {
  if (ps.length <= 400) return ps;
  const step = ps.length / 400;
  return Array.from({ length: 400 }, (_, i) => ps[Math.floor(i * step)]);
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
