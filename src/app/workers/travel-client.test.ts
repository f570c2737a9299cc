import { describe, expect, it } from 'vitest';
import type { TravelRequest, TravelResponse } from '../../core/travel/protocol';
import { CancelledError, TravelClient, type WorkerLike } from './travel-client';
import { TravelService } from '../../core/travel/travel-service';
import { loadEngineData } from '../../core/travel/test/data';

/** The real service behind an in-process stand-in for a Worker (messages stay asynchronous). */
function inProcessWorker(): WorkerLike {
  const listeners: Array<(e: { data: TravelResponse }) => void> = [];
  const service = new TravelService((msg) => queueMicrotask(() => listeners.forEach((fn) => fn({ data: msg }))));
  return {
    postMessage: (msg: TravelRequest) => void service.handle(structuredClone(msg)),
    addEventListener: (_type, fn) => listeners.push(fn),
    terminate: () => {},
  };
}

describe('TravelClient + TravelService', () => {
  it('computes a circle with progress, then recontours from the kept grid without routing (timing target is checked by scripts/bench.ts)', async () => {
    const client = new TravelClient(inProcessWorker());
    await client.init(loadEngineData());
    const phases: string[] = [];
    const inputs = { ring: 'ring-city' as const, scenario: 'plan-2022' as const, add: [], remove: [], cutoffsMinutes: [15, 30, 45, 60] };
    const { result: circle, inputs: echoed } = await client.circle(inputs, { onProgress: (phase) => phases.push(phase) });
    expect(echoed).toEqual(inputs);
    expect(phases).toContain('routes');
    expect(circle.rings.map((r) => r.properties.minutes)).toEqual([15, 30, 45, 60]);
    expect(circle.table).toHaveLength(13);
    expect(circle.grid.minutes).toBeInstanceOf(Float32Array);
    const again = await client.recontour([20, 40, 90]);
    expect(again.rings.map((r) => r.properties.minutes)).toEqual([20, 40, 90]);
    expect(again.coverage.cutoffsMinutes).toEqual([20, 40, 90]);
    expect(again.inputs).toEqual({ ...inputs, cutoffsMinutes: [20, 40, 90] });
    // Without routing: the 60-min land area is the same grid read again.
    expect(again.coverage.total.withinLandKm2[2]).toBeGreaterThan(circle.coverage.total.withinLandKm2[3]);
  });

  it('cancels a superseded request of the same channel, not of another channel', async () => {
    const client = new TravelClient(inProcessWorker());
    await client.init(loadEngineData());
    const base = { ring: 'ring-metro' as const, add: [], remove: [], cutoffsMinutes: [60] };
    const first = client.circle({ ...base, scenario: 'existing-2019' });
    const report = client.point({ lonLat: [120.655, 28.01972], scenario: 'plan-2035', add: [], remove: [], cutoffsMinutes: [60] }, { channel: 'report' });
    const second = client.circle({ ...base, scenario: 'plan-2035' });
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).result.scenario).toBe('plan-2035');
    expect((await report).inputs.scenario).toBe('plan-2035');
  });

  it('answers a click with rings, standard catchments, what is inside and a population estimate', async () => {
    const client = new TravelClient(inProcessWorker());
    const data = loadEngineData();
    await client.init(data);
    const lucheng: [number, number] = [120.655, 28.01972];
    // 温州南站's own coordinate (the 温州站 node no longer stands on the 鹿城 seat point, issue 9).
    const wenzhouSouth: [number, number] = [120.58043, 27.96981];
    const stations = { type: 'FeatureCollection' as const, features: data.network.features.filter((f) => f.properties?.kind === 'station') };
    const at = (lonLat: [number, number]) => ({ lonLat, scenario: 'existing-2019' as const, add: [], remove: [], cutoffsMinutes: [15, 30, 45, 60] });
    const r = await client.point(at(lucheng), { layers: { stations } });
    const atStation = await client.point(at(wenzhouSouth), { layers: { stations } });
    expect(r.circles.map((c) => c.properties.radiusM)).toEqual([1000, 800, 500, 300, 500, 800]);
    expect(atStation.inside['rail-800m'].map((i) => i.id)).toContain('st-wenzhou-south');
    expect(r.population['life-15min'].population).toBeGreaterThan(0);
    expect(r.population['life-15min'].landAreaKm2).toBeCloseTo(Math.PI, 1);
  });

  it('returns a circle with its 2019 baseline and the difference: gained area, never lost land', async () => {
    const client = new TravelClient(inProcessWorker());
    await client.init(loadEngineData());
    const b = await client.circle({ ring: 'ring-city', scenario: 'plan-2035', add: [], remove: [], cutoffsMinutes: [15, 30, 45, 60] }, { withBaseline: true });
    expect(b.baseline?.scenario).toBe('existing-2019');
    expect(b.baseline!.coverage.total.withinLandKm2[3]).toBeLessThan(b.result.coverage.total.withinLandKm2[3]);
    const d = b.difference!;
    expect(d.lostLandKm2).toBe(0);
    expect(d.gainedLandKm2).toBeGreaterThan(0);
    expect(d.gained.geometry.coordinates.length).toBeGreaterThan(0);
  });
});
