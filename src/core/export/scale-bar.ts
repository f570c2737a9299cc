/**
 * Scale bar for exported and printed maps: metres per pixel of a Web-Mercator map at a latitude,
 * and the longest "nice" length (1, 2 or 5 × 10ⁿ metres) that fits a maximum bar width.
 */

/** Equatorial circumference of the WGS-84 ellipsoid, metres (the Web-Mercator sphere). */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's world size at zoom 0, CSS pixels (512-px tiles). */
const WORLD_TILE_PX = 512;

export interface ScaleBar {
  /** Ground length the bar stands for, metres. */
  lengthM: number;
  /** Bar width in the same pixels as `metresPerPx`. */
  widthPx: number;
  /** "20 km", "500 m". */
  label: string;
}

/** Ground metres per CSS pixel at `latDeg` and MapLibre `zoom` (Web Mercator, 512-px tiles). */
export function metresPerPixel(latDeg: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latDeg * Math.PI) / 180)) / (WORLD_TILE_PX * 2 ** zoom);
}

/** The longest 1/2/5 × 10ⁿ metre length whose bar is at most `maxWidthPx` wide. */
export function niceScaleBar(metresPerPx: number, maxWidthPx: number): ScaleBar {
  if (!(metresPerPx > 0) || !(maxWidthPx > 0)) return { lengthM: 0, widthPx: 0, label: '' };
  const maxM = metresPerPx * maxWidthPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((s) => s * pow <= maxM) ?? 1;
  const lengthM = step * pow;
  return { lengthM, widthPx: lengthM / metresPerPx, label: formatLength(lengthM) };
}

function formatLength(m: number): string {
  return m >= 1000 ? `${m / 1000} km` : `${m} m`;
}
