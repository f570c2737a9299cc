/**
 * Friction surface of the last mile (see AccessOptions in assumptions.ts for the model and its
 * numbers): minutes per km for every cell of a grid, from the land mask, the DEM's slope and an
 * urban mask around the gazetteer's 街道/镇 centres. Scenario-independent: built once per grid.
 */
import type { FeatureCollection, Point } from 'geojson';
import { DEFAULT_ACCESS, type AccessOptions } from './assumptions';
import { KM_PER_DEG_LAT, type GridSpec, type LandModel } from './grid';

/** DEM contract of geodata/base/dem.json: cell (r, c) centred at lon = west + (c + ½)·cellDeg, lat = north − (r + ½)·cellDeg, row-major from the north row, metres, `nodata` outside the data. */
export interface Dem { source: string; licence: string; cellDeg: number; west: number; north: number; cols: number; rows: number; nodata: number; elevationM: number[] }

export interface Friction {
  /** Minutes per km per cell; +Infinity on water. */
  minPerKm: Float32Array;
  /** 1 where the cell counts as urban. */
  urban: Uint8Array;
  /** Terrain slope (rise/run) per cell, 0 where the DEM has no data. */
  slope: Float32Array;
  /** Least minutes per km of any land cell (bounds how far an access leg can reach). */
  fastestMinPerKm: number;
}

/** Slope magnitude (rise/run) per DEM cell by central differences (one-sided at edges and next to nodata). */
export function demSlope(dem: Dem): Float32Array {
  const { cols, rows, cellDeg, nodata, elevationM: z } = dem;
  const out = new Float32Array(cols * rows);
  const dyM = cellDeg * KM_PER_DEG_LAT * 1000;
  const ok = (r: number, c: number) => r >= 0 && c >= 0 && r < rows && c < cols && z[r * cols + c] !== nodata;
  for (let r = 0; r < rows; r++) {
    const lat = dem.north - (r + 0.5) * cellDeg;
    const dxM = dyM * Math.cos((lat * Math.PI) / 180);
    for (let c = 0; c < cols; c++) {
      if (!ok(r, c)) continue;
      const here = z[r * cols + c];
      const diff = (r1: number, c1: number, r2: number, c2: number, stepM: number) => {
        const a = ok(r1, c1) ? z[r1 * cols + c1] : here;
        const b = ok(r2, c2) ? z[r2 * cols + c2] : here;
        const n = (ok(r1, c1) ? 1 : 0) + (ok(r2, c2) ? 1 : 0);
        return n === 0 ? 0 : (b - a) / (n * stepM);
      };
      const gx = diff(r, c - 1, r, c + 1, dxM);
      const gy = diff(r - 1, c, r + 1, c, dyM);
      out[r * cols + c] = Math.hypot(gx, gy);
    }
  }
  return out;
}

/** Friction per grid cell (nearest DEM cell for the slope). Without a DEM the ground is flat; without towns every cell is rural. */
export function buildFriction(model: LandModel, dem?: Dem | null, towns?: FeatureCollection | null, options: AccessOptions = DEFAULT_ACCESS): Friction {
  const { spec, land } = model;
  const n = spec.width * spec.height;
  const slope = new Float32Array(n);
  if (dem) {
    const s = demSlope(dem);
    for (let row = 0; row < spec.height; row++) {
      const r = Math.floor((dem.north - (spec.north - (row + 0.5) * spec.dLat)) / dem.cellDeg);
      if (r < 0 || r >= dem.rows) continue;
      for (let col = 0; col < spec.width; col++) {
        const c = Math.floor((spec.west + (col + 0.5) * spec.dLon - dem.west) / dem.cellDeg);
        if (c >= 0 && c < dem.cols) slope[row * spec.width + col] = s[r * dem.cols + c];
      }
    }
  }
  const urban = urbanMask(spec, towns, options);
  const minPerKm = new Float32Array(n);
  let fastest = Infinity;
  for (let i = 0; i < n; i++) {
    if (!land[i]) {
      minPerKm[i] = Infinity;
      continue;
    }
    const factor = Math.max(options.minSlopeFactor, Math.exp(-options.slopeDecay * slope[i]));
    minPerKm[i] = 60 / ((urban[i] ? options.urbanSpeedKmh : options.ruralSpeedKmh) * factor);
    if (minPerKm[i] < fastest) fastest = minPerKm[i];
  }
  return { minPerKm, urban, slope, fastestMinPerKm: fastest };
}

/** Cells within the urban radius of a gazetteer 街道 (kind "subdistrict") or 镇 ("town") centre. */
export function urbanMask(spec: GridSpec, towns: FeatureCollection | null | undefined, options: AccessOptions = DEFAULT_ACCESS): Uint8Array {
  const out = new Uint8Array(spec.width * spec.height);
  for (const f of towns?.features ?? []) {
    const kind = f.properties?.kind;
    const rKm = kind === 'subdistrict' ? options.urbanRadiusSubdistrictKm : kind === 'town' ? options.urbanRadiusTownKm : 0;
    if (!rKm || f.geometry?.type !== 'Point') continue;
    const [lon, lat] = (f.geometry as Point).coordinates;
    const c0 = Math.floor((lon - spec.west) / spec.dLon);
    const r0 = Math.floor((spec.north - lat) / spec.dLat);
    const reach = Math.ceil((rKm * 1000) / spec.cellM);
    for (let dr = -reach; dr <= reach; dr++) {
      const row = r0 + dr;
      if (row < 0 || row >= spec.height) continue;
      for (let dc = -reach; dc <= reach; dc++) {
        const col = c0 + dc;
        if (col < 0 || col >= spec.width || (dr * dr + dc * dc) * spec.cellM * spec.cellM > rKm * rKm * 1e6) continue;
        out[row * spec.width + col] = 1;
      }
    }
  }
  return out;
}
