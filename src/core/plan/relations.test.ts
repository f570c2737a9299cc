import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { relationsOf } from './relations';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as FeatureCollection;
const plan = read('geodata/web/plan.geojson');
const counties = read('geodata/web/counties.geojson');

describe('relationsOf', () => {
  it('puts 温州肯恩大学 in 瓯海区', () => {
    const r = relationsOf('kean-university', plan, counties);
    expect(r.counties.map((c) => c.name_zh)).toContain('瓯海区');
  });

  it('finds the counties a belt crosses and the centres it touches', () => {
    const r = relationsOf('belt-coastal', plan, counties);
    expect(r.counties.length).toBeGreaterThan(3);
    expect(r.counties.map((c) => c.name_zh)).toContain('乐清市');
  });

  it('returns nothing for an item without geometry', () => {
    expect(relationsOf('art-museum', plan, counties)).toEqual({ counties: [], structure: [] });
  });
});
