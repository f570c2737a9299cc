import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_KEYS } from '../plan/catalogue';
import { CHAPTERS, fitZoom, uncoveredIds, validateChapters } from './chapters';
import data from './chapters.json';

const INDEX = JSON.parse(readFileSync('geodata/web/plan-index.json', 'utf8')) as { entries: { id: string }[] };
const ctx = { layerKeys: ALL_KEYS, planIds: INDEX.entries.map((e) => e.id) };

describe('chapters.json', () => {
  it('is valid', () => {
    expect(validateChapters(data, ctx)).toEqual([]);
  });

  it('follows a meeting: document, goals, structure, region, city, transport, circles, actions, targets, safeguards, since 2019', () => {
    const ids = CHAPTERS.map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['opening', 'goals']);
    expect(ids.indexOf('metro-area')).toBeLessThan(ids.indexOf('main-centre'));
    expect(ids.indexOf('west-pole')).toBeLessThan(ids.indexOf('metro-circle'));
    expect(ids.indexOf('city-renewal')).toBeLessThan(ids.indexOf('districts'));
    expect(ids.indexOf('transport-network')).toBeLessThan(ids.indexOf('ring-urban'));
    expect(CHAPTERS.filter((c) => c.travel).map((c) => c.travel!.ring)).toEqual(['ring-urban', 'ring-city', 'ring-metro']);
    const actions = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ids.indexOf(`action-${n}`));
    expect(actions.every((i, k) => i > ids.indexOf('ring-metro') && (k === 0 || i === actions[k - 1] + 1))).toBe(true);
    expect(ids.slice(-3)).toEqual(['targets', 'safeguards', 'since-2019']);
  });

  it('opens with the document: its number, both issuers, the date and the provincial decision it implements', () => {
    const c = CHAPTERS[0];
    const text = `${c.caption.zh}${c.notes.zh}`;
    for (const s of ['温政发〔2019〕18号', '温州市人民政府', '丽水市人民政府', '2019年12月12日', '浙委发〔2018〕78号']) expect(text, s).toContain(s);
    const plan = readFileSync('geodata/plan/source/wenzhou-metro-action-plan-2019.zh.txt', 'utf8');
    for (const s of ['温政发〔2019〕18号', '2019年12月12日', '浙委发〔2018〕78号']) expect(plan, s).toContain(s);
  });

  it('shows every one of the plan ids in at least one chapter', () => {
    expect(INDEX.entries).toHaveLength(114);
    expect(uncoveredIds(CHAPTERS, ctx.planIds)).toEqual([]);
  });

  it('shows the 1-hour circles on the 2022 network only, with the computed seat table beside them', () => {
    for (const c of CHAPTERS.filter((x) => x.travel)) {
      expect(c.travel!.scenario, c.id).toBe('plan-2022');
      expect(c.year, c.id).toBe(2022);
      expect(c.board, c.id).toBe('seats');
      // Minutes come from the model at run time, never from the caption.
      expect(`${c.caption.zh}${c.caption.en}`, c.id).not.toMatch(/\d+\s*(分钟|min)/);
    }
  });

  it('turns on relief for the "环山、跨江、面海" chapter and shows a plan paragraph there', () => {
    const c = CHAPTERS.find((x) => x.terrain)!;
    expect(c.notes.zh).toContain('环山、跨江、面海');
    expect(c.paragraph).toBe('三(一)1');
  });

  it('every note cites a section of the plan', () => {
    for (const c of CHAPTERS) {
      expect(c.notes.zh, c.id).toMatch(/[一二三四五]、|[三四五]\([一二三四五六七八]\)/);
      expect(c.notes.en, c.id).toMatch(/Sections? \d/);
    }
  });
});

describe('validateChapters', () => {
  const good = () => structuredClone(data) as { chapters: Record<string, unknown>[] };

  it('rejects an empty or missing list', () => {
    expect(validateChapters({}, ctx)).toHaveLength(1);
    expect(validateChapters({ chapters: [] }, ctx)).toHaveLength(1);
    expect(validateChapters(null, ctx)).toHaveLength(1);
  });

  it('names an unknown layer key, an unknown plan id, a bad year and a missing translation', () => {
    const d = good();
    d.chapters[0].visible = ['regions', 'nope'];
    d.chapters[1].highlight = ['not-an-id'];
    d.chapters[2].year = 2030;
    d.chapters[3].caption = { zh: '标题', en: '' };
    const errors = validateChapters(d, ctx);
    expect(errors).toHaveLength(4);
    expect(errors.join('\n')).toContain('not-an-id');
  });

  it('counts an id no chapter highlights as uncovered', () => {
    expect(uncoveredIds([{ highlight: ['a'] }, { highlight: ['b', 'a'] }], ['a', 'b', 'c'])).toEqual(['c']);
  });

  it('rejects a circle on the 2035 network, a seats board without a circle, a bad paragraph and a bad board', () => {
    const d = good();
    const ring = d.chapters.findIndex((c) => c.travel);
    d.chapters[ring].travel = { ring: 'ring-metro', scenario: 'plan-2035' };
    d.chapters[0].board = 'seats';
    d.chapters[1].paragraph = 'chapter 3';
    d.chapters[2].board = 'slides';
    d.chapters[3].terrain = 'yes';
    expect(validateChapters(d, ctx)).toHaveLength(5);
  });

  it('rejects a camera outside the region, a duplicate id and a bad travel ring', () => {
    const d = good();
    d.chapters[0].camera = { center: [0, 0], zoom: 9, bearing: 0, pitch: 0 };
    d.chapters[1].id = d.chapters[2].id;
    d.chapters[7].travel = { ring: 'ring-moon', scenario: 'plan-2022' };
    expect(validateChapters(d, ctx)).toHaveLength(3);
  });
});

describe('fitZoom', () => {
  it('is the authored zoom on the reference screen and one less at half the size', () => {
    expect(fitZoom(9, 1920, 1080)).toBe(9);
    expect(fitZoom(9, 960, 540)).toBeCloseTo(8);
  });
  it('uses the tighter side, and ignores an unmeasured screen', () => {
    expect(fitZoom(9, 3840, 1080)).toBe(9);
    expect(fitZoom(9, 0, 0)).toBe(9);
  });
});
