/**
 * The precision table of the plan's point sites (issue 9): how many Points in the plan layer sit
 * at ±0.5 / ±1 / ±3 / worse km, how many are anchored on another place, and how many stand on a
 * county-seat point (within 0.3 km of a county seat: the county governments' points in
 * plan-positions.json `countySeats`, the seat townships of the gazetteer, the network's seat nodes).
 * Printed by `npm run geodata` (build-plan) and copied into the README.
 */
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';

export interface PrecisionTable {
  points: number;
  le05: number;
  le1: number;
  le3: number;
  worse: number;
  anchored: number;
  onSeat: number;
  /** Share of points at ±1 km or better, 0–1. */
  shareLe1: number;
}

/** Counts the Point features of a plan collection against the seat points (WGS-84). */
export function precisionTable(plan: FeatureCollection, seats: Position[], seatRadiusKm = 0.3): PrecisionTable {
  const pts = plan.features.filter((f): f is Feature<Point> => f.geometry?.type === 'Point');
  const km = (f: Feature<Point>) => Number(f.properties?.precisionKm ?? Infinity);
  const t = {
    points: pts.length,
    le05: pts.filter((f) => km(f) <= 0.5).length,
    le1: pts.filter((f) => km(f) > 0.5 && km(f) <= 1).length,
    le3: pts.filter((f) => km(f) > 1 && km(f) <= 3).length,
    worse: pts.filter((f) => km(f) > 3).length,
    anchored: pts.filter((f) => f.properties?.anchor === true).length,
    onSeat: pts.filter((f) => seats.some((s) => distance(f.geometry.coordinates, s, { units: 'kilometers' }) <= seatRadiusKm)).length,
    shareLe1: 0,
  };
  t.shareLe1 = t.points ? (t.le05 + t.le1) / t.points : 0;
  return t;
}

/** The table as Markdown rows (README) or console lines. */
export function formatPrecisionTable(t: PrecisionTable): string {
  const pct = (n: number) => `${Math.round((100 * n) / Math.max(1, t.points))} %`;
  return [
    '| point sites | ±0.5 km | ±1 km | ±3 km | worse | ≤ ±1 km | anchored on another place | on a county-seat point |',
    '|---|---|---|---|---|---|---|---|',
    `| ${t.points} | ${t.le05} | ${t.le1} | ${t.le3} | ${t.worse} | ${pct(t.le05 + t.le1)} | ${t.anchored} | ${t.onSeat} |`,
  ].join('\n');
}

export interface AreaTable {
  /** Polygonal plan features (sites drawn as areas and structure areas). */
  areas: number;
  /** Drawn as the union of approximate township areas (geometryBasis "townships"). */
  townships: number;
  /** A sourced outline (county/region polygons: precision "boundary"). */
  outline: number;
  /** A river stretch drawn as its water (GSHHG shoreline: geometryBasis "water"). */
  water: number;
  /** Schematic (buffers and hulls of the structure: precision "schematic"). */
  schematic: number;
}

/** Counts the polygonal features of a plan collection by the basis of their outline. */
export function areaTable(plan: FeatureCollection): AreaTable {
  const polys = plan.features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  return {
    areas: polys.length,
    townships: polys.filter((f) => f.properties?.geometryBasis === 'townships').length,
    outline: polys.filter((f) => !f.properties?.geometryBasis && f.properties?.precision === 'boundary').length,
    water: polys.filter((f) => f.properties?.geometryBasis === 'water').length,
    schematic: polys.filter((f) => !f.properties?.geometryBasis && f.properties?.precision === 'schematic').length,
  };
}

/** The area table as Markdown rows. */
export function formatAreaTable(t: AreaTable): string {
  return [
    '| area features | township areas (approximate) | sourced outline | river water | schematic |',
    '|---|---|---|---|---|',
    `| ${t.areas} | ${t.townships} | ${t.outline} | ${t.water} | ${t.schematic} |`,
  ].join('\n');
}
