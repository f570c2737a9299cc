/**
 * Look-ups in the township gazetteer (geodata/base/townships.geojson, built by
 * scripts/build-townships.ts): a source table names a town ("柳市镇", or "乐清市/城东街道" where a
 * name is not unique) instead of typing a coordinate, and the build puts the item on that town's
 * sourced point with the town's ± km. One place for the rule, so every placement is explainable.
 */
import type { FeatureCollection, Point, Position } from 'geojson';
import { fromRoot, readJson } from './io';

export interface Town {
  adcode: string;
  name_zh: string;
  name_en: string;
  county_zh: string;
  county_adcode: string;
  seat: boolean;
  position: Position;
  precisionKm: number;
  source: string;
  /** Set when the gazetteer itself has no sourced point for this unit (stand-in). */
  standIn: boolean;
}

let cache: Map<string, Town[]> | null = null;

function load(): Map<string, Town[]> {
  if (cache) return cache;
  const fc = readJson<FeatureCollection<Point, Record<string, unknown>>>(fromRoot('geodata/base/townships.geojson'));
  cache = new Map();
  for (const f of fc.features) {
    const p = f.properties;
    const town: Town = {
      adcode: String(p.adcode), name_zh: String(p.name_zh), name_en: String(p.name_en), county_zh: String(p.county_zh),
      county_adcode: String(p.county_adcode), seat: p.seat === true, position: f.geometry.coordinates,
      precisionKm: Number(p.precision_km), source: String(p.source), standIn: /standing in/.test(String(p.source)),
    };
    for (const key of [town.name_zh, `${town.county_zh}/${town.name_zh}`]) cache.set(key, [...(cache.get(key) ?? []), town]);
  }
  return cache;
}

/** The gazetteer town named `ref` ("柳市镇" or "乐清市/柳市镇"); throws if unknown or ambiguous. */
export function town(ref: string): Town {
  const hits = load().get(ref) ?? [];
  if (hits.length !== 1) throw new Error(`gazetteer: "${ref}" matches ${hits.length} townships${hits.length ? ' (prefix the county: 县/镇)' : ''}`);
  return hits[0];
}

/** The seat township of a county, by its Chinese name (乐清市 → 乐成街道). */
export function seatOf(county_zh: string): Town {
  const all = [...load().values()].flat().filter((t) => t.county_zh === county_zh && t.seat);
  if (!all.length) throw new Error(`gazetteer: no seat for ${county_zh}`);
  return all[0];
}

/** Source text for an item placed on a town: the gazetteer row a reader can follow. */
export function townSource(t: Town): string {
  return `town point of ${t.county_zh}${t.name_zh} (${t.adcode}) in geodata/base/townships.geojson ← ${t.source}`;
}
