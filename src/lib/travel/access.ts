/**
 * Off-network access on the grid: a land cell's time is the least of (source time + straight
 * distance / accessSpeedKmh) over the sources (network nodes with their shortest times, and the
 * origin itself) within accessCapKm that lie on the same connected land component as the cell.
 * Distances are equirectangular at the grid's centre latitude (error < 0.1 % within 15 km).
 */
import { DEFAULT_ACCESS, type AccessOptions } from './assumptions';
import { componentAt, KM_PER_DEG_LAT, type LandModel } from './grid';

export interface AccessSource {
  lon: number;
  lat: number;
  /** Time at the source, minutes. */
  minutes: number;
}

/** Minutes to every cell (Float32Array, +Infinity on water and where nothing reaches). */
export function accessGrid(model: LandModel, sources: readonly AccessSource[], options: AccessOptions = DEFAULT_ACCESS): Float32Array {
  const { spec, component } = model;
  const out = new Float32Array(spec.width * spec.height).fill(Infinity);
  const minPerKm = 60 / options.accessSpeedKmh;
  const capDeg = { lon: options.accessCapKm / spec.kmPerDegLon, lat: options.accessCapKm / KM_PER_DEG_LAT };
  const cap2 = options.accessCapKm * options.accessCapKm;
  for (const s of sources) {
    if (!Number.isFinite(s.minutes)) continue;
    const comp = componentAt(model, s.lon, s.lat);
    if (!comp) continue;
    const c0 = Math.max(0, Math.floor((s.lon - capDeg.lon - spec.west) / spec.dLon));
    const c1 = Math.min(spec.width - 1, Math.floor((s.lon + capDeg.lon - spec.west) / spec.dLon));
    const r0 = Math.max(0, Math.floor((spec.north - s.lat - capDeg.lat) / spec.dLat));
    const r1 = Math.min(spec.height - 1, Math.floor((spec.north - s.lat + capDeg.lat) / spec.dLat));
    for (let row = r0; row <= r1; row++) {
      const dyKm = (spec.north - (row + 0.5) * spec.dLat - s.lat) * KM_PER_DEG_LAT;
      const dy2 = dyKm * dyKm;
      if (dy2 > cap2) continue;
      const base = row * spec.width;
      for (let col = c0; col <= c1; col++) {
        const i = base + col;
        if (component[i] !== comp) continue;
        const dxKm = (spec.west + (col + 0.5) * spec.dLon - s.lon) * spec.kmPerDegLon;
        const d2 = dxKm * dxKm + dy2;
        if (d2 > cap2) continue;
        const t = s.minutes + Math.sqrt(d2) * minPerKm;
        if (t < out[i]) out[i] = t;
      }
    }
  }
  return out;
}

/** Minutes to one point by the same rule as `accessGrid` (for tables of seats and centres). */
export function pointMinutes(model: LandModel, sources: readonly AccessSource[], lon: number, lat: number, options: AccessOptions = DEFAULT_ACCESS): number {
  const comp = componentAt(model, lon, lat);
  if (!comp) return Infinity;
  let best = Infinity;
  for (const s of sources) {
    if (!Number.isFinite(s.minutes) || componentAt(model, s.lon, s.lat) !== comp) continue;
    const dKm = straightKm(model, s.lon, s.lat, lon, lat);
    if (dKm <= options.accessCapKm) best = Math.min(best, s.minutes + (dKm * 60) / options.accessSpeedKmh);
  }
  return best;
}

/** Equirectangular distance on the grid's projection, km. */
export function straightKm(model: LandModel, lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dx = (lon2 - lon1) * model.spec.kmPerDegLon;
  const dy = (lat2 - lat1) * KM_PER_DEG_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}
