/**
 * Relief for the embedded basemap, from the SRTM-derived DEM of GitHub `floroChen/zhejiangDEM`
 * (`demZj2.grd` + `demZj2.gri`: R `raster` format, float32 little-endian, 590 × 496 cells of
 * 1/120° ≈ 0.0083°, each the mean of 10 × 10 SRTM3 cells; 118.02–122.94 E, 27.05–31.18 N; sea =
 * no data). The repository has no licence file; SRTM itself is public domain (NASA/USGS).
 *
 * Get the raw files once (kept out of git, 1.2 MB), then run the script:
 *   git clone https://github.com/floroChen/zhejiangDEM .scratch/zhejiangDEM   # commit 3350fa0
 *   npx tsx scripts/build-relief.ts [dir-with-demZj2.grd]
 *
 * Writes `geodata/base/dem.json`: the source cells inside ≈ 119.2–121.4 E, 27.0–28.8 N, not
 * resampled (cell edges stay on the source grid), with this contract:
 *   { source, licence, cellDeg, west, north, cols, rows, nodata, elevationM }
 * cell (r, c) has its centre at lon = west + (c + 0.5)·cellDeg, lat = north − (r + 0.5)·cellDeg,
 * row-major from the north row, integer metres, nodata = −9999 (sea, or outside the source).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromRoot } from './lib/io';

/** Wanted extent, degrees: the metro area (温州 + 青田) with a margin. */
export const DEM_BBOX = { west: 119.2, south: 27.0, east: 121.4, north: 28.8 } as const;
export const NODATA = -9999;
export const DEM_SOURCE =
  'SRTM (NASA/USGS), resampled by floroChen/zhejiangDEM (https://github.com/floroChen/zhejiangDEM, demZj2.grd/.gri, commit 3350fa0)';
export const DEM_LICENCE = 'SRTM: public domain (NASA/USGS); the zhejiangDEM repository states no licence';

export interface Dem {
  source: string;
  licence: string;
  cellDeg: number;
  west: number;
  north: number;
  cols: number;
  rows: number;
  nodata: number;
  elevationM: number[];
}

interface RasterHeader {
  nrows: number;
  ncols: number;
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

/** Parses the INI-like `.grd` header of the R `raster` package. */
function readHeader(text: string): RasterHeader {
  const get = (k: string) => {
    const m = text.match(new RegExp(`^${k}=(.+)$`, 'm'));
    if (!m) throw new Error(`.grd header lacks ${k}`);
    return m[1].trim();
  };
  if (get('datatype') !== 'FLT4S' || get('byteorder') !== 'little') throw new Error('expected FLT4S little-endian');
  const num = (k: string) => Number(get(k));
  return { nrows: num('nrows'), ncols: num('ncols'), xmin: num('xmin'), xmax: num('xmax'), ymin: num('ymin'), ymax: num('ymax') };
}

/** Crops the source grid to `DEM_BBOX` on its own cell edges; rows south of the source are no data. */
export function cropDem(h: RasterHeader, values: Float32Array): Dem {
  const cell = (h.xmax - h.xmin) / h.ncols;
  const c0 = Math.floor((DEM_BBOX.west - h.xmin) / cell + 1e-6);
  const r0 = Math.floor((h.ymax - DEM_BBOX.north) / cell + 1e-6);
  const cols = Math.ceil((DEM_BBOX.east - h.xmin) / cell - 1e-6) - c0;
  const rows = Math.ceil((h.ymax - DEM_BBOX.south) / cell - 1e-6) - r0;
  const elevationM: number[] = new Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const sr = r0 + r;
      const sc = c0 + c;
      const v = sr < h.nrows && sc < h.ncols ? values[sr * h.ncols + sc] : NaN;
      // The source marks no data as −3.4e38 (read back as NaN or a huge negative).
      elevationM[r * cols + c] = Number.isFinite(v) && v > -1e30 ? Math.round(v) : NODATA;
    }
  }
  const round = (x: number) => Math.round(x * 1e12) / 1e12;
  return {
    source: DEM_SOURCE,
    licence: DEM_LICENCE,
    cellDeg: round(cell),
    west: round(h.xmin + c0 * cell),
    north: round(h.ymax - r0 * cell),
    cols,
    rows,
    nodata: NODATA,
    elevationM,
  };
}

function main(): void {
  const dir = process.argv[2] ?? fromRoot('.scratch/zhejiangDEM');
  const header = readHeader(readFileSync(join(dir, 'demZj2.grd'), 'utf8'));
  const buf = readFileSync(join(dir, 'demZj2.gri'));
  if (buf.byteLength !== header.nrows * header.ncols * 4) throw new Error(`demZj2.gri: ${buf.byteLength} bytes, expected ${header.nrows * header.ncols * 4}`);
  const values = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const dem = cropDem(header, values);
  // One key per line and the grid on one line: readable header, compact file.
  const { elevationM, ...meta } = dem;
  const path = fromRoot('geodata/base/dem.json');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(meta, null, 2).slice(0, -2)},\n  "elevationM": ${JSON.stringify(elevationM)}\n}\n`);
  const land = elevationM.filter((v) => v !== NODATA);
  console.log(`dem.json: ${dem.cols} × ${dem.rows} cells of ${dem.cellDeg}°, west ${dem.west}, north ${dem.north}; ${land.length} land cells, max ${Math.max(...land)} m`);
}

if (process.argv[1]?.endsWith('build-relief.ts')) main();
