/**
 * Rules that every committed plan/admin GeoJSON file must pass: structure (geojson-validation),
 * geometry (closed rings with ≥ 4 positions, no self-intersection by Turf `kinks`), coordinates
 * (WGS-84 inside the region: no EPSG:3857 metres, no swapped axes) and domain (required
 * properties, allowed precision values). Returns messages; an empty list means valid.
 */
import { valid } from 'geojson-validation';
import { kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { coordinateProblem, positions } from '../../../src/core/validate/coordinates';

export const PRECISIONS = ['boundary', 'approximate', 'schematic', 'alignment', 'none'] as const;

export interface RuleOptions {
  /** Properties every feature must carry (non-empty). */
  required: string[];
  /** Run Turf `kinks` on polygons (slow on big files; on by default). */
  checkKinks: boolean;
}

export const BASE_REQUIRED = ['name_zh', 'name_en', 'source', 'precision'];

export function validateCollection(fc: unknown, options: Partial<RuleOptions> = {}): string[] {
  const o: RuleOptions = { required: BASE_REQUIRED, checkKinks: true, ...options };
  const errors = valid(fc, true).map((m) => `structure: ${m}`);
  if (errors.length) return errors;
  const collection = fc as FeatureCollection;
  collection.features.forEach((f, i) => {
    const where = `feature ${i} (${String(f.properties?.id ?? f.properties?.name_zh ?? '?')})`;
    for (const key of o.required) {
      const v = f.properties?.[key];
      if (v === undefined || v === null || v === '') errors.push(`${where}: missing property "${key}"`);
    }
    const precision = f.properties?.precision;
    if (precision !== undefined && !(PRECISIONS as readonly string[]).includes(String(precision))) {
      errors.push(`${where}: precision "${precision}" is not one of ${PRECISIONS.join(', ')}`);
    }
    if (!f.geometry) return;
    for (const p of positions('coordinates' in f.geometry ? f.geometry.coordinates : [])) {
      const problem = coordinateProblem(p);
      if (problem) {
        errors.push(`${where}: position [${p.join(', ')}] is ${problem}`);
        break;
      }
    }
    if (o.checkKinks && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
      const crossing = selfIntersections(f as Feature<Polygon>)[0];
      if (crossing) errors.push(`${where}: self-intersection at [${crossing.join(', ')}]`);
    }
  });
  return errors;
}

/**
 * Points where polygon edges cross. Turf `kinks` also reports rings that merely touch at a shared
 * vertex (a hole touching its shell, allowed by the OGC simple-feature rules); those are dropped.
 */
export function selfIntersections(f: Feature<Polygon | MultiPolygon>): Position[] {
  // Keyed at 1e-6° (≈ 0.1 m): clipping libraries compute touch points with float noise.
  const key = (p: Position) => `${Math.round(p[0] * 1e6)},${Math.round(p[1] * 1e6)}`;
  const vertices = new Set<string>();
  for (const p of positions(f.geometry.coordinates)) vertices.add(key(p));
  return kinks(f as Feature<Polygon>)
    .features.map((k) => k.geometry.coordinates)
    .filter((p) => !vertices.has(key(p)));
}

/** Properties of the township gazetteer (geodata/base/townships.geojson) that other layers code against. */
export const TOWNSHIP_REQUIRED = ['adcode', 'name_zh', 'name_en', 'kind', 'county_adcode', 'county_zh', 'source', 'datum', 'precision_km'];
export const TOWNSHIP_KINDS = ['subdistrict', 'town', 'township'] as const;

/**
 * Domain rules of the township gazetteer: every feature a Point, a 12-digit adcode under its
 * 6-digit county, a known kind, WGS-84, a positive ±km, no duplicate adcode, one seat per county.
 */
export function validateTownships(fc: FeatureCollection, full = true): string[] {
  const errors: string[] = [];
  const required = full ? TOWNSHIP_REQUIRED : ['adcode', 'name_zh', 'name_en', 'kind', 'county_adcode', 'precision_km'];
  const seen = new Set<string>();
  const seats = new Map<string, number>();
  fc.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const where = `township ${i} (${String(p.name_zh ?? '?')})`;
    for (const key of required) if (p[key] === undefined || p[key] === null || p[key] === '') errors.push(`${where}: missing "${key}"`);
    if (f.geometry?.type !== 'Point') errors.push(`${where}: geometry is ${f.geometry?.type}, not Point`);
    if (!/^\d{12}$/.test(String(p.adcode))) errors.push(`${where}: adcode "${p.adcode}" is not 12 digits`);
    else if (!String(p.adcode).startsWith(String(p.county_adcode))) errors.push(`${where}: adcode ${p.adcode} is not under county ${p.county_adcode}`);
    if (seen.has(String(p.adcode))) errors.push(`${where}: duplicate adcode ${p.adcode}`);
    seen.add(String(p.adcode));
    if (!(TOWNSHIP_KINDS as readonly string[]).includes(String(p.kind))) errors.push(`${where}: kind "${p.kind}" is not one of ${TOWNSHIP_KINDS.join(', ')}`);
    if (full && p.datum !== 'WGS-84') errors.push(`${where}: datum "${p.datum}" is not WGS-84`);
    if (!(typeof p.precision_km === 'number' && p.precision_km > 0)) errors.push(`${where}: precision_km must be a positive number`);
    if (p.seat === true) seats.set(String(p.county_adcode), (seats.get(String(p.county_adcode)) ?? 0) + 1);
  });
  for (const [county, n] of seats) if (n !== 1) errors.push(`county ${county}: ${n} seat townships`);
  return errors;
}

/** How a plan site is placed (scripts/sources/plan-positions.json `basis`). */
export const SITE_BASES = ['own', 'named', 'in', 'near', 'city', 'anchor', 'seat'] as const;

/** Plan point sites carry a positive ± km and say how they are placed. */
export function validatePlanPoints(fc: FeatureCollection): string[] {
  const errors: string[] = [];
  fc.features.forEach((f, i) => {
    if (f.geometry?.type !== 'Point') return;
    const p = f.properties ?? {};
    const where = `plan point ${i} (${String(p.id ?? '?')})`;
    if (!(typeof p.precisionKm === 'number' && p.precisionKm > 0)) errors.push(`${where}: precisionKm must be a positive number`);
    if (p.basis !== undefined && !(SITE_BASES as readonly string[]).includes(String(p.basis))) errors.push(`${where}: basis "${p.basis}" is not one of ${SITE_BASES.join(', ')}`);
    if (/find_string|search[- ]tool/.test(String(p.source ?? ''))) errors.push(`${where}: source cites a look-up tool, not a followable source`);
  });
  return errors;
}
