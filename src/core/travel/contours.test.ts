import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { contourRings } from './contours';
import { createEngine } from './engine';
import { cellCentre } from './grid';
import { loadEngineData } from './test/data';
import { travelGrid, type LonLat } from './travel-grid';

const data = loadEngineData();
const SEATS: LonLat[] = [[120.6993, 27.9938], [120.087, 27.79], [121.153, 27.839], [120.423, 27.523]];

describe('rings on blocks of cells (the 都市区 circle, step 2)', () => {
  const engine = createEngine(data);
  const surface = engine.surface('metro');
  const model = surface.model;
  const grid = travelGrid(engine.graph('plan-2022'), surface, SEATS);
  const fine = contourRings(model, grid.minutes, [30, 60]);
  const coarse = contourRings(model, grid.minutes, [30, 60], undefined, 2);

  it('keeps the cells of the fine ring (a block is in when any of its cells is)', () => {
    const { spec } = model;
    let checked = 0, outside = 0;
    for (let i = 0; i < grid.minutes.length; i += 97) {
      if (!(grid.minutes[i] <= 60)) continue;
      const p = cellCentre(spec, i % spec.width, Math.floor(i / spec.width));
      // Contour lines pass close to the centre of a reached cell next to water or unreached cells
      // (the sentinel), so only cells inside the fine ring are asked of the coarse one.
      if (!booleanPointInPolygon(p, fine[1].geometry)) continue;
      checked++;
      if (!booleanPointInPolygon(p, coarse[1].geometry)) outside++;
    }
    // A ring's edge may move by up to half a block (250 m) where a reached cell sits at the block's
    // far side next to an unreached block, so a few edge cells may fall out; no more than 1 %.
    expect(checked).toBeGreaterThan(100);
    expect(outside).toBeLessThanOrEqual(checked * 0.01);
  });

  it('stays within a few per cent of the fine ring, with the same land areas', () => {
    for (let k = 0; k < 2; k++) {
      expect(coarse[k].properties.areaKm2).toBeGreaterThanOrEqual(fine[k].properties.areaKm2 * 0.99);
      expect(coarse[k].properties.areaKm2).toBeLessThanOrEqual(fine[k].properties.areaKm2 * 1.05);
      expect(coarse[k].properties.landAreaKm2).toBe(fine[k].properties.landAreaKm2);
    }
  });
});
