/**
 * The committed river and estuary extracts (scripts/build-rivers.ts, GSHHG/WDBII) against places
 * whose positions come from elsewhere (county seats from Wikipedia, WGS-84).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';

const read = <T extends FeatureCollection>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const rivers = read<FeatureCollection<LineString>>('geodata/web/rivers.geojson');
const estuaries = read<FeatureCollection<MultiPolygon>>('geodata/web/estuaries.geojson');

// County seats, WGS-84 (Wikipedia): 丽水 莲都 28.4517 N 119.9229 E; 青田 鹤城 28.1398 N 120.2899 E.
const LISHUI: [number, number] = [119.9229, 28.4517];
const QINGTIAN: [number, number] = [120.2899, 28.1398];

describe('rivers (WDBII)', () => {
  const ou = rivers.features.filter((f) => f.properties?.name_zh === '瓯江');

  it('draws the 瓯江 as one line from 丽水 through 青田 to where the tidal water begins', () => {
    expect(ou).toHaveLength(1);
    const line = ou[0];
    // Both seats stand on the north bank, 1–2.5 km from mid-channel; WDBII adds up to ≈ 1 km.
    expect(pointToLineDistance(LISHUI, line, { units: 'kilometers' })).toBeLessThan(3.5);
    expect(pointToLineDistance(QINGTIAN, line, { units: 'kilometers' })).toBeLessThan(3.5);
    const lons = line.geometry.coordinates.map((p) => p[0]);
    expect(Math.max(...lons)).toBeGreaterThan(120.5);
  });

  it('carries source and precision on every feature, and stays inside the basemap extent', () => {
    for (const f of rivers.features) {
      expect(f.properties?.source).toMatch(/GSHHG\/WDBII/);
      expect(f.properties?.precision_km).toBeGreaterThan(0);
      for (const [x, y] of f.geometry.coordinates) {
        expect(x).toBeGreaterThanOrEqual(119.2);
        expect(x).toBeLessThanOrEqual(121.4);
        expect(y).toBeGreaterThanOrEqual(27.0);
        expect(y).toBeLessThanOrEqual(28.8);
      }
    }
  });
});

describe('estuaries (GSHHG full shoreline)', () => {
  const byId = (id: string) => estuaries.features.find((f) => f.properties?.id === id) as Feature<MultiPolygon>;

  it('has the tidal 瓯江 as water between 鹿城 and 瓯北, but not the city centre', () => {
    const ou = byId('oujiang');
    expect(booleanPointInPolygon([120.7, 28.03], ou)).toBe(true); // mid-channel, 鹿城/瓯北
    expect(booleanPointInPolygon([120.6994, 27.9938], ou)).toBe(false); // 温州市人民政府, 4 km inland
    const west = Math.min(...ou.geometry.coordinates.flat(2).map((p) => p[0]));
    expect(west).toBeLessThan(120.6); // reaches up-river past 江心屿 (≈ 120.64 E)
  });

  it('has the 飞云江 and 鳌江 mouths, each with its source', () => {
    for (const id of ['feiyunjiang', 'aojiang']) {
      const f = byId(id);
      expect(f.geometry.coordinates.length).toBeGreaterThan(0);
      expect(f.properties?.source).toMatch(/GSHHG/);
    }
  });
});
