/**
 * The plan's quantified targets (二, 三(三)3 and 四: the 2022 indicators and the long-range goals
 * 百万人才、千万人口、万亿GDP), and the figures the app can compute itself from its own data to set
 * beside them: areas (Turf, precomputed in geodata/web), county populations, counts of plan items.
 * Pure: no svelte, no maplibre.
 */
import { populationTable } from '../data/population';
import type { FeatureCollection } from 'geojson';
import { fmt } from '../i18n/i18n';
import { ACTIONS, STATUSES, type Status } from './model';
import type { LocalText } from '../i18n/targets';
import type { PlanTarget } from './target-types';

/** The fields of a plan-index entry (geodata/web/plan-index.json) that the dashboard reads. */
export interface TargetsIndexEntry {
  id: string;
  name_zh?: string;
  name_en?: string;
  layer?: string;
  action: number | null;
  status: Status;
  features: number;
}

/** scripts/sources/county-population-2020.json: census 2020 where found, bureau 2021 year-end else. */
export interface PopulationSource {
  counties: { adcode: string; population: number | null; yearEnd2021?: number | null }[];
}

export interface FiguresInput {
  index: readonly TargetsIndexEntry[];
  counties: FeatureCollection;
  regions: FeatureCollection;
  population: PopulationSource;
}

export type PopulationBasis = 'census-2020' | 'bureau-2021';

export interface CountyRow {
  adcode: string;
  name_zh: string;
  name_en: string;
  inCoreArea: boolean;
  /** In 温州市 (adcode 3303xx) rather than 青田 (丽水市). */
  inWenzhouCity: boolean;
  landAreaKm2: number;
  /** County polygon incl. the sea inside its boundary, km² (Turf). */
  areaKm2: number;
  officialAreaKm2: number | null;
  population: number | null;
  populationBasis: PopulationBasis | null;
}

export interface ActionCount {
  action: number;
  zh: string;
  en: string;
  total: number;
  byStatus: Record<Status, number>;
}

export interface Figures {
  metroLandKm2: number;
  coreLandKm2: number;
  /** Core-area land / metro-area land, 0–1. */
  coreShareLand: number;
  metroPopulation: number;
  corePopulation: number;
  /** Core-area population / metro-area population, 0–1 (mixed census/bureau basis). */
  coreSharePopulation: number;
  /** Population of 温州市 (the 12 Wenzhou units, without 青田), for the 全市 per-capita targets. */
  wenzhouPopulation: number;
  countyRows: CountyRow[];
  projectsByAction: ActionCount[];
  placedCount: number;
  entryCount: number;
  /** Entries with at least one feature on the map / all entries, 0–1. */
  placedShare: number;
}

/** Computes areas, populations and item counts for the dashboard from the app's own data. */
export function computeFigures(input: FiguresInput): Figures {
  const popByAdcode = new Map(populationTable(input.population).map((r) => [r.adcode, r]));
  const countyRows: CountyRow[] = input.counties.features.map((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const adcode = String(p.adcode);
    const pop = popByAdcode.get(adcode);
    return {
      adcode,
      name_zh: String(p.name_zh ?? ''),
      name_en: String(p.name_en ?? ''),
      inCoreArea: p.inCoreArea === true,
      inWenzhouCity: adcode.startsWith('3303'),
      landAreaKm2: num(p.landAreaKm2),
      areaKm2: num(p.areaKm2),
      officialAreaKm2: p.officialAreaKm2 == null ? null : num(p.officialAreaKm2),
      population: pop?.population ?? null,
      populationBasis: pop && pop.basis !== 'none' ? pop.basis : null,
    };
  });
  const metroLandKm2 = regionLand(input.regions, 'metro-area');
  const coreLandKm2 = regionLand(input.regions, 'core-area');
  const sumPop = (keep: (r: CountyRow) => boolean) => countyRows.filter(keep).reduce((s, r) => s + (r.population ?? 0), 0);
  const metroPopulation = sumPop(() => true);
  const corePopulation = sumPop((r) => r.inCoreArea);
  const placedCount = input.index.filter((e) => e.features > 0).length;
  return {
    metroLandKm2,
    coreLandKm2,
    coreShareLand: metroLandKm2 > 0 ? coreLandKm2 / metroLandKm2 : 0,
    metroPopulation,
    corePopulation,
    coreSharePopulation: metroPopulation > 0 ? corePopulation / metroPopulation : 0,
    wenzhouPopulation: sumPop((r) => r.inWenzhouCity),
    countyRows,
    projectsByAction: countByAction(input.index),
    placedCount,
    entryCount: input.index.length,
    placedShare: input.index.length > 0 ? placedCount / input.index.length : 0,
  };
}

export type { Computable, PlanTarget } from './target-types';
export { PLAN_TARGETS } from './targets-list';

/**
 * A figure ready to show: value in `unit`, with a note and, where meaningful, value / target.
 * `basis` says what it is: 'map' = measured from the map's own data (features drawn, the county
 * population table); 'conversion' = the target itself in other units (万亩 → km², a per-capita rate
 * × population, a fraction of the county count), which says nothing about whether it was reached.
 */
export interface TargetFigure {
  basis: 'map' | 'conversion';
  prefix: LocalText | null;
  value: number;
  decimals: number;
  unit: LocalText;
  note: LocalText | null;
  /** Computed / target, where the two measure the same thing. */
  ratio: number | null;
}

/** A target's own figure in the language's unit (亿元 → bn yuan, 万亩 → mu) with the comparator word. */
export function targetAmount(t: PlanTarget, lang: 'zh' | 'en'): { prefix: string; value: number; decimals: number; unit: string } {
  const value = lang === 'en' ? t.value * (t.enFactor ?? 1) : t.value;
  const prefix = t.comparator === 'about' ? (lang === 'zh' ? '约' : 'about') : t.comparator === 'atLeast' ? '≥' : '';
  return { prefix, value, decimals: Number.isInteger(Math.round(value * 1e6) / 1e6) ? 0 : 1, unit: t.unit[lang] };
}

const MU_M2 = 10000 / 15; // 1 亩 = 666.67 m² (市制)

/** The figure the app sets beside a target (a measurement or a unit conversion), or null when it has none. */
export function computeTargetFigure(target: PlanTarget, figures: Figures, index: readonly TargetsIndexEntry[]): TargetFigure | null {
  const c = target.computable;
  if (!c) return null;
  const both = (f: (lang: 'zh' | 'en') => string): LocalText => ({ zh: f('zh'), en: f('en') });
  switch (c.kind) {
    case 'placed': {
      const ids = new Set(c.entryIds);
      const value = index.filter((e) => ids.has(e.id)).reduce((s, e) => s + e.features, 0);
      return { basis: 'map', prefix: null, value, decimals: 0, unit: c.unit, note: c.note, ratio: value / target.value };
    }
    case 'metroPopulation': {
      const wan = figures.metroPopulation / 1e4;
      const n = figures.countyRows.length;
      return {
        basis: 'map',
        prefix: null,
        value: figures.metroPopulation,
        decimals: 0,
        unit: { zh: '人', en: 'residents' },
        note: both((l) =>
          l === 'zh'
            ? `都市区 ${fmt(n, l, 0)} 个县（市、区）合计，约 ${fmt(wan, l, 0)} 万人`
            : `the metro area’s ${fmt(n, l, 0)} counties added up, about ${fmt(wan / 100, l, 2)} million`,
        ),
        ratio: figures.metroPopulation / (target.value * 1e4),
      };
    }
    case 'perCapita': {
      const pop = figures.wenzhouPopulation;
      return {
        basis: 'conversion',
        prefix: { zh: target.comparator === 'atLeast' ? '≥' : '≈', en: target.comparator === 'atLeast' ? '≥' : '≈' },
        value: (target.value * pop) / c.per,
        decimals: 0,
        unit: c.unit,
        note: both((l) => `${c.note[l]} ${l === 'zh' ? `${fmt(pop / 1e4, l, 1)} 万人` : `${fmt(pop / 1e6, l, 2)} million`}`),
        ratio: null,
      };
    }
    case 'countyFraction': {
      const xian = figures.countyRows.filter((r) => r.inWenzhouCity && /[县市]$/.test(r.name_zh)).length;
      return {
        basis: 'conversion',
        prefix: { zh: '≥', en: '≥' },
        value: Math.ceil(xian * target.value - 1e-9),
        decimals: 0,
        unit: both((l) => (l === 'zh' ? `个（温州市 ${fmt(xian, l, 0)} 个县、市中）` : `of Wenzhou’s ${fmt(xian, l, 0)} counties and county-level cities`)),
        note: { zh: '按地图县级区划计数（不含市辖区）', en: 'counted from the map’s county table (districts excluded)' },
        ratio: null,
      };
    }
    case 'areaWanMu': {
      const km2 = (target.value * 1e4 * MU_M2) / 1e6;
      const share = figures.metroLandKm2 > 0 ? km2 / figures.metroLandKm2 : 0;
      return {
        basis: 'conversion',
        prefix: { zh: '=', en: '=' },
        value: km2,
        decimals: km2 < 100 ? 1 : 0,
        unit: { zh: '平方公里', en: 'km²' },
        note: both((l) => (l === 'zh' ? `占都市区陆地面积 ${fmt(share * 100, l, 1)}%` : `${fmt(share * 100, l, 1)}% of the metro area’s land`)),
        ratio: null,
      };
    }
  }
}

function countByAction(index: readonly TargetsIndexEntry[]): ActionCount[] {
  return ACTIONS.map((a) => {
    const mine = index.filter((e) => e.action === a.n);
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, mine.filter((e) => e.status === s).length])) as Record<Status, number>;
    return { action: a.n, zh: a.zh, en: a.en, total: mine.length, byStatus };
  });
}

function regionLand(regions: FeatureCollection, id: string): number {
  const f = regions.features.find((x) => (x.properties?.id ?? x.id) === id);
  return f ? num(f.properties?.landAreaKm2) : 0;
}

function num(v: unknown): number {
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
}
