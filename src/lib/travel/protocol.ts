/** Messages between the UI thread (travel-client) and the travel worker (travel-service). */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { CatchmentCircle, InsideItem, PopulationEstimate } from './catchment';
import type { CircleInterpretation, RingRef, TargetRow } from './circles';
import type { Ring } from './contours';
import type { Coverage } from './coverage';
import type { EngineData, GridKind } from './engine';
import type { ProjectToggles, Scenario } from './graph';
import type { GridSpec } from './grid';
import type { LonLat } from './travel-grid';

export interface ScenarioChoice { scenario: Scenario; toggles?: ProjectToggles }

export type TravelRequest =
  | { id: number; kind: 'init'; data: EngineData }
  | { id: number; kind: 'circle'; ref: RingRef; scenario: Scenario; toggles?: ProjectToggles; cutoffsMinutes?: number[] }
  | { id: number; kind: 'point'; lonLat: LonLat; scenario: Scenario; toggles?: ProjectToggles; cutoffsMinutes?: number[]; grid?: GridKind; layers?: Record<string, FeatureCollection> }
  | { id: number; kind: 'recontour'; target: 'circle' | 'point'; cutoffsMinutes: number[] }
  | { id: number; kind: 'compare'; ref: RingRef; before: ScenarioChoice; after: ScenarioChoice; cutoffMinutes: number }
  | { id: number; kind: 'cancel'; cancelId: number };

export type RequestKind = TravelRequest['kind'];

export interface GridPayload { spec: GridSpec; minutes: Float32Array }

export interface CircleMessage {
  planRef: RingRef; scenario: Scenario; interpretation: CircleInterpretation; origin: { name_zh: string; name_en: string; lonLat: LonLat };
  rings: Ring[]; table: TargetRow[]; coverage: Coverage; activeEdgeIds: string[]; grid: GridPayload; elapsedMs: number;
}
export interface PointMessage {
  origin: LonLat; rings: Ring[]; circles: CatchmentCircle[];
  inside: Record<string, InsideItem[]>; population: Record<string, PopulationEstimate>; grid: GridPayload; elapsedMs: number;
}
export interface RecontourMessage { rings: Ring[]; elapsedMs: number }
export interface CompareMessage {
  ref: RingRef; gained: Feature<MultiPolygon, { minutes: number; landAreaKm2: number; kind: 'gained' }>;
  gainedLandKm2: number; lostLandKm2: number; maxSavedMinutes: number; minutesSaved: GridPayload; elapsedMs: number;
}

export interface ResultByKind { init: { ready: true }; circle: CircleMessage; point: PointMessage; recontour: RecontourMessage; compare: CompareMessage; cancel: { ok: true } }

export type TravelResponse =
  | { id: number; type: 'progress'; phase: string; fraction: number }
  | { id: number; type: 'result'; kind: RequestKind; result: ResultByKind[RequestKind] }
  | { id: number; type: 'error'; message: string }
  | { id: number; type: 'cancelled' };
