/**
 * Relief rasters from the DEM grid (geodata/base/dem.json): a hillshade with a light hypsometric
 * tint resampled to Web Mercator rows (so a MapLibre `image` source, which stretches linearly
 * between its corners, puts every pixel where it belongs), and Terrarium-encoded `raster-dem`
 * tiles for 3D terrain. Pure functions: no file access.
 */
export interface DemGrid {
  cellDeg: number;
  west: number;
  north: number;
  cols: number;
  rows: number;
  nodata: number;
  elevationM: number[];
}

const R_EARTH_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;
/** Web Mercator y (unitless, as in the tile scheme before scaling) of a latitude. */
export const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2));
export const latOfMercY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) * (180 / Math.PI);

/** Bilinear elevation at (lon, lat), m; sea/no data counts as 0 m; NaN outside the grid. */
export function sample(d: DemGrid, lon: number, lat: number): number {
  const x = (lon - d.west) / d.cellDeg - 0.5;
  const y = (d.north - lat) / d.cellDeg - 0.5;
  if (x < -0.5 || y < -0.5 || x > d.cols - 0.5 || y > d.rows - 0.5) return NaN;
  const c0 = Math.max(0, Math.min(d.cols - 1, Math.floor(x)));
  const r0 = Math.max(0, Math.min(d.rows - 1, Math.floor(y)));
  const c1 = Math.min(d.cols - 1, c0 + 1);
  const r1 = Math.min(d.rows - 1, r0 + 1);
  const fx = Math.max(0, Math.min(1, x - c0));
  const fy = Math.max(0, Math.min(1, y - r0));
  const v = (r: number, c: number) => {
    const e = d.elevationM[r * d.cols + c];
    return e === d.nodata ? 0 : e;
  };
  return (v(r0, c0) * (1 - fx) + v(r0, c1) * fx) * (1 - fy) + (v(r1, c0) * (1 - fx) + v(r1, c1) * fx) * fy;
}

/**
 * Copy of the grid whose no-data cells next to land take the mean of their land neighbours,
 * `passes` times: the shading then fades at the data's edge (the 福建 side has no data) instead
 * of drawing a cliff down to 0 m along a staircase of cells.
 */
export function fillEdges(d: DemGrid, passes = 3): DemGrid {
  let z = [...d.elevationM];
  for (let p = 0; p < passes; p++) {
    const next = [...z];
    for (let r = 0; r < d.rows; r++) {
      for (let c = 0; c < d.cols; c++) {
        if (z[r * d.cols + c] !== d.nodata) continue;
        let sum = 0;
        let n = 0;
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            const rr = r + dr;
            const cc = c + dc;
            if (rr < 0 || cc < 0 || rr >= d.rows || cc >= d.cols) continue;
            const v = z[rr * d.cols + cc];
            if (v !== d.nodata) {
              sum += v;
              n++;
            }
          }
        }
        if (n >= 2) next[r * d.cols + c] = Math.round(sum / n);
      }
    }
    z = next;
  }
  return { ...d, elevationM: z };
}

/** Share of land among the four cells around (lon, lat), bilinear: 0.5 is the smoothed data edge. */
export function landness(d: DemGrid, lon: number, lat: number): number {
  const x = (lon - d.west) / d.cellDeg - 0.5;
  const y = (d.north - lat) / d.cellDeg - 0.5;
  const c0 = Math.floor(x);
  const r0 = Math.floor(y);
  const fx = x - c0;
  const fy = y - r0;
  const v = (r: number, c: number) => (r >= 0 && c >= 0 && r < d.rows && c < d.cols && d.elevationM[r * d.cols + c] !== d.nodata ? 1 : 0);
  return (v(r0, c0) * (1 - fx) + v(r0, c0 + 1) * fx) * (1 - fy) + (v(r0 + 1, c0) * (1 - fx) + v(r0 + 1, c0 + 1) * fx) * fy;
}

export interface ReliefImage {
  width: number;
  height: number;
  /** Corners for a MapLibre image source: top-left, top-right, bottom-right, bottom-left. */
  coordinates: [[number, number], [number, number], [number, number], [number, number]];
  /** Palette index per pixel, row-major from the top; index 0 is transparent. */
  indices: Uint8Array;
  palette: [number, number, number, number][];
}

/** Hillshade options: sun from the north-west, 45° high (the cartographic convention). */
export interface ShadeOptions {
  /** Image pixels per DEM cell, horizontally. */
  scale: number;
  azimuthDeg: number;
  altitudeDeg: number;
  /** Vertical exaggeration: the 0.9 km cells flatten slopes, so hills need lifting to read. */
  zFactor: number;
}
export const SHADE_DEFAULTS: ShadeOptions = { scale: 2, azimuthDeg: 315, altitudeDeg: 45, zFactor: 2.5 };

const SHADE_LEVELS = 24;
const TINT_LEVELS = 8;
/** Elevation band tops for the tint, m (the lowest band is untinted lowland). */
const TINT_TOPS_M = [50, 150, 300, 500, 750, 1000, 1300, Infinity];
/** Hypsometric tint per band: plain → hills → mountains, pale so plan colours stay legible. */
const TINT_RGBA: [number, number, number, number][] = [
  [0, 0, 0, 0], [196, 214, 170, 40], [200, 210, 160, 60], [214, 206, 156, 75],
  [206, 190, 150, 85], [192, 172, 140, 95], [180, 160, 135, 105], [170, 150, 130, 115],
];

/** Hillshade + tint as an indexed image on Web Mercator rows covering the DEM extent. */
export function reliefImage(d: DemGrid, o: ShadeOptions = SHADE_DEFAULTS): ReliefImage {
  const east = d.west + d.cols * d.cellDeg;
  const south = d.north - d.rows * d.cellDeg;
  const width = Math.round(d.cols * o.scale);
  const yN = mercY(d.north);
  const yS = mercY(south);
  const height = Math.round(width * ((yN - yS) / rad(east - d.west)));
  const lonAt = (px: number) => d.west + ((px + 0.5) / width) * (east - d.west);
  const latAt = (py: number) => latOfMercY(yN - ((py + 0.5) / height) * (yN - yS));
  // Elevations at pixel centres, then Horn's gradient in metres.
  const z = new Float32Array(width * height);
  const filled = fillEdges(d);
  for (let py = 0; py < height; py++) for (let px = 0; px < width; px++) z[py * width + px] = sample(filled, lonAt(px), latAt(py));
  const az = rad(360 - o.azimuthDeg + 90);
  const zen = rad(90 - o.altitudeDeg);
  const flat = Math.cos(zen);
  const palette = buildPalette();
  const indices = new Uint8Array(width * height);
  for (let py = 0; py < height; py++) {
    const lat = latAt(py);
    const dyM = ((latAt(Math.max(0, py - 1)) - latAt(Math.min(height - 1, py + 1))) / 2) * (Math.PI / 180) * R_EARTH_M;
    const dxM = ((east - d.west) / width) * (Math.PI / 180) * R_EARTH_M * Math.cos(rad(lat));
    for (let px = 0; px < width; px++) {
      if (landness(d, lonAt(px), lat) < 0.5) continue;
      const g = (dx: number, dy: number) => z[Math.min(height - 1, Math.max(0, py + dy)) * width + Math.min(width - 1, Math.max(0, px + dx))];
      const dzdx = (g(1, -1) + 2 * g(1, 0) + g(1, 1) - (g(-1, -1) + 2 * g(-1, 0) + g(-1, 1))) / (8 * dxM);
      const dzdy = (g(-1, 1) + 2 * g(0, 1) + g(1, 1) - (g(-1, -1) + 2 * g(0, -1) + g(1, -1))) / (8 * dyM);
      const slope = Math.atan(o.zFactor * Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const shade = Math.cos(zen) * Math.cos(slope) + Math.sin(zen) * Math.sin(slope) * Math.cos(az - aspect);
      // −1 (deep shadow) … 0 (flat) … +1 (full light), quantised.
      const s = Math.max(-1, Math.min(1, (shade - flat) / flat));
      const si = Math.round(((s + 1) / 2) * (SHADE_LEVELS - 1));
      const ti = TINT_TOPS_M.findIndex((top) => z[py * width + px] < top);
      indices[py * width + px] = 1 + ti * SHADE_LEVELS + si;
    }
  }
  return { width, height, coordinates: [[d.west, d.north], [east, d.north], [east, south], [d.west, south]], indices, palette };
}

/** Palette: 0 transparent, then every (tint band, shade level) composited: shadow/light over tint. */
function buildPalette(): [number, number, number, number][] {
  const out: [number, number, number, number][] = [[0, 0, 0, 0]];
  for (let t = 0; t < TINT_LEVELS; t++) {
    for (let i = 0; i < SHADE_LEVELS; i++) {
      const s = (i / (SHADE_LEVELS - 1)) * 2 - 1;
      // Shadow: dark blue-grey up to 55 % opaque; light: warm white up to 35 %.
      const top: [number, number, number, number] = s < 0 ? [40, 48, 66, Math.round(-s * 140)] : [255, 252, 240, Math.round(s * 90)];
      out.push(over(top, TINT_RGBA[t]));
    }
  }
  return out;
}

/** Porter–Duff "over" of two straight-alpha RGBA colours (alpha 0–255). */
function over(a: [number, number, number, number], b: [number, number, number, number]): [number, number, number, number] {
  const aa = a[3] / 255;
  const ba = b[3] / 255;
  const oa = aa + ba * (1 - aa);
  if (oa === 0) return [0, 0, 0, 0];
  const ch = (i: number) => Math.round((a[i] * aa + b[i] * ba * (1 - aa)) / oa);
  return [ch(0), ch(1), ch(2), Math.round(oa * 255)];
}

/** Tile x/y range (inclusive) covering a lon/lat box at zoom z. */
export function tileRange(z: number, west: number, south: number, east: number, north: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const tx = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const ty = (lat: number) => Math.floor(((1 - mercY(lat) / Math.PI) / 2) * n);
  return { x0: tx(west), x1: tx(east), y0: ty(north), y1: ty(south) };
}

/** One Terrarium-encoded tile (elevation = R·256 + G + B/256 − 32768), RGBA, `size` px square. */
export function terrariumTile(d: DemGrid, z: number, x: number, y: number, size: number): Uint8Array {
  const n = 2 ** z;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    const lat = latOfMercY(Math.PI * (1 - (2 * (y + (py + 0.5) / size)) / n));
    for (let px = 0; px < size; px++) {
      const lon = ((x + (px + 0.5) / size) / n) * 360 - 180;
      const e = sample(d, lon, lat);
      const v = Math.round(Number.isNaN(e) ? 0 : e) + 32768;
      const i = (py * size + px) * 4;
      out[i] = v >> 8;
      out[i + 1] = v & 0xff;
      out[i + 2] = 0;
      out[i + 3] = 255;
    }
  }
  return out;
}
