import { describe, expect, it } from 'vitest';
import { ACTIONS, visibleFromYear } from './model';

describe('plan model', () => {
  it('places items on the year control by status', () => {
    expect(visibleFromYear('existing', null)).toBe(2019);
    expect(visibleFromYear('under-construction', null)).toBe(2022);
    expect(visibleFromYear('planned', 2022)).toBe(2022);
    expect(visibleFromYear('planned', null)).toBe(2035);
  });

  it('covers tasks 1–32 with the eight actions, without gaps', () => {
    const tasks = ACTIONS.flatMap((a) => Array.from({ length: a.tasks[1] - a.tasks[0] + 1 }, (_, i) => a.tasks[0] + i));
    expect(tasks).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });
});
