import { describe, expect, it } from 'vitest';
import { PLAN_TARGETS } from '../plan/targets';
import { OUTCOMES } from '../plan/targets-outcomes';
import { amountLabel, outcomeBoard, targetBoardRows, targetSummary } from './board';

describe('targets board', () => {
  it('shows every dated target and every target with an outcome, and nothing else', () => {
    const rows = targetBoardRows();
    const ids = rows.map((r) => r.target.id);
    for (const t of PLAN_TARGETS) expect(ids.includes(t.id), t.id).toBe(t.year !== null || t.id in OUTCOMES.targets);
    expect(rows.find((r) => r.target.id === 'gdp-2022')?.outcome?.value).toBe(8029.8);
  });

  it('counts years so that the parts add up to the whole', () => {
    const s = targetSummary();
    expect(s.y2022 + s.y2035 + s.noYear).toBe(s.total);
    expect(s.noYear).toBeGreaterThanOrEqual(7);
    expect(s.y2035).toBe(1);
  });

  it('writes the amount in each language’s unit', () => {
    const gdp = PLAN_TARGETS.find((t) => t.id === 'gdp-2022')!;
    expect(amountLabel(gdp, 'zh')).toBe('约 8,000 亿元');
    expect(amountLabel(gdp, 'en')).toBe('about 800 bn yuan');
  });
});

describe('outcome board', () => {
  it('counts each id once and lists only sourced ones, newest first', () => {
    const b = outcomeBoard(['rail-s2', 'hsr-hangwen', 'exp-wenyi', 'exp-longliwen']);
    expect(b.total).toBe(4);
    expect(b.counts.unknown).toBe(1);
    expect(b.counts.open).toBe(2);
    expect(b.counts['partly-open']).toBe(1);
    expect(b.sourced.map((s) => s.id)).toEqual(['hsr-hangwen', 'rail-s2', 'exp-longliwen']);
  });
});
