import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { writeGeoJson } from './io';

const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { share: 0.123456789 }, geometry: { type: 'LineString', coordinates: [[120.41379562659847, 28.219227781569966], [120.5, 28]] } }],
};

describe('writeGeoJson', () => {
  it('writes 5 decimals under geodata/web/ and leaves other files and properties alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'wz-io-'));
    try {
      writeGeoJson(join(root, 'geodata/web/a.geojson'), fc);
      writeGeoJson(join(root, 'geodata/plan/a.geojson'), fc);
      const web = JSON.parse(readFileSync(join(root, 'geodata/web/a.geojson'), 'utf8'));
      const full = JSON.parse(readFileSync(join(root, 'geodata/plan/a.geojson'), 'utf8'));
      expect(web.features[0].geometry.coordinates).toEqual([[120.4138, 28.21923], [120.5, 28]]);
      expect(web.features[0].properties.share).toBe(0.123456789);
      expect(full.features[0].geometry.coordinates[0]).toEqual([120.41379562659847, 28.219227781569966]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
