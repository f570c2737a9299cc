import { describe, expect, test } from 'vitest';
import { distance, point } from '@turf/turf';
import { fromWgs84 } from '../geo/datum';
import { MAX_LISTED_REJECTIONS, MAX_REPAIR_VERTICES, MAX_REPAIR_VERTICES_PER_FILE } from './limits';
import { newImportBudget, prepareGeometry } from './geometry';
import { parseGeoJsonBytes, parseGeoJsonText } from './parse';

const wgs = { datum: 'WGS84' as const, name: 'test.geojson' };
const feature = (geometry: unknown, properties: unknown = {}) => ({ type: 'Feature', properties, geometry });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseGeoJsonText', () => {
  test('wraps a bare Feature and a bare geometry', () => {
    expect(parseGeoJsonText(JSON.stringify(feature({ type: 'Point', coordinates: [120.7, 28] })), wgs).stats.features).toBe(1);
    const r = parseGeoJsonText('{"type":"LineString","coordinates":[[120.6,28],[120.7,28.1]]}', wgs);
    expect(r.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'LineString' } });
  });

  test('records provenance and keeps ids', () => {
    const r = parseGeoJsonText(JSON.stringify({ ...feature({ type: 'Point', coordinates: [120.7, 28] }), id: 42 }), { datum: 'GCJ02', name: 'a.json' });
    expect(r.features[0].id).toBe(42);
    expect(r.features[0].properties!._import).toEqual({ file: 'a.json', index: 0, datum: 'GCJ02', fixes: [] });
  });

  test('converts BD-09 to WGS-84 within a few metres', () => {
    const target = [120.655, 28.016];
    const bd = fromWgs84(target, 'BD09');
    const r = parseGeoJsonText(JSON.stringify({ type: 'Point', coordinates: bd }), { datum: 'BD09', name: 'baidu' });
    const got = (r.features[0].geometry as { coordinates: number[] }).coordinates;
    expect(distance(point(got), point(target), { units: 'meters' })).toBeLessThan(5);
  });

  test('handles GeometryCollections and drops altitude', () => {
    const gc = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [120.7, 28, 15] }, { type: 'LineString', coordinates: [[120.6, 28], [120.7, 28.1]] }] };
    const r = parseGeoJsonText(JSON.stringify(gc), wgs);
    expect(r.ok).toBe(true);
    expect(r.features[0].geometry).toMatchObject({ geometries: [{ coordinates: [120.7, 28] }, {}] });
    expect(r.stats).toMatchObject({ features: 1, vertices: 3, bbox: [120.6, 28, 120.7, 28.1] });
  });

  test('rejects a whole GeometryCollection if one member is bad', () => {
    const gc = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [120.7, 28] }, { type: 'Point', coordinates: [null, 28] }] };
    expect(parseGeoJsonText(JSON.stringify(gc), wgs).rejected[0].reason.code).toBe('coordinate-not-finite');
  });

  test('repairs overlapping parts of a MultiPolygon', () => {
    const a = [[120.6, 27.9], [120.7, 27.9], [120.7, 28.0], [120.6, 28.0], [120.6, 27.9]];
    const b = a.map(([x, y]) => [x + 0.05, y + 0.05]);
    const r = parseGeoJsonText(JSON.stringify({ type: 'MultiPolygon', coordinates: [[a], [b]] }), wgs);
    expect(r.warnings.map((w) => w.code)).toEqual(['self-intersection-repaired']);
    expect(r.features[0].geometry.type).toBe('Polygon');
  });

  test('one warning per code however many features have it', () => {
    const open = feature({ type: 'Polygon', coordinates: [[[120.6, 27.9], [120.7, 27.9], [120.7, 28.0]]] });
    const r = parseGeoJsonText(fc(...Array(50).fill(open)), wgs);
    expect(r.warnings.length).toBe(1);
    expect(r.warnings[0].en).toContain('50 in all');
    expect(r.features[7].properties!._import.fixes).toEqual(['ring-closed']);
  });

  test('lists at most MAX_LISTED_REJECTIONS rejections and counts the rest', () => {
    const bad = feature(null);
    const good = feature({ type: 'Point', coordinates: [120.7, 28] });
    const r = parseGeoJsonText(fc(good, ...Array(MAX_LISTED_REJECTIONS + 5).fill(bad)), wgs);
    expect(r.ok).toBe(true);
    expect(r.rejected.length).toBe(MAX_LISTED_REJECTIONS);
    expect(r.warnings.at(-1)).toMatchObject({ code: 'rejected-not-listed' });
    expect(r.warnings.at(-1)!.en).toContain('5 more');
  });

  test('reports progress from 0 to 1, never backwards', () => {
    const fractions: number[] = [];
    const f = feature({ type: 'Point', coordinates: [120.7, 28] });
    parseGeoJsonText(fc(...Array(4500).fill(f)), { ...wgs, onProgress: (x) => fractions.push(x) });
    expect(fractions[0]).toBeLessThan(0.1);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  test('a FeatureCollection without a features array is not GeoJSON', () => {
    expect(parseGeoJsonText('{"type":"FeatureCollection"}', wgs).fatal?.code).toBe('not-geojson');
  });

  test('all messages say where: line/column or feature number', () => {
    const r = parseGeoJsonText(fc(feature({ type: 'Point', coordinates: [120.7, 28] }), feature(null)), wgs);
    expect(r.rejected[0]).toMatchObject({ index: 1, reason: { featureIndex: 1 } });
    expect(r.rejected[0].reason.zh).toMatch(/^第 2 个要素：/);
  });
});

describe('parseGeoJsonBytes', () => {
  test('puts decoding warnings first', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{"type":"Point","coordinates":[120.7,28]}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = parseGeoJsonBytes(utf16, wgs);
    expect(r.ok).toBe(true);
    expect(r.warnings[0].code).toBe('encoding-utf16');
  });
});

/** A closed ring of `n` positions on a circle, with positions 10 and 11 swapped: exactly one crossing. */
function ringWithOneCrossing(n: number, cx = 120.7, cy = 28): number[][] {
  const ring = Array.from({ length: n - 1 }, (_, i) => [cx + 0.05 * Math.cos((2 * Math.PI * i) / (n - 1)), cy + 0.05 * Math.sin((2 * Math.PI * i) / (n - 1))]);
  [ring[10], ring[11]] = [ring[11], ring[10]];
  return [...ring, ring[0]];
}

describe('repair limits', () => {
  test('a crossing polygon above MAX_REPAIR_VERTICES is rejected at once, naming its size', () => {
    const n = MAX_REPAIR_VERTICES + 1000;
    const t0 = performance.now();
    const r = parseGeoJsonText(fc(feature({ type: 'Polygon', coordinates: [ringWithOneCrossing(n)] })), wgs);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.rejected[0].reason.code).toBe('self-intersection-too-large');
    expect(r.rejected[0].reason.en).toContain(`with ${n} vertices`);
  });

  test('the file-wide repair budget: polygons repair until it is spent, then the next is rejected', () => {
    // A small budget stands in for MAX_REPAIR_VERTICES_PER_FILE (whose real size costs seconds of repair).
    const budget = { repairVertices: 12 };
    const bowtie = { type: 'Polygon', coordinates: [[[120.7, 28], [120.8, 28.1], [120.8, 28], [120.7, 28.1], [120.7, 28]]] };
    const codes = [0, 1, 2].map((i) => {
      const g = prepareGeometry(bowtie, i, 'WGS84', budget);
      return 'reject' in g ? g.reject.code : g.warnings.map((w) => w.code).join();
    });
    expect(codes).toEqual(['self-intersection-repaired', 'self-intersection-repaired', 'repair-budget-spent']);
    expect(budget.repairVertices).toBe(2);
    expect(newImportBudget().repairVertices).toBe(MAX_REPAIR_VERTICES_PER_FILE);
  });

  test('a check that runs out of edge pairs without a crossing says so, and the polygon loads', () => {
    // A triangle whose hypotenuse is traced back and forth 3000 times: every edge overlaps every
    // other one (collinear, so no proper crossing), ≈ 4.5e6 pairs against a budget of ≈ 1.2e6.
    // Steps of 1/4096° keep every position exactly on the line in binary floating point.
    const zigzag = Array.from({ length: 3000 }, (_, i) => {
      const d = (Math.floor(i / 2) + 1) / 4096;
      return i % 2 ? [122 - d, 30 - d] : [120 + d, 28 + d];
    });
    const ring = [[120, 28], [122, 28], [122, 30], ...zigzag, [120, 28]];
    const r = parseGeoJsonText(JSON.stringify({ type: 'Polygon', coordinates: [ring] }), wgs);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('self-intersection-not-checked');
    expect(r.warnings.find((w) => w.code === 'self-intersection-not-checked')!.en).toMatch(/stopped after \d+ pairs of edges without finding a crossing/);
  });
});
