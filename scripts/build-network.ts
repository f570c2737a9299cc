/**
 * Builds geodata/network/network.geojson from the researched skeleton network
 * scripts/sources/network.json: nodes become Points, edges LineStrings from → via → to, all in
 * WGS-84 (any node recorded in GCJ-02/BD-09 is converted here, once). Every edge carries its
 * geometric length (`lengthKm`, haversine, km) beside the length a source states
 * (`statedLengthKm`, null when none). Run: `npx tsx scripts/build-network.ts`.
 */
import { length as turfLength } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { datumFromLabel, toWgs84 } from '../src/core/geo/datum';
import { fromRoot, readJson, writeGeoJson } from './lib/io';
import { town, townSource } from './lib/gazetteer';
import { writeRailStations } from './build-rail-stations';

export interface SourceNode {
  id: string; name_zh: string; name_en: string; kind: string; modes: string[];
  /** Own coordinate (in `datum`), or … */
  lon?: number; lat?: number;
  /** … the gazetteer town the node stands on ("上望街道", "乐清市/城东街道"): position and ± km come from there. */
  town?: string;
  source: string; datum: string; precisionKm: number;
  positionBasis?: string; note?: string;
}
export interface SourceEdge {
  id: string; from: string; to: string; via?: Array<[number, number] | { lon: number; lat: number; datum?: string }>;
  mode: string; class: string; name_zh: string; speedKmh: number; speedSource: string;
  status: string; opened: string | null; statusAt2019: string; planRef: string | null;
  lengthKm: number | null; source: string; precision: string; note?: string;
}
interface SourceNetwork { meta: Record<string, unknown>; nodes: SourceNode[]; edges: SourceEdge[] }

const MODE_EN: Record<string, string> = {
  expressway: 'Expressway', trunk: 'Trunk road', 'urban-expressway': 'Urban arterial', rail: 'Railway',
  hsr: 'High-speed railway', cityrail: 'City rail', metro: 'Metro', ferry: 'Ferry', access: 'Access link',
};

/** Point precision class from the stated position uncertainty (km). */
function pointPrecision(precisionKm: number): string {
  return precisionKm <= 1 ? 'approximate' : 'schematic';
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * WGS-84 position, ± km and full source of a node: its own coordinate (converted from its datum),
 * or the point of the gazetteer town it names, whose ± km is a floor for the node's.
 */
export function placeNode(n: SourceNode): { position: Position; precisionKm: number; source: string } {
  if (n.town) {
    const t = town(n.town);
    return { position: t.position, precisionKm: Math.max(n.precisionKm, t.precisionKm), source: `${n.source}; position: ${townSource(t)}` };
  }
  if (n.lon === undefined || n.lat === undefined) throw new Error(`node ${n.id}: neither a coordinate nor a town`);
  const p = toWgs84([n.lon, n.lat], datumFromLabel(n.datum));
  return { position: [round6(p[0]), round6(p[1])], precisionKm: n.precisionKm, source: n.source };
}

/** WGS-84 positions of an edge's intermediate points (a bare pair is WGS-84; an object names its datum). */
export function viaPositions(e: Pick<SourceEdge, 'via'>): Position[] {
  return (e.via ?? []).map((v) => {
    const p = Array.isArray(v) ? toWgs84(v, 'WGS84') : toWgs84([v.lon, v.lat], datumFromLabel(v.datum ?? 'WGS84'));
    return [round6(p[0]), round6(p[1])];
  });
}

export function buildNetwork(src: SourceNetwork): FeatureCollection {
  const byId = new Map<string, { node: SourceNode; position: Position }>();
  const features: Feature[] = [];
  for (const n of src.nodes) {
    const { position, precisionKm, source } = placeNode(n);
    byId.set(n.id, { node: n, position });
    const f: Feature<Point> = {
      type: 'Feature',
      id: n.id,
      properties: {
        id: n.id, feature: 'node', kind: n.kind, modes: n.modes, name_zh: n.name_zh, name_en: n.name_en,
        source, precision: pointPrecision(precisionKm), precisionKm, town: n.town ?? null,
        positionBasis: n.positionBasis ?? null, note: n.note ?? null,
      },
      geometry: { type: 'Point', coordinates: position },
    };
    features.push(f);
  }
  for (const e of src.edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b) throw new Error(`edge ${e.id}: unknown node ${a ? e.to : e.from}`);
    const via = viaPositions(e);
    const geometry: LineString = { type: 'LineString', coordinates: [a.position, ...via, b.position] };
    const lengthKm = Math.round(turfLength({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }) * 1000) / 1000;
    features.push({
      type: 'Feature',
      id: e.id,
      properties: {
        id: e.id, feature: 'edge', from: e.from, to: e.to, mode: e.mode, class: e.class,
        name_zh: e.name_zh, name_en: `${MODE_EN[e.mode] ?? e.mode}: ${a.node.name_en} – ${b.node.name_en}`,
        speedKmh: e.speedKmh, speedSource: e.speedSource, status: e.status, opened: e.opened,
        statusAt2019: e.statusAt2019, planRef: e.planRef, lengthKm, statedLengthKm: e.lengthKm ?? null,
        source: e.source, precision: e.precision, note: e.note ?? null,
      },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const src = readJson<SourceNetwork>(fromRoot('scripts/sources/network.json'));
  const fc = buildNetwork(src);
  writeGeoJson(fromRoot('geodata/network/network.geojson'), fc, {
    name: 'network',
    source: 'scripts/sources/network.json (see its meta.sources); built by scripts/build-network.ts',
    description: String(src.meta.description ?? ''),
    speedsNote: String(src.meta.speedsNote ?? ''),
    omitted: String(src.meta.omitted ?? ''),
  });
  console.log(`network.geojson: ${src.nodes.length} nodes, ${src.edges.length} edges`);
  console.log(writeRailStations());
}
