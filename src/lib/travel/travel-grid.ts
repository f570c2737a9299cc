/**
 * One travel-time computation: origin(s) → network entry (access legs on the same land
 * component) → Dijkstra over the scenario graph → access from every reached node and directly
 * from the origins onto the grid. Minutes everywhere.
 */
import { DEFAULT_ACCESS, type AccessOptions } from './assumptions';
import { accessGrid, pointMinutes, straightKm, type AccessSource } from './access';
import { shortestMinutes, type Source } from './dijkstra';
import type { Graph } from './graph';
import { componentAt, type LandModel } from './grid';

export type LonLat = [lon: number, lat: number];

export interface TravelGrid {
  model: LandModel;
  /** Minutes per cell, +Infinity on water/unreached. Row 0 = north. */
  minutes: Float32Array;
  /** Minutes to each street node (graph.nodes order). */
  nodeMinutes: Float64Array;
  /** Sources used for the grid (nodes reached + origins), for point look-ups. */
  sources: AccessSource[];
}

/** Network entry times from the origins: every node within the access cap on the same land component. */
export function entrySources(graph: Graph, model: LandModel, origins: readonly LonLat[], access: AccessOptions = DEFAULT_ACCESS): Source[] {
  const out: Source[] = [];
  for (const [lon, lat] of origins) {
    const comp = componentAt(model, lon, lat);
    if (!comp) continue;
    graph.nodes.forEach((n, i) => {
      if (componentAt(model, n.lon, n.lat) !== comp) return;
      const dKm = straightKm(model, lon, lat, n.lon, n.lat);
      if (dKm <= access.accessCapKm) out.push({ vertex: i, minutes: (dKm * 60) / access.accessSpeedKmh });
    });
  }
  return out;
}

/** Shortest minutes to each street node from the origins. */
export function nodeMinutesFrom(graph: Graph, model: LandModel, origins: readonly LonLat[], access: AccessOptions = DEFAULT_ACCESS): Float64Array {
  const dist = shortestMinutes(graph, entrySources(graph, model, origins, access));
  return dist.slice(0, graph.nodes.length);
}

/** Access sources (nodes with their minutes, plus the origins at 0) for grid and point look-ups. */
export function gridSources(graph: Graph, nodeMinutes: Float64Array, origins: readonly LonLat[]): AccessSource[] {
  const sources: AccessSource[] = origins.map(([lon, lat]) => ({ lon, lat, minutes: 0 }));
  graph.nodes.forEach((n, i) => {
    if (Number.isFinite(nodeMinutes[i])) sources.push({ lon: n.lon, lat: n.lat, minutes: nodeMinutes[i] });
  });
  return sources;
}

/** Full travel-time grid from the origins. */
export function travelGrid(graph: Graph, model: LandModel, origins: readonly LonLat[], access: AccessOptions = DEFAULT_ACCESS): TravelGrid {
  const nodeMinutes = nodeMinutesFrom(graph, model, origins, access);
  const sources = gridSources(graph, nodeMinutes, origins);
  return { model, minutes: accessGrid(model, sources, access), nodeMinutes, sources };
}

/** Minutes from the grid's origins to one point (same rule as the grid). */
export function minutesTo(grid: TravelGrid, [lon, lat]: LonLat, access: AccessOptions = DEFAULT_ACCESS): number {
  return pointMinutes(grid.model, grid.sources, lon, lat, access);
}
