import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../i18n/i18n';
import { SHARE_STRINGS } from '../i18n/share';
import { TRAVEL_STRINGS } from '../i18n/travel';
import { CHAPTERS } from '../presenter/chapters';
import { CATALOGUE } from './catalogue';
import { GLOSSARY, englishProblems, expectedEnglish, glossaryEn } from './glossary';
import { ACTIONS } from './model';
import { PLAN_TARGETS } from './targets';
import { OUTCOMES } from './targets-outcomes';
import { TARGET_STRINGS } from '../i18n/targets';

interface CatalogueEntry { id: string; name_zh: string; name_en: string; summary_en: string; since: { en: string } | null }
const CATALOGUE_ENTRIES = JSON.parse(readFileSync('scripts/sources/plan-catalogue.json', 'utf8')) as CatalogueEntry[];

/** Every English string the app shows from its own sources, with where it comes from. */
function englishStrings(): [string, string][] {
  const out: [string, string][] = [];
  for (const e of CATALOGUE_ENTRIES) {
    out.push([`catalogue ${e.id}.name_en`, e.name_en], [`catalogue ${e.id}.summary_en`, e.summary_en]);
    if (e.since) out.push([`catalogue ${e.id}.since.en`, e.since.en]);
  }
  for (const c of CHAPTERS) for (const f of ['title', 'caption', 'notes'] as const) out.push([`chapter ${c.id}.${f}`, c[f].en]);
  for (const t of PLAN_TARGETS) {
    out.push([`target ${t.id}.label`, t.label.en], [`target ${t.id}.unit`, t.unit.en]);
    if (t.valueText) out.push([`target ${t.id}.valueText`, t.valueText.en]);
    if (t.mapNote) out.push([`target ${t.id}.mapNote`, t.mapNote.en]);
  }
  for (const [id, o] of Object.entries({ ...OUTCOMES.targets, ...OUTCOMES.projects })) out.push([`outcome ${id}`, o.en]);
  for (const [table, strings] of [['i18n', STRINGS], ['i18n-share', SHARE_STRINGS], ['i18n-travel', TRAVEL_STRINGS], ['targets-strings', TARGET_STRINGS]] as const)
    for (const [k, v] of Object.entries(strings)) out.push([`${table}.${k}`, (v as { en: string }).en]);
  for (const a of ACTIONS) out.push([`action ${a.n}`, a.en]);
  for (const g of CATALOGUE) {
    out.push([`catalogue group ${g.key}`, g.en]);
    for (const i of g.items) out.push([`catalogue item ${i.key}`, i.en]);
  }
  return out;
}

describe('glossary', () => {
  it('has one entry per Chinese name and one English name per entry', () => {
    expect(new Set(GLOSSARY.map((t) => t.zh)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((t) => t.en)).size).toBe(GLOSSARY.length);
    expect(glossaryEn('瓯江')).toBe('Ou River');
    // Its own names must not trip its own rules.
    for (const t of GLOSSARY) expect(englishProblems(t.en, t.zh)).toEqual([]);
  });

  it('finds another rendering and Chinese left in an English string', () => {
    expect(englishProblems('around Daluo Shan and the Oujiang', 'x')).toHaveLength(2);
    expect(englishProblems('the Oujiangkou New Area on the Ou River', 'x')).toEqual([]);
    expect(englishProblems('the city region (市域)', 'x')).toHaveLength(1);
    expect(expectedEnglish('瓯江口新区')).toEqual(['Oujiangkou']);
    expect(expectedEnglish('瓯江-塘河城市生命带')).toEqual(['Ou River', 'Tang River']);
  });

  // Chinese on purpose: the search box names the scripts it accepts, and the print button is bilingual.
  const BILINGUAL_BY_DESIGN = new Set(['i18n.searchPlaceholder', 'i18n.printButton']);

  it('no English string renders a glossary name another way or keeps Chinese characters', () => {
    const problems = englishStrings().flatMap(([where, text]) =>
      englishProblems(text, where).filter((p) => !(BILINGUAL_BY_DESIGN.has(where) && p.includes('Chinese left'))),
    );
    expect(problems).toEqual([]);
  });

  it('every catalogue name uses the glossary’s English for the names it contains', () => {
    const problems: string[] = [];
    for (const e of CATALOGUE_ENTRIES)
      for (const en of expectedEnglish(e.name_zh)) if (!e.name_en.toLowerCase().includes(en.toLowerCase())) problems.push(`${e.id}: "${e.name_en}" lacks "${en}"`);
    expect(problems).toEqual([]);
  });

  it('names the eight actions the same in the model, the layer list and the presenter', () => {
    for (const a of ACTIONS) {
      expect(a.en, a.zh).toBe(glossaryEn(a.zh));
      const chapter = CHAPTERS.find((c) => c.id === `action-${a.n}`)!;
      expect(chapter.title.en).toBe(`Action ${a.n}: ${a.en}`);
      expect(CATALOGUE.flatMap((g) => g.items).find((i) => i.key === `action-${a.n}`)?.en).toContain(a.en);
    }
  });
});
