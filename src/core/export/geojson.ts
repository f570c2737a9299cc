/**
 * GeoJSON export of what the map shows: the plan features of the visible catalogue items up to
 * the chosen year, with their properties, plus any computed travel rings, catchment rings and
 * circles and the gained area (read defensively: the travel state may not have them).
 */
import type { Feature, FeatureCollection } from 'geojson';

/** Plan features whose `cat` is visible and whose `visibleFrom` ≤ `year`. */
export function visiblePlanFeatures(plan: FeatureCollection | undefined, cats: readonly string[], year: number): Feature[] {
  if (!plan) return [];
  return plan.features.filter((f) => {
    const p = f.properties ?? {};
    return cats.includes(String(p.cat)) && Number(p.visibleFrom ?? -Infinity) <= year;
  });
}

/** Catalogue keys that draw at least one feature at `year` (for the legend). */
export function drawnCats(plan: FeatureCollection | undefined, cats: readonly string[], year: number): Set<string> {
  return new Set(visiblePlanFeatures(plan, cats, year).map((f) => String(f.properties?.cat)));
}

/**
 * Computed travel features, each tagged with `layer` (travel-ring, catchment-ring,
 * catchment-circle, travel-gained) and where it comes from (ring, scenario, origin).
 */
export function travelFeatures(travel: unknown): Feature[] {
  const t = asRecord(travel);
  const out: Feature[] = [];
  const result = asRecord(t.result);
  const origin = asRecord(result.origin);
  const ringMeta = { ring: result.planRef, scenario: result.scenario, origin_zh: origin.name_zh, origin_en: origin.name_en, origin_lonlat: origin.lonLat };
  out.push(...tag(result.rings, 'travel-ring', ringMeta));
  const point = asRecord(t.point);
  out.push(...tag(point.rings, 'catchment-ring', { origin_lonlat: point.origin }));
  out.push(...tag(point.circles, 'catchment-circle', { origin_lonlat: point.origin }));
  const diff = asRecord(t.difference);
  if (diff.gained) out.push(...tag([diff.gained], 'travel-gained', { ring: diff.ref }));
  return out;
}

function tag(list: unknown, layer: string, meta: Record<string, unknown>): Feature[] {
  if (!Array.isArray(list)) return [];
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== null));
  return list.filter(isFeature).map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { layer, ...clean, ...(f.properties ?? {}) } }));
}

function isFeature(x: unknown): x is Feature {
  const f = asRecord(x);
  return f.type === 'Feature' && typeof f.geometry === 'object' && f.geometry !== null;
}

function asRecord(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
}
