/**
 * Difference between two travel-time grids on the same land model (e.g. existing 2019 vs plan
 * 2035): minutes saved per cell and the area newly inside a cut-off ("gained"), as a contour of
 * the indicator grid (d3-contour at 0.5).
 */
import { contours } from 'd3-contour';
import type { Feature, MultiPolygon } from 'geojson';
import { toLonLat } from './contours';
import { cellAreaKm2, type LandModel } from './grid';

export interface GridDifference {
  /** before − after, minutes; NaN where `after` is unreached; where only `before` is unreached, +Infinity. */
  minutesSaved: Float32Array;
  gained: Feature<MultiPolygon, { minutes: number; landAreaKm2: number; kind: 'gained' }>;
  gainedLandKm2: number;
  /** Land that falls outside the cut-off in `after` (should be 0 when only links are added). */
  lostLandKm2: number;
  maxSavedMinutes: number;
}

/** Minutes saved and area gained within `cutoffMinutes` from `before` to `after`. */
export function compareGrids(model: LandModel, before: Float32Array, after: Float32Array, cutoffMinutes: number): GridDifference {
  const { spec, land } = model;
  const saved = new Float32Array(before.length);
  const indicator = new Float64Array(before.length);
  let gainedKm2 = 0;
  let lostKm2 = 0;
  let maxSaved = 0;
  for (let row = 0; row < spec.height; row++) {
    const a = cellAreaKm2(spec, row);
    for (let i = row * spec.width, end = i + spec.width; i < end; i++) {
      const b = before[i];
      const n = after[i];
      saved[i] = Number.isFinite(n) ? (Number.isFinite(b) ? b - n : Infinity) : NaN;
      if (Number.isFinite(saved[i]) && saved[i] > maxSaved) maxSaved = saved[i];
      if (!land[i]) continue;
      if (n <= cutoffMinutes && !(b <= cutoffMinutes)) {
        indicator[i] = 1;
        gainedKm2 += a;
      } else if (b <= cutoffMinutes && !(n <= cutoffMinutes)) lostKm2 += a;
    }
  }
  const [c] = contours().size([spec.width, spec.height]).thresholds([0.5])(indicator as unknown as number[]);
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: c.coordinates.map((p) => p.map((r) => r.map((q) => toLonLat(spec, q)))) };
  return {
    minutesSaved: saved,
    gained: { type: 'Feature', properties: { minutes: cutoffMinutes, landAreaKm2: Math.round(gainedKm2 * 100) / 100, kind: 'gained' }, geometry },
    gainedLandKm2: gainedKm2,
    lostLandKm2: lostKm2,
    maxSavedMinutes: maxSaved,
  };
}
