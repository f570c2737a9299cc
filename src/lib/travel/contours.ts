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

/** Rings at each cut-off (ascending), minutes. */
export function contourRings(model: LandModel, minutes: Float32Array, cutoffsMinutes: readonly number[], input = contourInput(minutes)): Ring[] {
  const { spec } = model;
  const sorted = [...cutoffsMinutes].sort((a, b) => a - b);
  const generator = contours().size([spec.width, spec.height]).thresholds(sorted.map((t) => -t));
  const multi = generator(input as unknown as number[]);
  const land = landAreaWithin(model, minutes, sorted);
  return sorted.map((t, k) => {
    const m = multi.find((c) => c.value === -t) ?? { coordinates: [] as Position[][][] };
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: m.coordinates.map((poly) => poly.map((ring) => ring.map((p) => toLonLat(spec, p)))) };
    const areaKm2 = geometry.coordinates.length ? area(geometry) / 1e6 : 0;
    return { type: 'Feature', properties: { minutes: t, areaKm2: round3(areaKm2), landAreaKm2: round3(land[k]) }, geometry };
  });
}

/** Land area with minutes ≤ each cut-off, km² (one pass over the grid). */
export function landAreaWithin(model: LandModel, minutes: Float32Array, sortedCutoffs: readonly number[]): number[] {
  const { spec, land } = model;
  const out = sortedCutoffs.map(() => 0);
  for (let row = 0; row < spec.height; row++) {
    const a = cellAreaKm2(spec, row);
    for (let i = row * spec.width, end = i + spec.width; i < end; i++) {
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
