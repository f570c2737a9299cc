import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from './engine';
import { SCENARIOS } from './graph';
import { fromRoot, loadEngineData } from './test/data';
import { medianAbsShare, validate, type TravelTimeRow, type ValidationRow } from './validation';

const rows = (JSON.parse(readFileSync(fromRoot('scripts/sources/travel-times.json'), 'utf8')) as { times: TravelTimeRow[] }).times;

describe('real travel times (scripts/sources/travel-times.json)', () => {
  it('has ≥ 12 rows for 2019 and for today, each with a followable source and its words', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.source, r.id).toMatch(/^https?:\/\/\S+$/);
      expect(r.quote.length, r.id).toBeGreaterThan(8);
      expect(SCENARIOS).toContain(r.scenario);
      expect(r.minutes, r.id).toBeGreaterThan(0);
    }
    expect(rows.some((r) => r.scenario === 'existing-2019')).toBe(true);
    expect(rows.some((r) => r.scenario !== 'existing-2019')).toBe(true);
  });

  it('gives a finite model time for every row (every endpoint is reached)', () => {
    const data = loadEngineData();
    const v = validate(createEngine(data), rows, data.towns);
    for (const r of v) expect(Number.isFinite(r.modelMinutes), r.row.id).toBe(true);
  });

  it('rides a named train class at its stated speed over the same edges (温州南 → 丽水: 120 → 200 km/h)', () => {
    const data = loadEngineData();
    const engine = createEngine(data);
    const base: TravelTimeRow = { id: 't', from: 'node:st-wenzhou-south', to: 'node:st-lishui', kind: 'ride', mode: 'rail', scenario: 'existing-2019', minutes: 35, quote: 'test row only', source: 'https://example.org' };
    const [stopping, fastest] = validate(engine, [base, { ...base, trainSpeedKmh: 200 }]);
    // Both 金丽温 edges run at 120 km/h in network.json, so the same path at 200 km/h takes 120/200 of the time.
    expect(fastest.modelMinutes).toBeCloseTo(stopping.modelMinutes * (120 / 200), 6);
    for (const r of rows.filter((x) => x.trainSpeedKmh)) expect(r.trainSpeedSource, r.id).toMatch(/https?:\/\//);
  });

  it('takes the median of |error| over the rows (odd and even counts)', () => {
    const at = (shares: number[]) => medianAbsShare(shares.map((errorShare) => ({ errorShare }) as ValidationRow));
    expect(at([0.1, -0.5, 0.2])).toBeCloseTo(0.2, 9);
    expect(at([0.1, -0.4, 0.2, 0.3])).toBeCloseTo(0.25, 9);
  });
});
