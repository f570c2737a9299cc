import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { validateCollection } from '../../../scripts/lib/validate/geodata';
import { readNetwork, type EdgeProps } from './graph';
import { loadEngineData } from './test/data';
import { createEngine } from './engine';
import { placeNode } from '../../../scripts/build-network';
import { readFileSync } from 'node:fs';
import { fromRoot } from './test/data';

const fc = loadEngineData().network as FeatureCollection;
const { nodes, edges } = readNetwork(fc);
const kind = new Map(nodes.map((n) => [n.id, n.kind]));
const precisionKm = new Map(fc.features.filter((f) => f.properties?.feature === 'node').map((f) => [f.properties!.id as string, Number(f.properties!.precisionKm)]));
const RAIL_MODES = ['rail', 'hsr', 'cityrail', 'metro'];

/** Modes whose edges must form one connected piece, with any agreed exceptions. */
const CONNECTIVITY_EXCEPTIONS: Record<string, string> = {};

/**
 * Stated length vs drawn length. The geometry is a straight (schematic) line between node points
 * that may be off by their `precisionKm` each, and a route is longer than its chord by a detour
 * factor of at most ~1.5 here. So: chord − (pa + pb) ≤ stated ≤ 1.5 × chord + (pa + pb).
 */
const LENGTH_EXCEPTIONS: Record<string, string> = {
  'e-acc-57': 'assumed access distance 台州西站→温岭 30 km is shorter than the 36 km straight line: the source value is an assumption, the engine uses the chord instead',
};

function components(list: EdgeProps[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.get(x) === x ? x : (parent.set(x, find(parent.get(x)!)), parent.get(x)!));
  for (const e of list) for (const n of [e.from, e.to]) if (!parent.has(n)) parent.set(n, n);
  for (const e of list) parent.set(find(e.from), find(e.to));
  return new Set([...parent.keys()].map(find)).size;
}

describe('network.geojson', () => {
  it('passes the shared geodata rules', () => {
    expect(validateCollection(fc, { checkKinks: false })).toEqual([]);
  });

  it('has no dangling node and no edge to an unknown node', () => {
    const used = new Set(edges.flatMap((e) => [e.from, e.to]));
    expect(nodes.filter((n) => !used.has(n.id)).map((n) => n.id)).toEqual([]);
    expect(edges.filter((e) => !kind.has(e.from) || !kind.has(e.to)).map((e) => e.id)).toEqual([]);
  });

  it('enters expressways only at interchanges/junctions', () => {
    const bad = edges.filter((e) => e.mode === 'expressway' && ![e.from, e.to].every((n) => ['interchange', 'junction'].includes(kind.get(n)!)));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('boards rail-type lines only at stations', () => {
    const bad = edges.filter((e) => RAIL_MODES.includes(e.mode) && ![e.from, e.to].every((n) => kind.get(n) === 'station'));
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('has each mode connected (all statuses)', () => {
    const modes = [...new Set(edges.map((e) => e.mode))].filter((m) => m !== 'access');
    const split = modes.filter((m) => !CONNECTIVITY_EXCEPTIONS[m] && components(edges.filter((e) => e.mode === m)) !== 1);
    expect(split).toEqual([]);
  });

  it('has every stated length within the schematic tolerance of the drawn length', () => {
    const bad = edges
      .filter((e) => e.statedLengthKm !== null && !LENGTH_EXCEPTIONS[e.id])
      .filter((e) => {
        const slack = precisionKm.get(e.from)! + precisionKm.get(e.to)!;
        return e.statedLengthKm! < e.lengthKm - slack || e.statedLengthKm! > 1.5 * e.lengthKm + slack;
      })
      .map((e) => `${e.id}: stated ${e.statedLengthKm} km, drawn ${e.lengthKm} km`);
    expect(bad).toEqual([]);
  });

  // Expected values from an independent implementation's published example, not from our code:
  // wandergis/coordtransform test/app.js: gcj02towgs84(116.404, 39.915) → [116.39775550083061, 39.91359571849836].
  const GCJ: [number, number] = [116.404, 39.915];
  const WGS: [number, number] = [116.39775550083061, 39.91359571849836];
  const base = { id: 'x', name_zh: 'x', name_en: 'x', kind: 'junction', modes: ['road'], source: 's', precisionKm: 1 };

  it('converts a GCJ-02 node to WGS-84 when the network is built (placeNode)', () => {
    const p = placeNode({ ...base, lon: GCJ[0], lat: GCJ[1], datum: 'GCJ-02 (Amap)' } as Parameters<typeof placeNode>[0]).position;
    expect(Math.abs(p[0] - WGS[0])).toBeLessThan(2e-5); // ≈ 2 m
    expect(Math.abs(p[1] - WGS[1])).toBeLessThan(2e-5);
  });

  it('does not convert twice a node already converted ("WGS-84 (converted from GCJ-02 …)")', () => {
    const p = placeNode({ ...base, lon: WGS[0], lat: WGS[1], datum: 'WGS-84 (converted from GCJ-02 with gcoord)' } as Parameters<typeof placeNode>[0]).position;
    expect(p[0]).toBeCloseTo(WGS[0], 6);
    expect(p[1]).toBeCloseTo(WGS[1], 6);
  });

  it('converts a GCJ-02 plan site to WGS-84 in the engine (engine.sites / seats)', () => {
    const data = loadEngineData();
    const positions = { countySeats: [{ name_zh: 'x', adcode: '1', lon: GCJ[0], lat: GCJ[1], datum: 'GCJ-02' }], features: { k: { sites: [{ name_zh: 'y', lon: GCJ[0], lat: GCJ[1], datum: 'GCJ-02' }] } } };
    const engine = createEngine({ ...data, positions });
    for (const site of [engine.seats()[0], engine.sites('k')[0]]) {
      expect(Math.abs(site.lonLat[0] - WGS[0])).toBeLessThan(2e-5);
      expect(Math.abs(site.lonLat[1] - WGS[1])).toBeLessThan(2e-5);
    }
  });

  it('stops S2 at 柳市东站, on the position of the station table (scripts/sources/rail-stations.json)', () => {
    const table = JSON.parse(readFileSync(fromRoot('scripts/sources/rail-stations.json'), 'utf8')) as { stations: Array<{ name_zh: string; lon: number; lat: number }> };
    const row = table.stations.find((x) => x.name_zh === '柳市东站')!;
    const node = nodes.find((n) => n.id === 'cr-liushi-east')!;
    expect(Math.abs(node.lon - row.lon)).toBeLessThan(1e-5);
    expect(Math.abs(node.lat - row.lat)).toBeLessThan(1e-5);
    const s2 = edges.filter((e) => e.id.startsWith('e-s2-'));
    expect(s2.filter((e) => e.from === 'cr-liushi-east' || e.to === 'cr-liushi-east')).toHaveLength(2);
  });
});
