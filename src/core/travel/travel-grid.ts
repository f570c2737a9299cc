/**
 * One travel-time computation: origin(s) → network entry (access legs over the friction
 * surface) → Dijkstra over the scenario graph → access legs from every reached node and directly
 * from the origins onto the grid. The access fields are cached per point in the AccessSurface
 * (they do not depend on the scenario), so a warm circle is one small Dijkstra plus one min-fill
 * pass per reached node. Minutes everywhere.
 */
import { DEFAULT_ACCESS, type AccessOptions } from './assumptions';
import { accessField, fieldAt, fillField, nearestLand, type AccessField } from './access-field';
import { shortestMinutes, type Source } from './dijkstra';
import type { Friction } from './friction';
import type { Graph } from './graph';
import type { LandModel } from './grid';

export type LonLat = [lon: number, lat: number];

/** A grid's land model with its friction and a cache of access fields by point. */
export interface AccessSurface {
  model: LandModel;
  friction: Friction;
  options: AccessOptions;
  /** Access field of a point (cached; null off land). */
  field(lon: number, lat: number): AccessField | null;
  /** Grid cell of a point, snapped to land within 1 km (cached; -1 when none). */
  cell(lon: number, lat: number): number;
}

export interface TravelGrid {
  model: LandModel;
  /** Minutes per cell, +Infinity on water/unreached. Row 0 = north. */
  minutes: Float32Array;
  /** Minutes to each street node (graph.nodes order). */
  nodeMinutes: Float64Array;
}

/** Surface with empty caches (the engine keeps one per grid). */
export function accessSurface(model: LandModel, friction: Friction, options: AccessOptions = DEFAULT_ACCESS): AccessSurface {
  const fields = new Map<string, AccessField | null>();
  const cells = new Map<string, number>();
  return {
    model, friction, options,
    field(lon, lat) {
      const key = `${lon},${lat}`;
      let f = fields.get(key);
      if (f === undefined) fields.set(key, (f = accessField(model.spec, friction, lon, lat, options.capMinutes)));
      return f;
    },
    cell(lon, lat) {
      const key = `${lon},${lat}`;
      let c = cells.get(key);
      if (c === undefined) cells.set(key, (c = nearestLand(model.spec, friction.minPerKm, lon, lat)));
      return c;
    },
  };
}

/** Network entry times from the origins: every node its access leg reaches within the cap. */
export function entrySources(graph: Graph, surface: AccessSurface, origins: readonly LonLat[]): Source[] {
  const out: Source[] = [];
  const width = surface.model.spec.width;
  for (const [lon, lat] of origins) {
    const f = surface.field(lon, lat);
    if (!f) continue;
    graph.nodes.forEach((n, i) => {
      const cell = surface.cell(n.lon, n.lat);
      const t = cell < 0 ? Infinity : fieldAt(f, width, cell);
      if (Number.isFinite(t)) out.push({ vertex: i, minutes: t });
    });
  }
  return out;
}

/** Shortest minutes to each street node from the origins. */
export function nodeMinutesFrom(graph: Graph, surface: AccessSurface, origins: readonly LonLat[]): Float64Array {
  const dist = shortestMinutes(graph, entrySources(graph, surface, origins));
  return dist.slice(0, graph.nodes.length);
}

/** Full travel-time grid from the origins. */
export function travelGrid(graph: Graph, surface: AccessSurface, origins: readonly LonLat[]): TravelGrid {
  const nodeMinutes = nodeMinutesFrom(graph, surface, origins);
  const { spec } = surface.model;
  const minutes = new Float32Array(spec.width * spec.height).fill(Infinity);
  for (const [lon, lat] of origins) {
    const f = surface.field(lon, lat);
    if (f) fillField(minutes, spec.width, f, 0);
  }
  graph.nodes.forEach((n, i) => {
    if (!Number.isFinite(nodeMinutes[i])) return;
    const f = surface.field(n.lon, n.lat);
    if (f) fillField(minutes, spec.width, f, nodeMinutes[i]);
  });
  return { model: surface.model, minutes, nodeMinutes };
}

/** Minutes from the grid's origins to one point: the value of its (land-snapped) cell. */
export function minutesTo(grid: TravelGrid, surface: AccessSurface, [lon, lat]: LonLat): number {
  const cell = surface.cell(lon, lat);
  return cell < 0 ? Infinity : grid.minutes[cell];
}
