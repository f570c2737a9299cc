/**
 * Engine context: the loaded data (network, sea, counties, census, plan positions) plus caches
 * of scenario graphs and land models per grid. Pure: no DOM, no MapLibre; used by the worker,
 * the tests and the benchmark alike.
 */
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { datumFromLabel, toWgs84 } from '../geo/datum';
import { CELL_M, DEFAULT_ACCESS } from './assumptions';
import { countyInfos, rasteriseCounties, type CountyInfo } from './coverage';
import { buildGraph, type Graph, type ProjectToggles, type Scenario } from './graph';
import { buildFriction, type Dem } from './friction';
import { buildLandModel, makeGrid, type BBox, type LandModel } from './grid';
import { accessSurface, type AccessSurface, type LonLat } from './travel-grid';

export interface PlanSite { name_zh: string; name_en?: string; lon: number; lat: number; datum?: string }
export interface PlanPositions {
  countySeats: Array<PlanSite & { adcode: string }>;
  features: Record<string, { sites: PlanSite[] }>;
}
export interface EngineData {
  network: FeatureCollection;
  sea: FeatureCollection | Feature<Polygon | MultiPolygon>;
  counties: FeatureCollection;
  census: { counties: Array<{ adcode: string; population: number | null }> };
  positions: PlanPositions;
  /** geodata/base/dem.json (slope of the friction surface); flat ground when absent. */
  dem?: Dem | null;
  /** geodata/base/townships.geojson (urban mask of the friction surface); all rural when absent. */
  towns?: FeatureCollection | null;
}

export type GridKind = 'metro' | 'urban';

/** Adcodes of the urban core (鹿城, 龙湾, 瓯海). */
export const URBAN_CORE_ADCODES = ['330302', '330303', '330304'];

export interface Site { name_zh: string; name_en: string; lonLat: LonLat }

export interface GridModel extends LandModel { countyOf: Int32Array; kind: GridKind }

export interface Engine {
  data: EngineData;
  counties: CountyInfo[];
  graph(scenario: Scenario, toggles?: ProjectToggles): Graph;
  model(kind: GridKind): GridModel;
  /** Friction surface of a grid with its cache of access fields (scenario-independent). */
  surface(kind: GridKind): AccessSurface;
  bbox(kind: GridKind): BBox;
  /** A plan-positions site list in WGS-84. */
  sites(featureKey: string): Site[];
  seats(): Array<Site & { adcode: string }>;
}

/** Creates the engine context; graphs and grids are built lazily and cached. */
export function createEngine(data: EngineData, cellM: { metro: number; urban: number } = CELL_M): Engine {
  const counties = countyInfos(data.counties, data.census);
  const seaGeoms = ('features' in data.sea ? data.sea.features : [data.sea]).map((f) => f.geometry as Polygon | MultiPolygon);
  const graphs = new Map<string, Graph>();
  const models = new Map<GridKind, GridModel>();
  const surfaces = new Map<GridKind, AccessSurface>();
  const site = (s: PlanSite): Site => {
    const [lon, lat] = toWgs84([s.lon, s.lat], datumFromLabel(s.datum));
    return { name_zh: s.name_zh, name_en: s.name_en ?? s.name_zh, lonLat: [lon, lat] };
  };
  const engine: Engine = {
    data,
    counties,
    graph(scenario, toggles = {}) {
      const key = JSON.stringify([scenario, [...(toggles.add ?? [])].sort(), [...(toggles.remove ?? [])].sort()]);
      let g = graphs.get(key);
      if (!g) graphs.set(key, (g = buildGraph(data.network, scenario, toggles)));
      return g;
    },
    bbox(kind) {
      if (kind === 'metro') return pad(turfBbox(data.counties) as BBox, 0.05);
      const core = { type: 'FeatureCollection' as const, features: data.counties.features.filter((f) => URBAN_CORE_ADCODES.includes(String(f.properties?.adcode))) };
      const b = turfBbox(core) as BBox;
      for (const s of [...engine.sites('main-centre-north'), ...engine.sites('main-centre-south')]) b.splice(0, 4, Math.min(b[0], s.lonLat[0]), Math.min(b[1], s.lonLat[1]), Math.max(b[2], s.lonLat[0]), Math.max(b[3], s.lonLat[1]));
      return pad(b, 0.02);
    },
    model(kind) {
      let m = models.get(kind);
      if (!m) {
        const land = buildLandModel(makeGrid(engine.bbox(kind), cellM[kind]), seaGeoms);
        m = { ...land, kind, countyOf: rasteriseCounties(land, counties) };
        models.set(kind, m);
      }
      return m;
    },
    surface(kind) {
      let sf = surfaces.get(kind);
      if (!sf) {
        const model = engine.model(kind);
        surfaces.set(kind, (sf = accessSurface(model, buildFriction(model, data.dem, data.towns, DEFAULT_ACCESS), DEFAULT_ACCESS)));
      }
      return sf;
    },
    sites: (key) => (data.positions.features[key]?.sites ?? []).map(site),
    seats: () => data.positions.countySeats.map((s) => ({ ...site(s), adcode: s.adcode })),
  };
  return engine;
}

function pad(b: BBox, deg: number): BBox {
  return [b[0] - deg, b[1] - deg, b[2] + deg, b[3] + deg];
}
