/**
 * Where a plan item lies: which counties, and which structure elements (centres, belts, axes,
 * districts) it touches. Polygons and lines by Turf `booleanIntersects`; a point counts as "on" an
 * axis or a corridor within AXIS_REACH_KM (they are schematic lines), and as "near" a district
 * within DISTRICT_REACH_KM.
 */
import { distance, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';
import { safeIntersects } from '../geo/intersects';

export const AXIS_REACH_KM = 5;
export const DISTRICT_REACH_KM = 3;

export interface Relation {
  id: string;
  name_zh: string;
  name_en: string;
  layer: string;
  distanceKm?: number;
}

export interface Relations {
  counties: Relation[];
  structure: Relation[];
}

const STRUCTURE = ['regions', 'centres', 'belts', 'axes', 'corridors', 'districts'];

/** Counties and structure elements touched by the features of plan item `planRef`. */
export function relationsOf(planRef: string, plan: FeatureCollection, counties: FeatureCollection): Relations {
  const own = plan.features.filter((f) => f.properties?.planRef === planRef && f.geometry);
  return relationsOfFeatures(own, plan, counties, planRef);
}

/**
 * The same for any features (an imported or drawn site): counties they intersect and structure
 * elements within reach. `excludeRef` leaves out the item's own plan features.
 */
export function relationsOfFeatures(own: Feature[], plan: FeatureCollection, counties: FeatureCollection, excludeRef?: string): Relations {
  own = own.filter((f) => f.geometry);
  const planRef = excludeRef;
  const countyHits = counties.features.filter((c) => own.some((f) => safeIntersects(c, f)));
  const seen = new Map<string, Relation>();
  for (const other of plan.features) {
    const p = other.properties ?? {};
    if (p.planRef === planRef || !STRUCTURE.includes(String(p.layer)) || !other.geometry) continue;
    if (p.planRef === 'metro-area') continue;
    for (const f of own) {
      const d = reach(f, other);
      if (d === null) continue;
      const prev = seen.get(String(p.planRef));
      if (!prev || (prev.distanceKm ?? 0) > d) {
        seen.set(String(p.planRef), { id: String(p.planRef), name_zh: String(p.name_zh), name_en: String(p.name_en), layer: String(p.layer), ...(d > 0 ? { distanceKm: Math.round(d * 10) / 10 } : {}) });
      }
    }
  }
  return {
    counties: countyHits.map((c) => ({ id: String(c.properties?.adcode), name_zh: String(c.properties?.name_zh), name_en: String(c.properties?.name_en), layer: 'counties' })),
    structure: [...seen.values()].sort((a, b) => STRUCTURE.indexOf(a.layer) - STRUCTURE.indexOf(b.layer)),
  };
}

/** 0 when the two touch, the distance in km when within reach, null otherwise. */
function reach(f: Feature, other: Feature): number | null {
  const og = other.geometry as Geometry;
  const layer = String(other.properties?.layer);
  if (f.geometry.type === 'Point' && (og.type === 'LineString' || og.type === 'MultiLineString')) {
    const d = pointLineKm(f as Feature<Point>, other as Feature<LineString | MultiLineString>);
    return d <= AXIS_REACH_KM ? d : null;
  }
  if (og.type === 'Point' && layer === 'districts') {
    if (f.geometry.type === 'Point') {
      const d = distance(f as Feature<Point>, other as Feature<Point>, { units: 'kilometers' });
      return d <= DISTRICT_REACH_KM ? d : null;
    }
    return safeIntersects(f, other) ? 0 : null;
  }
  return safeIntersects(f, other) ? 0 : null;
}

function pointLineKm(p: Feature<Point>, line: Feature<LineString | MultiLineString>): number {
  if (line.geometry.type === 'LineString') return pointToLineDistance(p, line as Feature<LineString>, { units: 'kilometers' });
  const near = nearestPointOnLine(line, p, { units: 'kilometers' });
  return near.properties.dist ?? Infinity;
}
