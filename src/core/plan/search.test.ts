import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalise, search } from './search';
import type { PlanIndex } from '../../app/data/plan';

const index = JSON.parse(readFileSync('geodata/web/plan-index.json', 'utf8')) as PlanIndex;
const all = [...index.counties, ...index.entries, ...index.sites];

describe('search', () => {
  it.each(['龙港', 'longgang', 'lg', 'Longgang', 'LONG GANG'])('finds 龙港 for "%s"', (q) => {
    const names = search(all, q, 5).map((h) => h.item.name_zh);
    expect(names[0]).toMatch(/龙港/);
  });

  it('reads 乐清 as Yueqing', () => {
    expect(search(all, 'yueqing', 3)[0].item.name_zh).toBe('乐清市');
    expect(search(all, 'yq', 3).map((h) => h.item.name_zh)).toContain('乐清市');
  });

  it('finds projects by English words and by Chinese substrings', () => {
    expect(search(all, 'Kean', 3)[0].item.name_zh).toContain('肯恩');
    expect(search(all, '高铁新城', 3)[0].item.name_zh).toContain('高铁新城');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(all, '   ')).toEqual([]);
    expect(search(all, 'zzzzqqq')).toEqual([]);
  });

  it('normalises tone marks, case and punctuation', () => {
    expect(normalise("Rui'an Lóng-gǎng")).toBe('ruianlonggang');
  });
});
