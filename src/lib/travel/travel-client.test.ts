import { describe, expect, it } from 'vitest';
import type { TravelRequest, TravelResponse } from './protocol';
import { CancelledError, TravelClient, type WorkerLike } from './travel-client';
import { TravelService } from './travel-service';
import { loadEngineData } from './test/data';

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
    const circle = await client.circle('ring-city', 'plan-2022', undefined, (phase) => phases.push(phase));
    expect(phases).toContain('routes');
    expect(circle.rings.map((r) => r.properties.minutes)).toEqual([15, 30, 45, 60]);
    expect(circle.table).toHaveLength(13);
    expect(circle.grid.minutes).toBeInstanceOf(Float32Array);
    const again = await client.recontour('circle', [20, 40, 90]);
    expect(again.rings.map((r) => r.properties.minutes)).toEqual([20, 40, 90]);
    expect(again.elapsedMs).toBeLessThan(circle.elapsedMs);
  });

  it('cancels a superseded request of the same kind', async () => {
    const client = new TravelClient(inProcessWorker());
    await client.init(loadEngineData());
    const first = client.circle('ring-metro', 'existing-2019');
    const second = client.circle('ring-metro', 'plan-2035');
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).scenario).toBe('plan-2035');
  });

  it('answers a click with rings, standard catchments, what is inside and a population estimate', async () => {
    const client = new TravelClient(inProcessWorker());
    const data = loadEngineData();
    await client.init(data);
    const lucheng: [number, number] = [120.655, 28.01972];
    // 温州南站's own coordinate (the 温州站 node no longer stands on the 鹿城 seat point, issue 9).
    const wenzhouSouth: [number, number] = [120.58043, 27.96981];
    const stations = { type: 'FeatureCollection' as const, features: data.network.features.filter((f) => f.properties?.kind === 'station') };
    const r = await client.point(lucheng, 'existing-2019', { layers: { stations } });
    const atStation = await client.point(wenzhouSouth, 'existing-2019', { layers: { stations } });
    expect(r.circles.map((c) => c.properties.radiusM)).toEqual([1000, 800, 500, 300, 500, 800]);
    expect(atStation.inside['rail-800m'].map((i) => i.id)).toContain('st-wenzhou-south');
    expect(r.population['life-15min'].population).toBeGreaterThan(0);
    expect(r.population['life-15min'].landAreaKm2).toBeCloseTo(Math.PI, 1);
  });

  it('compares two scenarios: gained area, never lost land', async () => {
    const client = new TravelClient(inProcessWorker());
    await client.init(loadEngineData());
    const d = await client.compare('ring-city', { scenario: 'existing-2019' }, { scenario: 'plan-2035' }, 60);
    expect(d.lostLandKm2).toBe(0);
    expect(d.gainedLandKm2).toBeGreaterThan(0);
    expect(d.gained.geometry.coordinates.length).toBeGreaterThan(0);
  });
});
