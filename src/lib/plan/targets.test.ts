import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './model';
import { PLAN_TARGETS, computeFigures, computeTargetFigure, targetAmount, type FiguresInput, type PopulationSource, type TargetsIndexEntry } from './targets';

const ROOT = new URL('../../../', import.meta.url);
const PLAN_TEXT = new URL('geodata/plan/source/wenzhou-metro-action-plan-2019.zh.txt', ROOT);
const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as T;

function loadInput(): FiguresInput {
  return {
    index: json<{ entries: TargetsIndexEntry[] }>('geodata/web/plan-index.json').entries,
    counties: json<FeatureCollection>('geodata/web/counties.geojson'),
    regions: json<FeatureCollection>('geodata/web/regions.geojson'),
    population: json<PopulationSource>('scripts/sources/county-population-2020.json'),
  };
}

describe('computeFigures on the committed data', () => {
  it('has one row per county, 13 in all, each with land area and a population basis', () => {
    const { countyRows } = computeFigures(loadInput());
    expect(countyRows).toHaveLength(13);
    for (const r of countyRows) {
      expect(r.landAreaKm2, r.adcode).toBeGreaterThan(0);
      expect(r.areaKm2 + 1e-6, r.adcode).toBeGreaterThanOrEqual(r.landAreaKm2);
      expect(r.population, r.adcode).toBeGreaterThan(0);
      expect(['census-2020', 'bureau-2021'], r.adcode).toContain(r.populationBasis);
    }
  });

  it('uses the census where the source has it and the 2021 bureau figure only where it does not', () => {
    const input = loadInput();
    const { countyRows } = computeFigures(input);
    for (const src of input.population.counties) {
      const row = countyRows.find((r) => r.adcode === src.adcode)!;
      if (src.population != null) expect([row.population, row.populationBasis]).toEqual([src.population, 'census-2020']);
      else expect([row.population, row.populationBasis]).toEqual([src.yearEnd2021, 'bureau-2021']);
    }
    expect(countyRows.find((r) => r.name_zh === '青田县')?.populationBasis).toBe('census-2020');
  });

  it('gives core-area shares strictly between 0 and 1, with the core inside the metro area', () => {
    const f = computeFigures(loadInput());
    for (const share of [f.coreShareLand, f.coreSharePopulation]) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(1);
    }
    expect(f.coreLandKm2).toBeLessThan(f.metroLandKm2);
    expect(f.corePopulation).toBeLessThan(f.metroPopulation);
    expect(f.wenzhouPopulation).toBeLessThan(f.metroPopulation);
  });

  it('agrees with the county table: region land areas equal the sum of their counties (within 0.5 %)', () => {
    const f = computeFigures(loadInput());
    const sum = (core: boolean) => f.countyRows.filter((r) => !core || r.inCoreArea).reduce((s, r) => s + r.landAreaKm2, 0);
    expect(Math.abs(sum(false) - f.metroLandKm2) / f.metroLandKm2).toBeLessThan(0.005);
    expect(Math.abs(sum(true) - f.coreLandKm2) / f.coreLandKm2).toBeLessThan(0.005);
  });

  it('counts items by action so that the counts add up to the entries that have an action', () => {
    const input = loadInput();
    const f = computeFigures(input);
    expect(f.projectsByAction.map((a) => a.action)).toEqual(ACTIONS.map((a) => a.n));
    const withAction = input.index.filter((e) => e.action !== null).length;
    expect(f.projectsByAction.reduce((s, a) => s + a.total, 0)).toBe(withAction);
    for (const a of f.projectsByAction) {
      expect(Object.values(a.byStatus).reduce((s, n) => s + n, 0), `action ${a.action}`).toBe(a.total);
    }
  });

  it('gives the placed share as entries with features over all entries', () => {
    const input = loadInput();
    const f = computeFigures(input);
    expect(f.entryCount).toBe(input.index.length);
    expect(f.placedShare).toBeCloseTo(input.index.filter((e) => e.features > 0).length / input.index.length, 12);
    expect(f.placedShare).toBeGreaterThan(0);
    expect(f.placedShare).toBeLessThanOrEqual(1);
  });
});

describe('computeFigures on a hand-made fixture', () => {
  const POINT = { type: 'Point' as const, coordinates: [120.6, 28] };
  const county = (adcode: string, inCoreArea: boolean, landAreaKm2: number) => ({
    type: 'Feature' as const,
    geometry: POINT,
    properties: { adcode, name_zh: `${adcode}县`, name_en: adcode, inCoreArea, areaKm2: landAreaKm2 + 1, landAreaKm2, officialAreaKm2: null },
  });
  const region = (id: string, landAreaKm2: number) => ({ type: 'Feature' as const, geometry: POINT, properties: { id, landAreaKm2 } });
  const input: FiguresInput = {
    index: [
      { id: 'a', action: 1, status: 'existing', features: 1 },
      { id: 'b', action: 1, status: 'planned', features: 0 },
      { id: 'c', action: null, status: 'planned', features: 2 },
    ],
    counties: { type: 'FeatureCollection', features: [county('330301', true, 30), county('331101', false, 70)] },
    regions: { type: 'FeatureCollection', features: [region('metro-area', 100), region('core-area', 30)] },
    population: { counties: [{ adcode: '330301', population: null, yearEnd2021: 300 }, { adcode: '331101', population: 100 }] },
  };

  it('computes shares, bases and counts exactly', () => {
    const f = computeFigures(input);
    expect(f.coreShareLand).toBe(0.3);
    expect([f.metroPopulation, f.corePopulation, f.coreSharePopulation, f.wenzhouPopulation]).toEqual([400, 300, 0.75, 300]);
    expect(f.countyRows.map((r) => r.populationBasis)).toEqual(['bureau-2021', 'census-2020']);
    expect(f.projectsByAction[0]).toMatchObject({ action: 1, total: 2, byStatus: { existing: 1, 'under-construction': 0, planned: 1 } });
    expect(f.placedShare).toBeCloseTo(2 / 3, 12);
  });
});

describe('PLAN_TARGETS', () => {
  it('has unique ids, both languages, a positive value and a known group for every target', () => {
    expect(new Set(PLAN_TARGETS.map((t) => t.id)).size).toBe(PLAN_TARGETS.length);
    for (const t of PLAN_TARGETS) {
      expect(t.label.zh.trim(), t.id).not.toBe('');
      expect(t.label.en.trim(), t.id).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(t.label.en), `${t.id} en label has Chinese`).toBe(false);
      expect(t.value, t.id).toBeGreaterThan(0);
      expect(['overall', 'long-range', ...ACTIONS.map((a) => a.n)], t.id).toContain(t.group);
      expect(t.year === null, t.id).toBe(t.group === 'long-range');
    }
  });

  it('covers every 2022 indicator of INVENTORY.md "Targets" and the three long-range goals', () => {
    const quotes = PLAN_TARGETS.map((t) => t.quote_zh).join('|');
    for (const figure of ['8000亿', '800亿', '15%', '千人床位数达6张', '10个左右', '2公里', '13.5', '1/3', '30个左右', '100条', '2700个',
      '1000个', '20万亩', '15T', '95%以上的市级', '90%以上', '可办率达95%', '示范区5个', '200公里BRT', '6万亩', '50名', '团队20个', '10所', '百万人才', '千万人口', '万亿GDP']) {
      expect(quotes, figure).toContain(figure);
    }
  });

  it('states each target in the section it cites, in the plan’s own words', () => {
    const text = readFileSync(PLAN_TEXT, 'utf8');
    for (const t of PLAN_TARGETS) {
      const body = sectionText(text, t.section);
      expect(body, `${t.id}: section ${t.section} not found`).not.toBe('');
      expect(body, `${t.id}: quote not in ${t.section}`).toContain(t.quote_zh);
    }
  });

  it('formats the target in each language’s unit (亿元 → bn yuan, 万亩 → mu)', () => {
    const byId = (id: string) => PLAN_TARGETS.find((t) => t.id === id)!;
    expect(targetAmount(byId('gdp-2022'), 'zh')).toMatchObject({ prefix: '约', value: 8000, unit: '亿元' });
    expect(targetAmount(byId('gdp-2022'), 'en')).toMatchObject({ prefix: 'about', value: 800, unit: 'bn yuan' });
    expect(targetAmount(byId('wuwei-land'), 'en')).toMatchObject({ prefix: '≥', value: 60000, unit: 'mu', decimals: 0 });
    expect(targetAmount(byId('green-space'), 'zh')).toMatchObject({ value: 13.5, decimals: 1 });
  });
});

describe('computeTargetFigure on the committed data', () => {
  const input = loadInput();
  const figures = computeFigures(input);
  const figureOf = (id: string) => computeTargetFigure(PLAN_TARGETS.find((t) => t.id === id)!, figures, input.index);

  it('returns a figure exactly for the targets marked computable, each with both languages', () => {
    for (const t of PLAN_TARGETS) {
      const f = computeTargetFigure(t, figures, input.index);
      expect(f === null, t.id).toBe(t.computable === null);
      if (!f) continue;
      expect(Number.isFinite(f.value), t.id).toBe(true);
      expect(f.value, t.id).toBeGreaterThanOrEqual(0);
      for (const text of [f.unit, f.note, f.prefix]) if (text) expect([text.zh.trim() !== '', text.en.trim() !== ''], t.id).toEqual([true, true]);
    }
  });

  it('shows no BRT line, because the plan gives no alignment', () => {
    const f = figureOf('brt')!;
    expect(f.value).toBe(0);
    expect(f.note?.en).toMatch(/no alignment/);
  });

  it('counts the future-community pilots placed on the map against about 10', () => {
    const placed = input.index.find((e) => e.id === 'future-communities')!.features;
    expect(figureOf('future-communities')).toMatchObject({ value: placed, ratio: placed / 10 });
  });

  it('sets the metro population from the county table against ten million', () => {
    expect(figureOf('ten-million-people')).toMatchObject({ value: figures.metroPopulation, ratio: figures.metroPopulation / 1e7 });
  });

  it('turns 万亩 into km² (6万亩 = 40 km²) and per-capita rates into totals for Wenzhou city', () => {
    expect(figureOf('wuwei-land')!.value).toBeCloseTo(40, 6);
    expect(figureOf('hospital-beds')!.value).toBeCloseTo((6 * figures.wenzhouPopulation) / 1000, 6);
    expect(figureOf('fitness-trails')!.value).toBeCloseTo((2 * figures.wenzhouPopulation) / 1e4, 6);
  });

  it('reads “1/3 of the 县(市)” as at least 3 of Wenzhou’s 8 counties and county-level cities', () => {
    const f = figureOf('forest-cities')!;
    expect(f.value).toBe(3);
    expect(f.unit.zh).toContain('8');
  });
});

/**
 * The text of a section in the plan-index notation: 二 (a part), 三(三)3 (a numbered paragraph in a
 * sub-section; numbering restarts per sub-section in 三 and runs 1–32 through 四).
 */
function sectionText(text: string, section: string): string {
  const m = /^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\)(\d+)?)?$/.exec(section);
  if (!m) return '';
  const [, part, sub, para] = m;
  const lines = text.split('\n');
  let inPart = false;
  let inSub = sub === undefined;
  const out: string[] = [];
  for (const line of lines) {
    const partHead = /^([一二三四五六七八九十]+)、/.exec(line);
    if (partHead) {
      inPart = partHead[1] === part;
      if (sub !== undefined) inSub = false;
      continue;
    }
    if (!inPart) continue;
    const subHead = /^\(([一二三四五六七八九十]+)\)/.exec(line);
    if (subHead && sub !== undefined) {
      inSub = subHead[1] === sub;
      continue;
    }
    if (!inSub) continue;
    if (para === undefined || line.startsWith(`${para}.`)) out.push(line);
  }
  return out.join('\n');
}
