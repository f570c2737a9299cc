import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomeStatus, PROJECT_STATUSES } from './outcome-status';

/** The file itself, read here (not through the build-time module the code uses). */
const file = JSON.parse(readFileSync('scripts/sources/plan-outcomes.json', 'utf8')) as { projects: Record<string, { status: string }> };

describe('outcome statuses without texts (first-load module)', () => {
  it('gives every project the status plan-outcomes.json states, and only those projects', () => {
    expect(Object.keys(file.projects).length).toBeGreaterThan(0);
    for (const [id, o] of Object.entries(file.projects)) expect(outcomeStatus(id), id).toBe(o.status);
    expect(Object.keys(PROJECT_STATUSES.projects).sort()).toEqual(Object.keys(file.projects).sort());
  });
  it('says unknown for an id without an entry', () => {
    expect(outcomeStatus('no-such-id')).toBe('unknown');
  });
});
