import { describe, expect, it } from 'vitest';
import { STRINGS, fmt, pick, t } from './i18n';

describe('i18n', () => {
  it('has both languages, non-empty, for every UI string', () => {
    for (const [key, v] of Object.entries(STRINGS)) {
      expect(v.zh.trim(), `${key}.zh`).not.toBe('');
      expect(v.en.trim(), `${key}.en`).not.toBe('');
      // English strings should not be Chinese text and vice versa (a copy-paste slip).
      expect(/[\u4e00-\u9fff]/.test(v.zh), `${key}.zh has Chinese`).toBe(true);
    }
  });

  it('picks the requested language and falls back to the other', () => {
    expect(pick({ name_zh: '龙港市', name_en: 'Longgang City' }, 'en')).toBe('Longgang City');
    expect(pick({ name_zh: '龙港市' }, 'en')).toBe('龙港市');
    expect(t('title', 'zh')).toContain('温州');
  });

  it('formats numbers per language', () => {
    expect(fmt(2674.1, 'en', 1)).toBe('2,674.1');
    expect(fmt(183.99, 'zh', 2)).toBe('183.99');
  });
});
