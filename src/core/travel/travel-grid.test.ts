import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { contourRings } from './contours';
import { createEngine } from './engine';
import { readNetwork, SCENARIOS } from './graph';
import { cellCentre, componentAt } from './grid';
import { loadEngineData } from './test/data';
import { travelGrid, type LonLat } from './travel-grid';

const data = loadEngineData();
const MAIN_CENTRE: LonLat = [120.6993, 27.9938];
const DONGTOU_LINKS = readNetwork(data.network).edges.filter((e) => /dongtou|s1-east-end/.test(`${e.from} ${e.to}`) && e.mode !== 'access').map((e) => e.id);

describe('travel grid on the real network (properties)', () => {
  it('never makes a cell slower when a planned project is added', () => {
    const engine = createEngine(data);
    const surface = engine.surface('metro');
    const model = surface.model;
    const base = travelGrid(engine.graph('existing-2019'), surface, [MAIN_CENTRE]).minutes;
    const planned = [...new Set(readNetwork(data.network).edges.filter((e) => e.statusAt2019 !== 'existing' && e.planRef).map((e) => e.planRef!))];
    expect(planned.length).toBeGreaterThan(5);
    for (const ref of planned) {
      const withLink = travelGrid(engine.graph('existing-2019', { add: [ref] }), surface, [MAIN_CENTRE]).minutes;
      let worse = 0;
      for (let i = 0; i < base.length; i++) if (withLink[i] > base[i] + 1e-4) worse++;
      expect(worse, ref).toBe(0);
    }
  });

  it('never makes a cell slower from scenario to scenario (2019 → 2022 → 2035)', () => {
    const engine = createEngine(data);
    const grids = SCENARIOS.map((s) => travelGrid(engine.graph(s), engine.surface('metro'), [MAIN_CENTRE]).minutes);
    for (let k = 1; k < grids.length; k++) {
      let worse = 0;
      for (let i = 0; i < grids[k].length; i++) if (grids[k][i] > grids[k - 1][i] + 1e-4) worse++;
      expect(worse).toBe(0);
    }
  });

  it('gives rings whose area never shrinks as the budget grows', () => {
    const engine = createEngine(data);
    const surface = engine.surface('metro');
    const model = surface.model;
    const grid = travelGrid(engine.graph('plan-2035'), surface, [MAIN_CENTRE]);
    const cutoffs = Array.from({ length: 24 }, (_, k) => 5 * (k + 1));
    const rings = contourRings(model, grid.minutes, cutoffs);
    for (let k = 1; k < rings.length; k++) {
      expect(rings[k].properties.landAreaKm2).toBeGreaterThanOrEqual(rings[k - 1].properties.landAreaKm2);
      expect(rings[k].properties.areaKm2).toBeGreaterThanOrEqual(rings[k - 1].properties.areaKm2 - 1e-6);
    }
  });

  it('leaves the 洞头 islands unreachable without their road/rail links and reaches them with', () => {
    const engine = createEngine(data);
    const surface = engine.surface('metro');
    const model = surface.model;
    const island = componentAt(model, 121.15296, 27.83923);
    expect(island).toBeGreaterThan(0);
    expect(island).not.toBe(componentAt(model, ...MAIN_CENTRE));
    const count = (minutes: Float32Array) => {
      let reached = 0;
      for (let i = 0; i < minutes.length; i++) if (model.component[i] === island && Number.isFinite(minutes[i])) reached++;
      return reached;
    };
    const without = travelGrid(engine.graph('plan-2035', { remove: DONGTOU_LINKS }), surface, [MAIN_CENTRE]);
    const withLinks = travelGrid(engine.graph('plan-2035'), surface, [MAIN_CENTRE]);
    expect(count(without.minutes)).toBe(0);
    expect(count(withLinks.minutes)).toBeGreaterThan(100);
    const ring = contourRings(model, without.minutes, [180])[0];
    expect(booleanPointInPolygon([121.15296, 27.83923], ring)).toBe(false);
  });

  it('draws no ring over open sea: sampled water cells lie outside the 60-min ring', () => {
    const engine = createEngine(data);
    const surface = engine.surface('metro');
    const model = surface.model;
    const grid = travelGrid(engine.graph('plan-2035'), surface, [MAIN_CENTRE]);
    const ring = contourRings(model, grid.minutes, [60])[0];
    const { width } = model.spec;
    let checked = 0;
    for (let i = 0; i < model.land.length && checked < 3000; i += 97) {
      if (model.land[i]) continue;
      const p = cellCentre(model.spec, i % width, Math.floor(i / width));
      expect(booleanPointInPolygon(p, ring), `water cell at ${p}`).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });
});
