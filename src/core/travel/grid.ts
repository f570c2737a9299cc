/**
 * Regular lon/lat raster for travel times: cell size in metres converted to degrees at the grid's
 * centre latitude; row 0 is the northern edge. Water is rasterised from polygons with an even-odd
 * scanline fill at cell centres (one pass per row, no per-cell point-in-polygon); land cells are
 * labelled into 4-connected components so that off-network access never crosses water.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

/** Kilometres per degree of latitude on the mean Earth sphere (R = 6371.0088 km, as Turf). */
export const KM_PER_DEG_LAT = (6371.0088 * Math.PI) / 180;

export interface GridSpec {
  west: number;
  north: number;
  width: number;
  height: number;
  cellM: number;
  dLon: number;
  dLat: number;
  /** Kilometres per degree of longitude at the centre latitude. */
  kmPerDegLon: number;
}

export interface LandModel {
  spec: GridSpec;
  /** 1 = land, 0 = water. */
  land: Uint8Array;
  /** Connected land component id per cell (1…), 0 on water. */
  component: Int32Array;
}

/** Grid covering `bbox` with square-ish cells of `cellM` metres. */
export function makeGrid(bbox: BBox, cellM: number): GridSpec {
  const [w, s, e, n] = bbox;
  const kmPerDegLon = KM_PER_DEG_LAT * Math.cos(((s + n) / 2) * (Math.PI / 180));
  const dLat = cellM / 1000 / KM_PER_DEG_LAT;
  const dLon = cellM / 1000 / kmPerDegLon;
  return { west: w, north: n, width: Math.ceil((e - w) / dLon), height: Math.ceil((n - s) / dLat), cellM, dLon, dLat, kmPerDegLon };
}

/** Centre of cell (col, row) as [lon, lat]. */
export function cellCentre(spec: GridSpec, col: number, row: number): [number, number] {
  return [spec.west + (col + 0.5) * spec.dLon, spec.north - (row + 0.5) * spec.dLat];
}

/** Index of the cell containing [lon, lat], or -1 outside the grid. */
export function cellAt(spec: GridSpec, lon: number, lat: number): number {
  const col = Math.floor((lon - spec.west) / spec.dLon);
  const row = Math.floor((spec.north - lat) / spec.dLat);
  if (col < 0 || row < 0 || col >= spec.width || row >= spec.height) return -1;
  return row * spec.width + col;
}

/** Writes `value` into every cell whose centre lies inside the polygons (even-odd rule). */
export function rasterise(spec: GridSpec, geometries: ReadonlyArray<Polygon | MultiPolygon>, out: Uint8Array | Int32Array, value: number): void {
  const rings: Position[][] = [];
  for (const g of geometries) for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) rings.push(...poly);
  // Edge list as flat arrays, with each edge's row span, so a row only visits crossing edges.
  const segs: number[] = [];
  for (const ring of rings) for (let k = 0; k + 1 < ring.length; k++) segs.push(ring[k][0], ring[k][1], ring[k + 1][0], ring[k + 1][1]);
  const byRow: number[][] = Array.from({ length: spec.height }, () => []);
  for (let s = 0; s < segs.length; s += 4) {
    const yMin = Math.min(segs[s + 1], segs[s + 3]);
    const yMax = Math.max(segs[s + 1], segs[s + 3]);
    const r0 = Math.max(0, Math.ceil((spec.north - yMax) / spec.dLat - 0.5));
    const r1 = Math.min(spec.height - 1, Math.floor((spec.north - yMin) / spec.dLat - 0.5));
    for (let r = r0; r <= r1; r++) byRow[r].push(s);
  }
  const xs: number[] = [];
  for (let row = 0; row < spec.height; row++) {
    const y = spec.north - (row + 0.5) * spec.dLat;
    xs.length = 0;
    for (const s of byRow[row]) {
      const y0 = segs[s + 1];
      const y1 = segs[s + 3];
      if (y0 <= y === y1 <= y) continue; // half-open rule: no double count at vertices
      xs.push(segs[s] + ((y - y0) / (y1 - y0)) * (segs[s + 2] - segs[s]));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k] - spec.west) / spec.dLon - 0.5));
      const c1 = Math.min(spec.width - 1, Math.ceil((xs[k + 1] - spec.west) / spec.dLon - 0.5) - 1);
      out.fill(value, row * spec.width + c0, row * spec.width + c1 + 1);
    }
  }
}

/** Land mask and 4-connected land components for a grid, given the sea polygons. */
export function buildLandModel(spec: GridSpec, sea: ReadonlyArray<Polygon | MultiPolygon>): LandModel {
  const n = spec.width * spec.height;
  const water = new Uint8Array(n);
  rasterise(spec, sea, water, 1);
  const land = new Uint8Array(n);
  for (let i = 0; i < n; i++) land[i] = water[i] ? 0 : 1;
  return { spec, land, component: labelComponents(land, spec.width, spec.height) };
}

/** Labels 4-connected components of non-zero cells 1, 2, …; 0 stays 0. */
export function labelComponents(mask: Uint8Array, width: number, height: number): Int32Array {
  const label = new Int32Array(mask.length);
  const queue = new Int32Array(mask.length);
  let next = 0;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    label[start] = ++next;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const i = queue[head++];
      const col = i % width;
      const visit = (j: number) => {
        if (mask[j] && !label[j]) {
          label[j] = next;
          queue[tail++] = j;
        }
      };
      if (col > 0) visit(i - 1);
      if (col < width - 1) visit(i + 1);
      if (i >= width) visit(i - width);
      if (i < mask.length - width) visit(i + width);
    }
  }
  return label;
}

/**
 * Component of the land cell at [lon, lat]; a point that falls on water (coastal seats, position
 * uncertainty) is snapped to the nearest land cell within `snapKm`. 0 when none.
 */
export function componentAt(model: LandModel, lon: number, lat: number, snapKm = 1): number {
  const i = nearestCell(model.spec, lon, lat, snapKm, (j) => model.component[j] !== 0);
  return i < 0 ? 0 : model.component[i];
}

/**
 * Index of the cell at [lon, lat] if `ok`, else of the nearest `ok` cell within `snapKm` (grid
 * distance, ties to the first in row order); -1 when none or outside the grid.
 */
export function nearestCell(spec: GridSpec, lon: number, lat: number, snapKm: number, ok: (cell: number) => boolean): number {
  const c = cellAt(spec, lon, lat);
  if (c < 0 || ok(c)) return c;
  const reach = Math.ceil((snapKm * 1000) / spec.cellM);
  const col0 = c % spec.width;
  const row0 = (c - col0) / spec.width;
  let best = -1;
  let bestD = Infinity;
  for (let dr = -reach; dr <= reach; dr++) {
    for (let dc = -reach; dc <= reach; dc++) {
      const row = row0 + dr;
      const col = col0 + dc;
      if (row < 0 || col < 0 || row >= spec.height || col >= spec.width) continue;
      const i = row * spec.width + col;
      const d = dr * dr + dc * dc;
      if (d < bestD && d <= reach * reach && ok(i)) {
        bestD = d;
        best = i;
      }
    }
  }
  return best;
}

/** Area of one cell in row `row`, km² (cells shrink towards the pole with cos(lat)). */
export function cellAreaKm2(spec: GridSpec, row: number): number {
  const lat = spec.north - (row + 0.5) * spec.dLat;
  return spec.dLat * KM_PER_DEG_LAT * spec.dLon * KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
}
