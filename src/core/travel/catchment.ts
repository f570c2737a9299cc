/**
 * Catchments of a clicked point: travel-time rings from the point (same engine, origin = the
 * point) and fixed-radius service circles by the standards' own definitions, with what falls
 * inside and a population estimate (county census density × land area inside).
 */
import { area, bbox, bboxClip, booleanIntersects, circle, difference, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DEFAULT_CUTOFFS_MINUTES } from './assumptions';
import { contourRings, type Ring } from './contours';
import type { Engine, GridKind } from './engine';
import type { ProjectToggles, Scenario } from './graph';
import { travelGrid, type LonLat, type TravelGrid } from './travel-grid';

export interface CatchmentStandard { id: string; radiusM: number; name_zh: string; name_en: string; source: string }

/** Service radii, metres. GB 50180-2018 《城市居住区规划设计标准》 defines the 15/10/5-min life circles by walking distance (800–1000 / 500 / 300 m). */
export const CATCHMENT_STANDARDS: readonly CatchmentStandard[] = [
  { id: 'life-15min', radiusM: 1000, name_zh: '15分钟生活圈(800–1000 m,取上限)', name_en: '15-min life circle (800–1000 m, outer)', source: 'GB 50180-2018' },
  { id: 'life-15min-inner', radiusM: 800, name_zh: '15分钟生活圈(800 m,下限)', name_en: '15-min life circle (800 m, inner)', source: 'GB 50180-2018' },
  { id: 'life-10min', radiusM: 500, name_zh: '10分钟生活圈(500 m)', name_en: '10-min life circle (500 m)', source: 'GB 50180-2018' },
  { id: 'life-5min', radiusM: 300, name_zh: '5分钟生活圈(300 m)', name_en: '5-min life circle (300 m)', source: 'GB 50180-2018' },
  { id: 'park-500m', radiusM: 500, name_zh: '公园服务半径 500 m', name_en: 'Park service radius 500 m', source: 'park service radius 500 m as set in issue #4 (common planning practice; exact clause not checked)' },
  { id: 'rail-800m', radiusM: 800, name_zh: '轨道站点步行范围 800 m', name_en: 'Rail station catchment 800 m', source: 'rail station walking catchment 800 m as set in issue #4 (common TOD practice; exact clause not checked)' },
];

export type CatchmentCircle = Feature<Polygon, CatchmentStandard>;

/** Turf circles (64 steps) of every standard around the point. */
export function catchmentCircles([lon, lat]: LonLat, standards: readonly CatchmentStandard[] = CATCHMENT_STANDARDS): CatchmentCircle[] {
  return standards.map((s) => circle([lon, lat], s.radiusM / 1000, { steps: 64, units: 'kilometers', properties: { ...s } }) as CatchmentCircle);
}

export interface InsideItem { layer: string; id: string; name_zh: string; name_en: string }

/** Features of each named collection that intersect the area (points, lines, polygons; Turf booleanIntersects). */
export function featuresInside(areaFeature: Feature<Polygon | MultiPolygon>, layers: Record<string, FeatureCollection>): InsideItem[] {
  const out: InsideItem[] = [];
  for (const [layer, fc] of Object.entries(layers)) {
    for (const f of fc.features) {
      if (!f.geometry || !booleanIntersects(areaFeature, f)) continue;
      const p = f.properties ?? {};
      out.push({ layer, id: String(p.id ?? f.id ?? ''), name_zh: String(p.name_zh ?? ''), name_en: String(p.name_en ?? '') });
    }
  }
  return out;
}

export interface PopulationEstimate {
  population: number;
  landAreaKm2: number;
  byCounty: Array<{ adcode: string; name_zh: string; landAreaKm2: number; densityPerKm2: number | null; population: number | null }>;
  note_en: string;
  note_zh: string;
}

/** Population inside an area: Σ over counties of (census / county land area) × land area inside (sea removed). */
export function populationInside(engine: Engine, areaFeature: Feature<Polygon | MultiPolygon>): PopulationEstimate {
  const sea = engine.data.sea;
  const seaFeature = ('features' in sea ? sea.features[0] : sea) as Feature<Polygon | MultiPolygon>;
  const box = bbox(areaFeature);
  const overlaps = (b: number[]) => b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
  // Clip the big polygons to the area's bbox first: the overlay then only sees nearby vertices.
  const seaNear = seaFeature ? clipToBox(seaFeature.geometry, box) : null;
  const byCounty: PopulationEstimate['byCounty'] = [];
  for (const c of engine.counties) {
    if (!overlaps(bbox(c.geometry)) || !clipToBox(c.geometry, box)) continue;
    const inCounty = intersect(featureCollection([areaFeature, clipToBox(c.geometry, box)!]));
    if (!inCounty) continue;
    const onLand = seaNear ? difference(featureCollection([inCounty, seaNear])) : inCounty;
    const landAreaKm2 = onLand ? area(onLand) / 1e6 : 0;
    const densityPerKm2 = c.population === null ? null : c.population / c.landAreaKm2;
    byCounty.push({ adcode: c.adcode, name_zh: c.name_zh, landAreaKm2, densityPerKm2, population: densityPerKm2 === null ? null : Math.round(densityPerKm2 * landAreaKm2) });
  }
  const missing = byCounty.filter((b) => b.population === null).map((b) => b.name_zh);
  return {
    population: byCounty.reduce((s, b) => s + (b.population ?? 0), 0),
    landAreaKm2: byCounty.reduce((s, b) => s + b.landAreaKm2, 0),
    byCounty,
    note_en: `County census density (2020) × land area inside, uniform within a county.${missing.length ? ` No census figure for ${missing.join(', ')}: not counted.` : ''}`,
    note_zh: `按县人口密度(2020 普查)× 范围内陆地面积估算,县内均匀分布。${missing.length ? `${missing.join('、')} 无普查数,未计入。` : ''}`,
  };
}

export interface PointTravel { origin: LonLat; rings: Ring[]; grid: TravelGrid }

/** Travel-time rings from a clicked point (default: metro grid, 15/30/45/60 min). */
export function pointTravel(engine: Engine, origin: LonLat, scenario: Scenario, toggles: ProjectToggles = {}, options: { grid?: GridKind; cutoffsMinutes?: number[] } = {}): PointTravel {
  const surface = engine.surface(options.grid ?? 'metro');
  const model = surface.model;
  const grid = travelGrid(engine.graph(scenario, toggles), surface, [origin]);
  return { origin, rings: contourRings(model, grid.minutes, options.cutoffsMinutes ?? DEFAULT_CUTOFFS_MINUTES), grid };
}

/** bboxClip without the degenerate rings it leaves behind; null when nothing is left. */
function clipToBox(geometry: Polygon | MultiPolygon, box: number[]): Feature<MultiPolygon> | null {
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, box as [number, number, number, number]).geometry as Polygon | MultiPolygon;
  const polys = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
    .map((p) => p.filter((ring) => ring.length >= 4))
    .filter((p) => p.length > 0);
  return polys.length ? { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } } : null;
}
