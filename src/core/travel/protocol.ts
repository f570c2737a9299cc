/**
 * Messages between the UI thread (travel-client) and the travel worker (travel-service).
 * Every request carries its full inputs and every reply echoes them, so the receiver can check a
 * reply against the *current* state and drop it when it no longer matches (issue 11: the race).
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { CatchmentCircle, InsideItem, PopulationEstimate } from './catchment';
import type { CircleInterpretation, RingRef, TargetRow } from './circles';
import type { Ring } from './contours';
import type { Coverage } from './coverage';
import type { EngineData, GridKind } from './engine';
import type { ProjectToggles, Scenario } from './graph';
import type { GridSpec } from './grid';
import type { LonLat } from './travel-grid';

/** What a circle is computed from: circle, scenario, per-project toggles and cut-offs (minutes). */
export interface CircleInputs { ring: RingRef; scenario: Scenario; add: string[]; remove: string[]; cutoffsMinutes: number[] }
/** What a clicked-point catchment is computed from. */
export interface PointInputs { lonLat: LonLat; scenario: Scenario; add: string[]; remove: string[]; cutoffsMinutes: number[] }

/** Key of everything that needs routing (cut-offs excluded: they only need a recontour). */
export function routeKey(i: CircleInputs | PointInputs): string {
  const where = 'ring' in i ? i.ring : `${i.lonLat[0].toFixed(5)},${i.lonLat[1].toFixed(5)}`;
  return `${where}|${i.scenario}|+${[...i.add].sort().join(',')}|-${[...i.remove].sort().join(',')}`;
}
/** Key of the full inputs (routing + cut-offs). */
export function inputsKey(i: CircleInputs | PointInputs): string {
  return `${routeKey(i)}|${[...i.cutoffsMinutes].sort((a, b) => a - b).join(',')}`;
}
export const togglesOf = (i: { add: string[]; remove: string[] }): ProjectToggles => ({ add: i.add, remove: i.remove });

export type TravelRequest =
  | { id: number; kind: 'init'; channel: string; data: EngineData }
  | { id: number; kind: 'circle'; channel: string; inputs: CircleInputs; withBaseline: boolean }
  | { id: number; kind: 'point'; channel: string; inputs: PointInputs; grid?: GridKind; layers?: Record<string, FeatureCollection> }
  | { id: number; kind: 'recontour'; channel: string; cutoffsMinutes: number[] }
  | { id: number; kind: 'cancel'; channel: string; cancelId: number };

export type RequestKind = TravelRequest['kind'];

export interface GridPayload { spec: GridSpec; minutes: Float32Array }

export interface CircleMessage {
  inputs: CircleInputs;
  planRef: RingRef; scenario: Scenario; interpretation: CircleInterpretation; origin: { name_zh: string; name_en: string; lonLat: LonLat };
  /** Origins of the grid (one for 城区/市域; every unit seat for 都市区). */
  origins: Array<{ name_zh: string; name_en: string; lonLat: LonLat }>;
  rings: Ring[]; table: TargetRow[]; coverage: Coverage; activeEdgeIds: string[]; grid: GridPayload; elapsedMs: number;
}
export interface CompareMessage {
  ref: RingRef; gained: Feature<MultiPolygon, { minutes: number; landAreaKm2: number; kind: 'gained' }>;
  gainedLandKm2: number; lostLandKm2: number; maxSavedMinutes: number; elapsedMs: number;
}
/** A circle with its 2019 baseline and the difference, computed together so they always agree. */
export interface CircleBundle { inputs: CircleInputs; result: CircleMessage; baseline: CircleMessage | null; difference: CompareMessage | null; elapsedMs: number }
export interface PointMessage {
  inputs: PointInputs;
  origin: LonLat; rings: Ring[]; circles: CatchmentCircle[];
  inside: Record<string, InsideItem[]>; population: Record<string, PopulationEstimate>; grid: GridPayload; elapsedMs: number;
}
/** Rings and coverage of the last circle grid at new cut-offs; `inputs` = that grid's inputs with the new cut-offs. */
export interface RecontourMessage { inputs: CircleInputs; rings: Ring[]; coverage: Coverage; elapsedMs: number }

export interface ResultByKind { init: { ready: true }; circle: CircleBundle; point: PointMessage; recontour: RecontourMessage; cancel: { ok: true } }

export type TravelResponse =
  | { id: number; type: 'progress'; phase: string; fraction: number }
  | { id: number; type: 'result'; kind: RequestKind; result: ResultByKind[RequestKind] }
  | { id: number; type: 'error'; message: string }
  | { id: number; type: 'cancelled' };
