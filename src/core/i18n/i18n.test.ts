import { describe, expect, it } from 'vitest';
import { STRINGS, fmt, pick, t } from './i18n';
import { SHARE_STRINGS } from './share';
import { TRAVEL_STRINGS } from './travel';

/** English strings that show Chinese on purpose, with exactly the Chinese they may contain. */
const CHINESE_IN_ENGLISH: Record<string, string[]> = {
  searchPlaceholder: ['中文'], // the search takes Chinese: the placeholder names it in Chinese
  printButton: ['打印'], // bilingual on purpose in both languages (a printed sheet is for either reader)
};

describe('i18n', () => {
  it('has both languages, non-empty, for every UI string', () => {
    for (const [key, v] of Object.entries({ ...STRINGS, ...SHARE_STRINGS, ...TRAVEL_STRINGS }) as [string, { zh: string; en: string }][]) {
      expect(v.zh.trim(), `${key}.zh`).not.toBe('');
      expect(v.en.trim(), `${key}.en`).not.toBe('');
      // English strings should not be Chinese text and vice versa (a copy-paste slip).
      expect(/[\u4e00-\u9fff]/.test(v.zh), `${key}.zh has Chinese`).toBe(true);
      expect(v.en.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g) ?? [], `${key}.en has no Chinese`).toEqual(CHINESE_IN_ENGLISH[key] ?? []);
    }
  });

  it('picks the requested language and falls back to the other', () => {
    expect(pick({ name_zh: '龙港市', name_en: 'Longgang City' }, 'en')).toBe('Longgang City');
    expect(pick({ name_zh: '龙港市' }, 'en')).toBe('龙港市');
    expect(t(STRINGS, 'title', 'zh')).toContain('温州');
  });

  it('formats numbers per language', () => {
    expect(fmt(2674.1, 'en', 1)).toBe('2,674.1');
    expect(fmt(183.99, 'zh', 2)).toBe('183.99');
  });
});

describe('pick', () => {
  it('reads a text given as { zh, en } too, and a named field', () => {
    expect(pick({ zh: '交通', en: 'Transport' }, 'en')).toBe('Transport');
    expect(pick({ zh: '交通', en: 'Transport' }, 'zh')).toBe('交通');
    expect(pick({ note_zh: '注', note_en: 'note' }, 'en', 'note')).toBe('note');
    expect(pick({ name_zh: '龙港市', name_en: 'Longgang', zh: 'x' }, 'en')).toBe('Longgang');
    expect(pick(null, 'zh')).toBe('');
  });
});
