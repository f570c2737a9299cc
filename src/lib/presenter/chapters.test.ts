import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_KEYS } from '../plan/catalogue';
import { CHAPTERS, fitZoom, validateChapters } from './chapters';
import data from './chapters.json';

const INDEX = JSON.parse(readFileSync('geodata/web/plan-index.json', 'utf8')) as { entries: { id: string }[] };
const ctx = { layerKeys: ALL_KEYS, planIds: INDEX.entries.map((e) => e.id) };

describe('chapters.json', () => {
  it('is valid', () => {
    expect(validateChapters(data, ctx)).toEqual([]);
  });

  it('tours the plan in the order of issue #5', () => {
    const ids = CHAPTERS.map((c) => c.id);
    expect(ids.slice(0, 7)).toEqual(['metro-area', 'core-area', 'main-centre', 'sub-centres', 'axes', 'belts', 'districts']);
    expect(CHAPTERS.filter((c) => c.travel).map((c) => c.travel!.ring)).toEqual(['ring-urban', 'ring-city', 'ring-metro']);
    expect(ids.slice(-8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `action-${n}`));
  });

  it('every note cites a section of the plan', () => {
    for (const c of CHAPTERS) {
      expect(c.notes.zh, c.id).toMatch(/[二三四]、|[三四]\([一二三四五六七八]\)/);
      expect(c.notes.en, c.id).toMatch(/Section \d/);
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
