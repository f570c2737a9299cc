/**
 * Coverage statistics: share of land area and of population inside each cut-off, per county and
 * in total. Population = 7th census 2020 per county, spread uniformly over the county's land
 * (so a county's population share equals its land share). Counties without a census figure are
 * kept for land shares and left out of population shares — listed in `populationExcluded`.
 * Denominators are the counties' full land areas (vector, sea removed), so a county cut by the
 * grid's edge counts only what the grid sees.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { cellAreaKm2, rasterise, type LandModel } from './grid';

export interface CountyInfo {
  adcode: string;
  name_zh: string;
  name_en: string;
  /** Vector land area (sea removed), km². */
  landAreaKm2: number;
  /** 2020 census resident population, or null when no figure was found. */
  population: number | null;
  geometry: Polygon | MultiPolygon;
}

export interface CoverageRow {
  adcode: string;
  name_zh: string;
  name_en: string;
  landAreaKm2: number;
  population: number | null;
  /** Per cut-off (same order as `cutoffsMinutes`). */
  withinLandKm2: number[];
  landShare: number[];
  /** null when the county has no census figure. */
  populationWithin: Array<number | null>;
}

export interface Coverage {
  cutoffsMinutes: number[];
  counties: CoverageRow[];
  total: {
    landAreaKm2: number;
    withinLandKm2: number[];
    landShare: number[];
    /** Sum over counties with a census figure. */
    population: number;
    populationWithin: number[];
    populationShare: number[];
    populationExcluded: string[];
  };
  note_en: string;
  note_zh: string;
}

/** Counties of counties.geojson joined with the census table. */
export function countyInfos(counties: FeatureCollection, census: { counties: Array<{ adcode: string; population: number | null }> }): CountyInfo[] {
  const pop = new Map(census.counties.map((c) => [c.adcode, c.population]));
  return counties.features.map((f: Feature) => {
    const p = f.properties as Record<string, unknown>;
    return {
      adcode: String(p.adcode), name_zh: String(p.name_zh), name_en: String(p.name_en),
      landAreaKm2: Number(p.landAreaKm2), population: pop.get(String(p.adcode)) ?? null,
      geometry: f.geometry as Polygon | MultiPolygon,
    };
  });
}

/** County index + 1 per cell (0 = outside every county). */
export function rasteriseCounties(model: LandModel, counties: readonly CountyInfo[]): Int32Array {
  const out = new Int32Array(model.spec.width * model.spec.height);
  counties.forEach((c, k) => rasterise(model.spec, [c.geometry], out, k + 1));
  return out;
}

/** Coverage of `minutes` at the cut-offs over the counties listed in `scope` (all when omitted). */
export function coverage(model: LandModel, countyOf: Int32Array, counties: readonly CountyInfo[], minutes: Float32Array, cutoffsMinutes: readonly number[], scope?: readonly string[]): Coverage {
  const cut = [...cutoffsMinutes].sort((a, b) => a - b);
  const within = counties.map(() => cut.map(() => 0));
  const { spec, land } = model;
  for (let row = 0; row < spec.height; row++) {
    const a = cellAreaKm2(spec, row);
    for (let i = row * spec.width, end = i + spec.width; i < end; i++) {
      const k = countyOf[i];
      if (!k || !land[i]) continue;
      const m = minutes[i];
      for (let j = cut.length - 1; j >= 0 && m <= cut[j]; j--) within[k - 1][j] += a;
    }
  }
  const rows: CoverageRow[] = [];
  counties.forEach((c, k) => {
    if (scope && !scope.includes(c.adcode)) return;
    const landShare = within[k].map((w) => Math.min(1, w / c.landAreaKm2));
    rows.push({
      adcode: c.adcode, name_zh: c.name_zh, name_en: c.name_en, landAreaKm2: c.landAreaKm2, population: c.population,
      withinLandKm2: within[k].map(round2), landShare: landShare.map(round4),
      populationWithin: landShare.map((s) => (c.population === null ? null : Math.round(s * c.population))),
    });
  });
  const landTotal = rows.reduce((s, r) => s + r.landAreaKm2, 0);
  const withinTotal = cut.map((_, j) => rows.reduce((s, r) => s + r.withinLandKm2[j], 0));
  const known = rows.filter((r) => r.population !== null);
  const popTotal = known.reduce((s, r) => s + (r.population ?? 0), 0);
  const popWithin = cut.map((_, j) => known.reduce((s, r) => s + (r.populationWithin[j] ?? 0), 0));
  const excluded = rows.filter((r) => r.population === null).map((r) => r.name_zh);
  return {
    cutoffsMinutes: cut,
    counties: rows,
    total: {
      landAreaKm2: round2(landTotal), withinLandKm2: withinTotal.map(round2), landShare: withinTotal.map((w) => round4(w / landTotal)),
      population: popTotal, populationWithin: popWithin, populationShare: popWithin.map((p) => round4(popTotal ? p / popTotal : 0)),
      populationExcluded: excluded,
    },
    note_en: `Population spread uniformly over each county's land. No census figure: ${excluded.join(', ') || 'none'} — left out of population shares, included in land shares.`,
    note_zh: `人口按县在陆地上均匀分布。无普查数:${excluded.join('、') || '无'}——不计入人口比例,计入陆地面积比例。`,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
