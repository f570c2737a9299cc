/**
 * The model against real travel times (scripts/sources/travel-times.json): each row's model
 * minutes, computed with the same engine as the circles, and the error. 'door' rows are
 * door-to-door (access legs + network); 'ride' rows are in-vehicle between two stations (the
 * model's boarding wait of the mode is left out, since a timetable does not count it).
 */
import type { FeatureCollection, Point } from 'geojson';
import { BOARDING_WAIT_MINUTES, type BoardingMode } from './assumptions';
import { pointToPoint } from './circles';
import { shortestMinutes } from './dijkstra';
import type { Engine } from './engine';
import { effectiveLengthKm, type Scenario } from './graph';
import type { LonLat } from './travel-grid';

export interface TravelTimeRow {
  id: string; from: string; to: string; kind: 'door' | 'ride'; mode?: BoardingMode; scenario: Scenario;
  minutes: number; quote: string; reading?: string; publisher?: string; source: string;
  /**
   * A ride by the train class the source names rather than the network's average stopping train:
   * the line's stated top speed, km/h, over the same edges (no stops), e.g. the fastest train.
   */
  trainSpeedKmh?: number; trainSpeedSource?: string;
}

export interface ValidationRow { row: TravelTimeRow; modelMinutes: number; errorMinutes: number; errorShare: number }

/** Model minutes for every row, with absolute and relative error (model − source). */
export function validate(engine: Engine, rows: readonly TravelTimeRow[], towns?: FeatureCollection | null): ValidationRow[] {
  return rows.map((row) => {
    const modelMinutes = row.kind === 'ride' ? rideMinutes(engine, row) : pointToPoint(engine, row.scenario, where(engine, row.from, towns), where(engine, row.to, towns));
    const errorMinutes = modelMinutes - row.minutes;
    return { row, modelMinutes, errorMinutes, errorShare: errorMinutes / row.minutes };
  });
}

/** Median of |error share| (0.15 = 15 %). */
export function medianAbsShare(rows: readonly ValidationRow[]): number {
  const xs = rows.map((r) => Math.abs(r.errorShare)).sort((a, b) => a - b);
  const n = xs.length;
  return n === 0 ? NaN : n % 2 ? xs[(n - 1) / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

function rideMinutes(engine: Engine, row: TravelTimeRow): number {
  const graph = engine.graph(row.scenario);
  const a = graph.nodeIndex.get(row.from.replace(/^node:/, ''));
  const b = graph.nodeIndex.get(row.to.replace(/^node:/, ''));
  if (a === undefined || b === undefined) throw new Error(`${row.id}: ride endpoints must be network nodes`);
  const mode = row.mode ?? 'rail';
  const speed = row.trainSpeedKmh;
  // The named train class: that mode's edges at its stated speed, every other arc as modelled.
  const minutes = speed ? graph.minutes.map((m, k) => {
    const e = graph.arcEdge[k] >= 0 ? graph.edges[graph.arcEdge[k]] : null;
    return e && e.mode === mode ? (60 * effectiveLengthKm(e)) / speed : m;
  }) : graph.minutes;
  const d = shortestMinutes({ ...graph, minutes }, [{ vertex: a, minutes: 0 }])[b];
  return d - BOARDING_WAIT_MINUTES[mode];
}

function where(engine: Engine, ref: string, towns?: FeatureCollection | null): LonLat {
  const [kind, key] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (kind === 'node') {
    const n = engine.graph('existing-2019').nodes.find((x) => x.id === key);
    if (n) return [n.lon, n.lat];
  } else if (kind === 'site') {
    const s = engine.sites(key)[0];
    if (s) return s.lonLat;
  } else if (kind === 'town') {
    const t = towns?.features.find((f) => f.properties?.name_zh === key);
    if (t) return (t.geometry as Point).coordinates as LonLat;
  }
  throw new Error(`unknown endpoint ${ref}`);
}
