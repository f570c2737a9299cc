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
 *
 * From that grid it also writes the basemap's relief (run with `--relief-only` to skip the raw files):
 *   geodata/web/relief.png      hillshade + hypsometric tint, indexed PNG on Web Mercator rows
 *   public/relief/dem/{z}/{x}/{y}.png  Terrarium `raster-dem` tiles, z 5–8, for 3D terrain
 *   geodata/web/relief.json     image corners, tile zooms and bounds (read by the style)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromRoot, writeJson } from './lib/io';
import { encodeIndexed, encodeRgba } from './lib/png';
import { reliefImage, SHADE_DEFAULTS, terrariumTile, tileRange, type DemGrid } from './lib/relief';

/** Wanted extent, degrees: the metro area (温州 + 青田) with a margin. */
export const DEM_BBOX = { west: 119.2, south: 27.0, east: 121.4, north: 28.8 } as const;
export const NODATA = -9999;
export const DEM_SOURCE =
  'SRTM (NASA/USGS), resampled by floroChen/zhejiangDEM (https://github.com/floroChen/zhejiangDEM, demZj2.grd/.gri, commit 3350fa0)';
export const DEM_LICENCE = 'SRTM: public domain (NASA/USGS); the zhejiangDEM repository states no licence';

/** The contract of geodata/base/dem.json: the grid (scripts/lib/relief.ts) plus its credit. */
export interface Dem extends DemGrid {
  source: string;
  licence: string;
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

/** Terrain tile zooms: z 8 pixels (≈ 540 m here) already resolve the 0.9 km DEM; MapLibre overzooms above. */
export const TERRAIN_ZOOMS = { min: 5, max: 8 } as const;
export const TERRAIN_TILE_PX = 256;

function writeRelief(dem: DemGrid): void {
  const img = reliefImage(dem);
  const png = encodeIndexed(img.width, img.height, img.indices, img.palette);
  writeFileSync(fromRoot('geodata/web/relief.png'), png);
  const east = dem.west + dem.cols * dem.cellDeg;
  const south = dem.north - dem.rows * dem.cellDeg;
  const tilesDir = fromRoot('public/relief/dem');
  rmSync(tilesDir, { recursive: true, force: true });
  let tiles = 0;
  let tileBytes = 0;
  for (let z = TERRAIN_ZOOMS.min; z <= TERRAIN_ZOOMS.max; z++) {
    const r = tileRange(z, dem.west, south, east, dem.north);
    for (let x = r.x0; x <= r.x1; x++) {
      for (let y = r.y0; y <= r.y1; y++) {
        const path = join(tilesDir, String(z), String(x), `${y}.png`);
        mkdirSync(dirname(path), { recursive: true });
        const buf = encodeRgba(TERRAIN_TILE_PX, TERRAIN_TILE_PX, terrariumTile(dem, z, x, y, TERRAIN_TILE_PX));
        writeFileSync(path, buf);
        tiles++;
        tileBytes += buf.byteLength;
      }
    }
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  writeJson(fromRoot('geodata/web/relief.json'), {
    source: DEM_SOURCE,
    hillshade: {
      file: 'geodata/web/relief.png',
      width: img.width,
      height: img.height,
      pixelDeg: round((east - dem.west) / img.width),
      method: `Horn gradient on the DEM resampled bilinearly to Web Mercator rows; sun azimuth ${SHADE_DEFAULTS.azimuthDeg}°, altitude ${SHADE_DEFAULTS.altitudeDeg}°, vertical ×${SHADE_DEFAULTS.zFactor}; 8 elevation tint bands`,
      coordinates: img.coordinates.map(([x, y]) => [round(x), round(y)]),
    },
    terrain: { tiles: 'relief/dem/{z}/{x}/{y}.png', encoding: 'terrarium', tileSize: TERRAIN_TILE_PX, minzoom: TERRAIN_ZOOMS.min, maxzoom: TERRAIN_ZOOMS.max, bounds: [round(dem.west), round(south), round(east), round(dem.north)] },
  });
  console.log(`relief.png: ${img.width} × ${img.height} px (${(png.byteLength / 1024).toFixed(1)} KiB); terrain: ${tiles} tiles z${TERRAIN_ZOOMS.min}–${TERRAIN_ZOOMS.max} (${(tileBytes / 1024).toFixed(0)} KiB)`);
}

function main(): void {
  if (process.argv.includes('--relief-only')) {
    writeRelief(JSON.parse(readFileSync(fromRoot('geodata/base/dem.json'), 'utf8')) as Dem);
    return;
  }
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fromRoot('.scratch/zhejiangDEM');
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
  writeRelief(dem);
  console.log(`dem.json: ${dem.cols} × ${dem.rows} cells of ${dem.cellDeg}°, west ${dem.west}, north ${dem.north}; ${land.length} land cells, max ${Math.max(...land)} m`);
}

if (process.argv[1]?.endsWith('build-relief.ts')) main();
