/**
 * Adjacency graph (CSR typed arrays, minutes on arcs) of the transport network for a scenario.
 *
 * Method: every network node is a "street" vertex. For each boarding mode (rail, HSR, city rail,
 * metro, ferry) that serves a node, a platform vertex is added; line edges of that mode join
 * platforms, street → platform costs the boarding wait and platform → street is free. A ride
 * through a station stays on the platform (no wait); changing lines = alight + board (a wait).
 * Road and access edges join street vertices. All edges are two-way.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { BOARDING_MODES, BOARDING_WAIT_MINUTES, CIRCUITY, type BoardingMode } from './assumptions';

export type Scenario = 'existing-2019' | 'plan-2022' | 'plan-2035';
export const SCENARIOS: readonly Scenario[] = ['existing-2019', 'plan-2022', 'plan-2035'];
/** The plan year each scenario stands for: the app's year control and the travel scenario are one state. */
export const YEAR_OF_SCENARIO = { 'existing-2019': 2019, 'plan-2022': 2022, 'plan-2035': 2035 } as const satisfies Record<Scenario, number>;
export const SCENARIO_OF_YEAR = { 2019: 'existing-2019', 2022: 'plan-2022', 2035: 'plan-2035' } as const satisfies Record<number, Scenario>;

/** Per-project switches on top of a scenario, by planRef or edge id. */
export interface ProjectToggles {
  add?: readonly string[];
  remove?: readonly string[];
}

export interface EdgeProps {
  id: string; from: string; to: string; mode: string; speedKmh: number;
  status: string; opened: string | null; statusAt2019: string; planRef: string | null;
  lengthKm: number; statedLengthKm: number | null;
}

export interface NetworkNode { id: string; kind: string; lon: number; lat: number; name_zh: string; name_en: string }

export interface Graph {
  /** Street vertices first (0 … nodes.length-1), platforms after. */
  nodes: NetworkNode[];
  vertexCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  minutes: Float64Array;
  /** Network edge index (into `edges`) of each arc, -1 for boarding/alighting arcs. */
  arcEdge: Int32Array;
  edges: EdgeProps[];
  /** Ids of the edges active in this graph. */
  activeEdgeIds: string[];
  nodeIndex: Map<string, number>;
}

/** Latest opening date (YYYY-MM) still counted as "built by 2022". */
const PLAN_2022_OPENED_BY = '2022-12';

/** True when an edge belongs to the scenario, before toggles. */
export function inScenario(e: EdgeProps, scenario: Scenario): boolean {
  if (e.statusAt2019 === 'existing') return true;
  if (scenario === 'plan-2035') return true;
  if (scenario === 'existing-2019') return false;
  return e.statusAt2019 === 'under-construction' || (e.opened !== null && e.opened <= PLAN_2022_OPENED_BY);
}

/** True when an edge is active in the scenario after per-project toggles (remove wins over add). */
export function edgeActive(e: EdgeProps, scenario: Scenario, toggles: ProjectToggles = {}): boolean {
  const hit = (list?: readonly string[]) => !!list && (list.includes(e.id) || (e.planRef !== null && list.includes(e.planRef)));
  if (hit(toggles.remove)) return false;
  return hit(toggles.add) || inScenario(e, scenario);
}

/** Length used for travel time, km: stated (not below the straight line) or geometry × detour factor. */
export function effectiveLengthKm(e: EdgeProps): number {
  if (e.statedLengthKm !== null && e.statedLengthKm !== undefined) return Math.max(e.statedLengthKm, e.lengthKm);
  return e.lengthKm * (CIRCUITY[e.mode] ?? 1.3);
}

/** In-vehicle (or driving) time of an edge, minutes. */
export function edgeMinutes(e: EdgeProps): number {
  return (effectiveLengthKm(e) / e.speedKmh) * 60;
}

/** Splits network.geojson into nodes and edges. */
export function readNetwork(fc: FeatureCollection): { nodes: NetworkNode[]; edges: EdgeProps[] } {
  const nodes: NetworkNode[] = [];
  const edges: EdgeProps[] = [];
  for (const f of fc.features) {
    const p = f.properties as Record<string, unknown>;
    if (p.feature === 'node') {
      const [lon, lat] = (f as Feature<Point>).geometry.coordinates;
      nodes.push({ id: String(p.id), kind: String(p.kind), lon, lat, name_zh: String(p.name_zh), name_en: String(p.name_en) });
    } else if (p.feature === 'edge' && (f as Feature<LineString>).geometry.type === 'LineString') {
      edges.push(p as unknown as EdgeProps);
    }
  }
  return { nodes, edges };
}

/** Builds the scenario graph. */
export function buildGraph(fc: FeatureCollection, scenario: Scenario, toggles: ProjectToggles = {}): Graph {
  const { nodes, edges } = readNetwork(fc);
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const platform = new Map<string, number>(); // `${node}|${mode}` → vertex
  let vertexCount = nodes.length;
  const from: number[] = [];
  const to: number[] = [];
  const mins: number[] = [];
  const arcEdge: number[] = [];
  const arc = (a: number, b: number, m: number, e: number) => { from.push(a); to.push(b); mins.push(m); arcEdge.push(e); };
  const platformOf = (node: number, mode: BoardingMode) => {
    const key = `${node}|${mode}`;
    let v = platform.get(key);
    if (v === undefined) {
      v = vertexCount++;
      platform.set(key, v);
      arc(node, v, BOARDING_WAIT_MINUTES[mode], -1);
      arc(v, node, 0, -1);
    }
    return v;
  };
  const activeEdgeIds: string[] = [];
  edges.forEach((e, i) => {
    if (!edgeActive(e, scenario, toggles)) return;
    const a = nodeIndex.get(e.from);
    const b = nodeIndex.get(e.to);
    if (a === undefined || b === undefined) throw new Error(`edge ${e.id}: unknown node`);
    activeEdgeIds.push(e.id);
    const m = edgeMinutes(e);
    const boarding = (BOARDING_MODES as readonly string[]).includes(e.mode);
    const u = boarding ? platformOf(a, e.mode as BoardingMode) : a;
    const v = boarding ? platformOf(b, e.mode as BoardingMode) : b;
    arc(u, v, m, i);
    arc(v, u, m, i);
  });
  return { nodes, edges, nodeIndex, activeEdgeIds, vertexCount, ...toCsr(vertexCount, from, to, mins, arcEdge) };
}

function toCsr(n: number, from: number[], to: number[], mins: number[], arcEdge: number[]) {
  const offsets = new Int32Array(n + 1);
  for (const a of from) offsets[a + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(from.length);
  const minutes = new Float64Array(from.length);
  const edgeOf = new Int32Array(from.length);
  from.forEach((a, k) => {
    const slot = fill[a]++;
    targets[slot] = to[k];
    minutes[slot] = mins[k];
    edgeOf[slot] = arcEdge[k];
  });
  return { offsets, targets, minutes, arcEdge: edgeOf };
}
