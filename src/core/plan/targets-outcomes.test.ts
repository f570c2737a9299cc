import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_TARGETS } from './targets';
import { OUTCOMES, countOutcomes, outcomeStatus, validateOutcomes } from './targets-outcomes';

const INDEX = JSON.parse(readFileSync('geodata/web/plan-index.json', 'utf8')) as { entries: { id: string }[] };
const ctx = { planIds: INDEX.entries.map((e) => e.id), targetIds: PLAN_TARGETS.map((t) => t.id) };

describe('plan-outcomes.json', () => {
  it('is valid: known ids, a status, both languages, a URL and a YYYY-MM date for every entry', () => {
    expect(validateOutcomes(OUTCOMES, ctx)).toEqual([]);
  });

  it('marks a target met only where the figure found reaches it (independently of the flag)', () => {
    for (const [id, o] of Object.entries(OUTCOMES.targets)) {
      const t = PLAN_TARGETS.find((x) => x.id === id)!;
      if (o.met === true && o.value !== null) expect(o.value >= t.value * (t.comparator === 'about' ? 0.95 : 1), id).toBe(true);
      if (o.met !== null && o.value === null) expect(o.zh, `${id}: met without a figure needs the source’s words`).toMatch(/突破|未达|达到/);
      if (t.year !== null) expect(o.year, `${id}: the outcome is for the target year or later`).toBeGreaterThanOrEqual(t.year);
    }
  });

  it('reads the 2022 GDP of Wenzhou city from the source as 8029.8亿元, above the about-8000 target', () => {
    const o = OUTCOMES.targets['gdp-2022'];
    expect([o.year, o.value, o.met]).toEqual([2022, 8029.8, true]);
    expect(o.en).toContain('802.98 bn');
  });
});

describe('outcomeStatus and countOutcomes', () => {
  const data = {
    targets: {},
    projects: { a: { status: 'open' as const, zh: '开', en: 'open', date: '2024-09', source: 'https://example.org/a' } },
  };

  it('is unknown for an id with no dated source, never a guess from the 2019 status', () => {
    expect(outcomeStatus('a', data)).toBe('open');
    expect(outcomeStatus('b', data)).toBe('unknown');
    expect(outcomeStatus('rail-s2')).toBe('open');
    expect(outcomeStatus('exp-wenyi')).toBe('unknown');
  });

  it('counts every id once', () => {
    expect(countOutcomes(['a', 'b', 'c'], data)).toEqual({ open: 1, 'partly-open': 0, 'under-construction': 0, 'not-started': 0, unknown: 2 });
  });

  it('rejects an unknown id, an "unknown" status, a missing URL, a bad date and Chinese in en', () => {
    const bad = {
      targets: { 'no-such-target': { year: 2022, value: 1, met: null, zh: '甲', en: 'a', source: 'https://x.org', date: '2023-01' } },
      projects: {
        'rail-s2': { status: 'unknown', zh: '甲', en: 'a', date: '2023-08', source: 'https://x.org' },
        'rail-s3': { status: 'open', zh: '甲', en: '开通', date: '2023', source: 'x.org' },
      },
    };
    const errors = validateOutcomes(bad, ctx);
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toContain('no-such-target');
  });
});
