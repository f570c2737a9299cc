import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './model';
import { PLAN_TARGETS, computeFigures, computeTargetFigure, targetAmount, type FiguresInput, type PopulationSource, type TargetsIndexEntry } from './targets';

const ROOT = new URL('../../..', import.meta.url);
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
      expect(t.group === 'long-range' ? [null, 2035] : [null, 2022], t.id).toContain(t.year);
    }
  });

  it('gives a year only where the plan’s own sentence does (the seven figures without one say so)', () => {
    const text = readFileSync(PLAN_TEXT, 'utf8');
    for (const t of PLAN_TARGETS) {
      if (t.group === 'long-range' && t.year === null) continue; // 百万人才、千万人口、万亿GDP: a slogan, no year
      const sentence = text.split('。').find((s) => s.includes(t.quote_zh))!;
      const stated = /2035年/.test(sentence) ? 2035 : /20\s*22/.test(sentence) ? 2022 : null;
      expect(t.year, `${t.id}: ${sentence}`).toBe(stated);
    }
    const noYear = ['new-economy-growth', 'wuwei-land', 'talents-per-year', 'innovation-teams', 'institutes', 'brt', 'tourism-demo-areas'];
    for (const id of noYear) expect(PLAN_TARGETS.find((t) => t.id === id)?.year, id).toBeNull();
  });

  it('includes the figures the body states beyond INVENTORY.md, with their sections (issue 12)', () => {
    const want: [string, string][] = [
      ['80%以上县', '四(五)19'], ['5000亿', '四(一)2'], ['每年推动10项', '四(一)1'], ['5家省级产业创新服务综合体', '四(一)4'],
      ['3万亩', '三(三)1'], ['79平方公里', '三(三)1'], ['17个区级重点区块', '三(三)2'], ['20个都市区标志性建筑', '三(三)2'],
      ['76个重大文旅融合项目', '四(七)28'], ['十一个', '四(五)21'], ['骨干企业10家以上', '四(八)30'], ['设计基地10个左右', '四(八)30'],
      ['工业设计中心100个左右', '四(八)30'], ['10大进口平台', '四(八)31'], ['10个具有区域影响力智慧化商圈', '四(八)31'],
      ['10条具有区域标志性步行街区', '四(八)31'], ['智造发达的时尚之城', '二'],
    ];
    for (const [words, section] of want) {
      const t = PLAN_TARGETS.find((x) => x.quote_zh.includes(words));
      expect(t?.section, words).toBe(section);
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

  it('sets no figure beside BRT (the plan gives no alignment) and says why', () => {
    expect(figureOf('brt')).toBeNull();
    expect(PLAN_TARGETS.find((t) => t.id === 'brt')!.mapNote?.en).toMatch(/no alignment/);
  });

  it('labels unit conversions of a target as conversions, and only map data as measurements', () => {
    for (const t of PLAN_TARGETS) {
      const f = computeTargetFigure(t, figures, input.index);
      if (!f) continue;
      const measured = t.computable!.kind === 'placed' || t.computable!.kind === 'metroPopulation';
      expect(f.basis, t.id).toBe(measured ? 'map' : 'conversion');
      if (f.basis === 'conversion') expect(f.ratio, `${t.id}: a conversion is not progress`).toBeNull();
    }
  });

  it('counts the future-community pilots placed on the map against about 10', () => {
    const placed = input.index.find((e) => e.id === 'future-communities')!.features;
    expect(figureOf('future-communities')).toMatchObject({ value: placed, ratio: placed / 10 });
  });

  // Expected populations are summed here straight from the source file, not taken from computeFigures.
  const source = input.population.counties.map((c) => ({ adcode: c.adcode, people: c.population ?? c.yearEnd2021 ?? 0 }));
  const metroPeople = source.reduce((s, c) => s + c.people, 0);
  const wenzhouPeople = source.filter((c) => c.adcode.startsWith('3303')).reduce((s, c) => s + c.people, 0);

  it('sets the metro population from the county table against ten million', () => {
    expect(metroPeople).toBeGreaterThan(9e6); // census 2020: about 9.6 million in Wenzhou city alone
    expect(figureOf('ten-million-people')).toMatchObject({ basis: 'map', value: metroPeople, ratio: metroPeople / 1e7 });
  });

  it('turns 万亩 into km² (6万亩 = 40 km², 3万亩 = 20 km²) and per-capita rates into totals for Wenzhou city', () => {
    expect(figureOf('wuwei-land')!.value).toBeCloseTo(40, 6);
    expect(figureOf('renewal-clearance')!.value).toBeCloseTo(20, 6);
    expect(wenzhouPeople).toBeLessThan(metroPeople);
    expect(figureOf('hospital-beds')!.value).toBeCloseTo((6 * wenzhouPeople) / 1000, 6);
    expect(figureOf('fitness-trails')!.value).toBeCloseTo((2 * wenzhouPeople) / 1e4, 6);
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
