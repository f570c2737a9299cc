/**
 * Where the plan's sites stand: a site that names a gazetteer town stands exactly on that town's
 * point (the coordinate written into plan-positions.json cannot drift), no source is an internal
 * look-up id, and the last-resort county-seat placements are the six stated ones.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';

const read = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
type SiteSrc = { name_zh: string; town?: string; lon?: number; lat?: number; source: string; basis?: string };
const positions = read<{ countySeats: SiteSrc[]; features: Record<string, { sites?: SiteSrc[] }> }>('scripts/sources/plan-positions.json');
const towns = read<FeatureCollection<Point, { name_zh: string; county_zh: string }>>('geodata/base/townships.geojson');
const sites = [...positions.countySeats, ...Object.values(positions.features).flatMap((f) => f.sites ?? [])];

describe('plan positions', () => {
  it('every site that names a town stands on that town’s gazetteer point', () => {
    const named = sites.filter((s) => s.town);
    expect(named.length).toBeGreaterThan(100);
    for (const s of named) {
      const [county, name] = s.town!.includes('/') ? s.town!.split('/') : [null, s.town!];
      const t = towns.features.filter((f) => f.properties.name_zh === name && (!county || f.properties.county_zh === county));
      expect(t, s.town).toHaveLength(1);
      expect([s.lon, s.lat], `${s.name_zh} on ${s.town}`).toEqual(t[0].geometry.coordinates.map((v) => Math.round(v * 1e6) / 1e6));
    }
  });

  it('cites no internal look-up id anywhere (plan positions, network, station table)', () => {
    for (const file of ['scripts/sources/plan-positions.json', 'scripts/sources/network.json', 'scripts/sources/rail-stations.json']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/find_string|search[- ]tool|\bid \d{8,}/);
    }
  });

  it('the county seat is a last resort for exactly the stated six sites', () => {
    const seats = Object.entries(positions.features).filter(([, f]) => (f.sites ?? []).some((s) => s.basis === 'seat')).map(([id]) => id).sort();
    expect(seats).toEqual(['coastal-belt-platforms', 'fashion-towns', 'lucheng-market-trade', 'qingtian-huaqiao-zone', 'school-jingshan', 'yq-binhai']);
  });

  it('苍南矾矿 is drawn at 矾山 (within 1 km of the 矾山镇 point) and ≥ 10 km from the 苍南 seat 灵溪', () => {
    const plan = read<FeatureCollection<Point>>('geodata/plan/plan.geojson');
    const mine = plan.features.find((f) => String(f.properties?.site_zh ?? '').startsWith('苍南矾矿'))!;
    const at = (n: string) => towns.features.find((f) => f.properties.name_zh === n)!.geometry.coordinates;
    expect(distance(mine.geometry.coordinates, at('矾山镇'), { units: 'kilometers' })).toBeLessThan(1);
    expect(distance(mine.geometry.coordinates, at('灵溪镇'), { units: 'kilometers' })).toBeGreaterThan(10);
  });
});
