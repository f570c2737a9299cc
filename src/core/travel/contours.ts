/**
 * Travel-time rings: d3-contour (marching squares on the typed array, ≈ 50× faster than
 * @turf/isobands over a point grid on this machine kind) at the cut-offs, grid coordinates turned
 * back into lon/lat MultiPolygons. A ring for cut-off T is the area where minutes ≤ T: values
 * are negated so that d3's "value ≥ threshold" means "minutes ≤ T". Water/unreached cells get a
 * finite sentinel (d3 needs finite numbers).
 */
import { contours } from 'd3-contour';
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { cellAreaKm2, type GridSpec, type LandModel } from './grid';

/** Stand-in for +Infinity, minutes: far beyond any cut-off. */
export const UNREACHED_MINUTES = 1e4;

export interface RingProps {
  minutes: number;
  /** Geodesic area of the ring polygon (Turf), km². */
  areaKm2: number;
  /** Land cells with minutes ≤ cut-off × their area, km². */
  landAreaKm2: number;
}

export type Ring = Feature<MultiPolygon, RingProps>;

/** Negated minutes with the sentinel, ready for d3-contour; compute once per grid, reuse for every recontour. */
export function contourInput(minutes: Float32Array): Float64Array {
  const v = new Float64Array(minutes.length);
  for (let i = 0; i < minutes.length; i++) v[i] = -(Number.isFinite(minutes[i]) ? minutes[i] : UNREACHED_MINUTES);
  return v;
}

/**
 * Rings at each cut-off (ascending), minutes. `input` (contourInput of `minutes`) saves a pass when
 * the same grid is recontoured; `step` > 1 contours blocks of step × step cells (see contourCoarse).
 */
export function contourRings(model: LandModel, minutes: Float32Array, cutoffsMinutes: readonly number[], input?: Float64Array, step = 1): Ring[] {
  const { spec } = model;
  const sorted = [...cutoffsMinutes].sort((a, b) => a - b);
  if (step > 1) return contourCoarse(model, minutes, sorted, step);
  // Contour only the window that holds the cells within the largest cut-off plus one real cell
  // each side (clamped to the grid): cells outside are beyond every threshold, so the rings are
  // identical to the full grid's, 2–4× faster for the slider.
  const win = windowWithin(spec, minutes, sorted[sorted.length - 1] ?? 0);
  const cropped = new Float64Array(win.width * win.height);
  for (let r = 0; r < win.height; r++) {
    const src = (win.row0 + r) * spec.width + win.col0;
    if (input) cropped.set(input.subarray(src, src + win.width), r * win.width);
    else for (let c = 0, o = r * win.width; c < win.width; c++, o++) {
      const m = minutes[src + c];
      cropped[o] = -(Number.isFinite(m) ? m : UNREACHED_MINUTES);
    }
  }
  const generator = contours().size([win.width, win.height]).thresholds(sorted.map((t) => -t));
  const multi = generator(cropped as unknown as number[]);
  const land = landAreaWithin(model, minutes, sorted, win);
  const dx = win.col0;
  const dy = win.row0;
  return sorted.map((t, k) => {
    const m = multi.find((c) => c.value === -t) ?? { coordinates: [] as Position[][][] };
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: m.coordinates.map((poly) => poly.map((ring) => ring.map(([x, y]) => toLonLat(spec, [x + dx, y + dy])))) };
    const areaKm2 = geometry.coordinates.length ? area(geometry) / 1e6 : 0;
    return { type: 'Feature', properties: { minutes: t, areaKm2: round3(areaKm2), landAreaKm2: round3(land[k]) }, geometry };
  });
}

/**
 * Rings contoured on blocks of step × step cells (a block's minutes = the least of its cells, so a
 * ring holds the fine ring, its edge moved by at most half a block): step² fewer cells for
 * d3-contour. The land areas still come from the fine grid.
 */
function contourCoarse(model: LandModel, minutes: Float32Array, sorted: readonly number[], step: number): Ring[] {
  const { spec } = model;
  const win = windowWithin(spec, minutes, sorted[sorted.length - 1] ?? 0);
  const cw = Math.ceil(win.width / step);
  const ch = Math.ceil(win.height / step);
  const coarse = new Float64Array(cw * ch).fill(-UNREACHED_MINUTES);
  for (let r = 0; r < win.height; r++) {
    const src = (win.row0 + r) * spec.width + win.col0;
    const o = Math.floor(r / step) * cw;
    for (let c = 0; c < win.width; c++) {
      const m = minutes[src + c];
      if (!(m < UNREACHED_MINUTES)) continue;
      const k = o + Math.floor(c / step);
      if (-m > coarse[k]) coarse[k] = -m;
    }
  }
  const multi = contours().size([cw, ch]).thresholds(sorted.map((t) => -t))(coarse as unknown as number[]);
  const land = landAreaWithin(model, minutes, sorted, win);
  return sorted.map((t, k) => {
    const m = multi.find((c) => c.value === -t) ?? { coordinates: [] as Position[][][] };
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: m.coordinates.map((poly) => poly.map((ring) => ring.map(([x, y]) => toLonLat(spec, [win.col0 + x * step, win.row0 + y * step])))) };
    const areaKm2 = geometry.coordinates.length ? area(geometry) / 1e6 : 0;
    return { type: 'Feature', properties: { minutes: t, areaKm2: round3(areaKm2), landAreaKm2: round3(land[k]) }, geometry };
  });
}

/** Bounding window of the cells with minutes ≤ maxMinutes, grown by one cell and clamped to the grid. */
function windowWithin(spec: GridSpec, minutes: Float32Array, maxMinutes: number) {
  let c0 = spec.width, c1 = -1, r0 = spec.height, r1 = -1;
  for (let row = 0; row < spec.height; row++) {
    for (let i = row * spec.width, col = 0; col < spec.width; col++, i++) {
      if (!(minutes[i] <= maxMinutes)) continue;
      if (col < c0) c0 = col;
      if (col > c1) c1 = col;
      if (row < r0) r0 = row;
      r1 = row;
    }
  }
  if (c1 < 0) return { col0: 0, row0: 0, width: Math.min(2, spec.width), height: Math.min(2, spec.height) };
  const col0 = Math.max(0, c0 - 1);
  const row0 = Math.max(0, r0 - 1);
  return { col0, row0, width: Math.min(spec.width - 1, c1 + 1) - col0 + 1, height: Math.min(spec.height - 1, r1 + 1) - row0 + 1 };
}

/** Land area with minutes ≤ each cut-off, km² (one pass over the grid, or over `win` when every such cell lies in it). */
export function landAreaWithin(model: LandModel, minutes: Float32Array, sortedCutoffs: readonly number[], win = { col0: 0, row0: 0, width: model.spec.width, height: model.spec.height }): number[] {
  const { spec, land } = model;
  const out = sortedCutoffs.map(() => 0);
  for (let row = win.row0; row < win.row0 + win.height; row++) {
    const a = cellAreaKm2(spec, row);
    for (let i = row * spec.width + win.col0, end = i + win.width; i < end; i++) {
      if (!land[i]) continue;
      const m = minutes[i];
      for (let k = sortedCutoffs.length - 1; k >= 0 && m <= sortedCutoffs[k]; k--) out[k] += a;
    }
  }
  return out;
}

/** Grid coordinate (x right, y down, cell edges at integers) → [lon, lat], 6 decimals. */
export function toLonLat(spec: GridSpec, [x, y]: Position): Position {
  return [Math.round((spec.west + x * spec.dLon) * 1e6) / 1e6, Math.round((spec.north - y * spec.dLat) * 1e6) / 1e6];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
