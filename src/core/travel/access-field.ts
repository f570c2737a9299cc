/**
 * Access legs over the friction surface: least-cost minutes from one point to every cell of a
 * square window around it (8-connected Dijkstra; a step costs its length × the mean minutes/km of
 * its two cells), cut at `capMinutes`. A field depends on the grid, the friction and the point
 * only — never on the scenario — so the engine caches one per network node and per origin, and a
 * circle only adds each node's time to its field (see travel-grid.ts).
 */
import type { Friction } from './friction';
import FlatQueue from 'flatqueue';
import { KM_PER_DEG_LAT, nearestCell, type GridSpec } from './grid';

export interface AccessField {
  /** Window in grid cells. */
  col0: number;
  row0: number;
  width: number;
  height: number;
  /** Minutes from the point to each window cell (+Infinity beyond the cap or on water). */
  minutes: Float32Array;
}

/** Field of the point [lon, lat] (snapped to the nearest land cell within `snapKm`), or null off the grid/land. */
export function accessField(spec: GridSpec, friction: Friction, lon: number, lat: number, capMinutes: number, snapKm = 1): AccessField | null {
  const start = nearestLand(spec, friction.minPerKm, lon, lat, snapKm);
  if (start < 0) return null;
  const reach = Math.ceil(capMinutes / friction.fastestMinPerKm / (spec.cellM / 1000)) + 1;
  const sc = start % spec.width;
  const sr = (start - sc) / spec.width;
  const col0 = Math.max(0, sc - reach);
  const row0 = Math.max(0, sr - reach);
  const width = Math.min(spec.width - 1, sc + reach) - col0 + 1;
  const height = Math.min(spec.height - 1, sr + reach) - row0 + 1;
  // Float64 while searching (a Float32 store would round keys and make live heap entries look stale).
  const minutes = new Float64Array(width * height).fill(Infinity);
  const cost = new Float32Array(width * height);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) cost[r * width + c] = friction.minPerKm[(row0 + r) * spec.width + col0 + c];
  const stepKm = spec.cellM / 1000;
  const diagKm = stepKm * Math.SQRT2;
  const heap = new FlatQueue<number>();
  const s = (sr - row0) * width + (sc - col0);
  const [cx, cy] = [spec.west + (sc + 0.5) * spec.dLon, spec.north - (sr + 0.5) * spec.dLat];
  minutes[s] = Math.hypot((lon - cx) * spec.kmPerDegLon, (lat - cy) * KM_PER_DEG_LAT) * cost[s]; // point → its cell's centre
  heap.push(s, minutes[s]);
  while (heap.length) {
    const d = heap.peekValue()!;
    const u = heap.pop()!;
    if (d > minutes[u]) continue;
    const uc = u % width;
    const ur = (u - uc) / width;
    const cu = cost[u];
    for (let k = 0; k < 8; k++) {
      const c = uc + DC[k];
      const r = ur + DR[k];
      if (c < 0 || r < 0 || c >= width || r >= height) continue;
      const v = r * width + c;
      const cv = cost[v];
      if (cv === Infinity) continue;
      const nd = d + (k < 4 ? stepKm : diagKm) * 0.5 * (cu + cv);
      if (nd < minutes[v] && nd <= capMinutes) {
        minutes[v] = nd;
        heap.push(v, nd);
      }
    }
  }
  return crop({ col0, row0, width, height }, minutes);
}

/** The field cut to the bounding box of its reached cells (memory: slow ground reaches less far). */
function crop(win: { col0: number; row0: number; width: number; height: number }, minutes: Float64Array): AccessField {
  let c0 = win.width, c1 = -1, r0 = win.height, r1 = -1;
  for (let r = 0; r < win.height; r++) {
    for (let c = 0, i = r * win.width; c < win.width; c++, i++) {
      if (minutes[i] === Infinity) continue;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
      if (r < r0) r0 = r;
      r1 = r;
    }
  }
  const width = c1 - c0 + 1;
  const height = r1 - r0 + 1;
  const out = new Float32Array(width * height);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) out[r * width + c] = minutes[(r0 + r) * win.width + c0 + c];
  return { col0: win.col0 + c0, row0: win.row0 + r0, width, height, minutes: out };
}

/** out[cell] = min(out[cell], offset + field) over the field's window, minutes. */
export function fillField(out: Float32Array, gridWidth: number, field: AccessField, offsetMinutes: number): void {
  const { col0, row0, width, height, minutes } = field;
  for (let r = 0; r < height; r++) {
    let g = (row0 + r) * gridWidth + col0;
    for (let i = r * width, end = i + width; i < end; i++, g++) {
      const t = offsetMinutes + minutes[i];
      if (t < out[g]) out[g] = t;
    }
  }
}

/** Minutes of the field at grid cell `cell` (Infinity outside its window). */
export function fieldAt(field: AccessField, gridWidth: number, cell: number): number {
  const col = (cell % gridWidth) - field.col0;
  const row = Math.floor(cell / gridWidth) - field.row0;
  if (col < 0 || row < 0 || col >= field.width || row >= field.height) return Infinity;
  return field.minutes[row * field.width + col];
}

/** Index of the land cell at or nearest to [lon, lat] within `snapKm`; -1 when none. */
export function nearestLand(spec: GridSpec, minPerKm: Float32Array, lon: number, lat: number, snapKm = 1): number {
  return nearestCell(spec, lon, lat, snapKm, (i) => minPerKm[i] !== Infinity);
}

// Orthogonal steps first (k < 4), then diagonals.
const DC = [1, -1, 0, 0, 1, 1, -1, -1];
const DR = [0, 0, 1, -1, 1, -1, 1, -1];
