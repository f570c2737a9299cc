/**
 * The committed DEM (geodata/base/dem.json) against heights published independently of it.
 * A cell is the mean of 10 × 10 SRTM3 cells (≈ 0.9 km), so a summit cell is lower than the summit
 * itself but never higher: each check is "between a floor and the published summit height".
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

interface Dem { source: string; licence: string; cellDeg: number; west: number; north: number; cols: number; rows: number; nodata: number; elevationM: number[] }
const dem = JSON.parse(readFileSync('geodata/base/dem.json', 'utf8')) as Dem;

/** Elevation of the cell containing (lon, lat), m; the contract's cell-centre formula inverted. */
function at(lon: number, lat: number): number {
  const c = Math.floor((lon - dem.west) / dem.cellDeg);
  const r = Math.floor((dem.north - lat) / dem.cellDeg);
  if (c < 0 || r < 0 || c >= dem.cols || r >= dem.rows) throw new Error(`(${lon}, ${lat}) outside the DEM`);
  return dem.elevationM[r * dem.cols + c];
}

/** Highest cell within `km` (a box) of a point, m. */
function highest(lon: number, lat: number, km: number): number {
  const dLat = km / 111.2;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  let max = -Infinity;
  for (let x = lon - dLon; x <= lon + dLon; x += dem.cellDeg / 2)
    for (let y = lat - dLat; y <= lat + dLat; y += dem.cellDeg / 2) max = Math.max(max, at(x, y));
  return max;
}

describe('geodata/base/dem.json', () => {
  it('keeps the agreed contract', () => {
    expect(Object.keys(dem).sort()).toEqual(['cellDeg', 'cols', 'elevationM', 'licence', 'nodata', 'north', 'rows', 'source', 'west'].sort());
    expect(dem.nodata).toBe(-9999);
    expect(dem.elevationM).toHaveLength(dem.cols * dem.rows);
    expect(dem.elevationM.every((v) => Number.isInteger(v))).toBe(true);
    expect(dem.source).toMatch(/SRTM \(NASA\/USGS\), resampled by floroChen\/zhejiangDEM/);
    // Covers ≈ 119.2–121.4 E, 27.0–28.8 N with cells of ≈ 0.008°.
    expect(dem.cellDeg).toBeCloseTo(1 / 120, 9);
    expect(dem.west).toBeLessThanOrEqual(119.2);
    expect(dem.west + dem.cols * dem.cellDeg).toBeGreaterThanOrEqual(121.4);
    expect(dem.north).toBeGreaterThanOrEqual(28.8);
    expect(dem.north - dem.rows * dem.cellDeg).toBeLessThanOrEqual(27.0);
  });

  it('大罗山: the highest cell is a few hundred metres, under its 707 m summit', () => {
    // 大罗山 (天柱峰 area), 707 m: 大罗山 forest-park descriptions, e.g. https://meipian.cn/4v02wsf2
    const h = highest(120.73, 27.92, 6);
    expect(h).toBeGreaterThanOrEqual(500);
    expect(h).toBeLessThanOrEqual(707);
  });

  it('北雁荡山: the highest cell is near 1 000 m, under 百岗尖 (1 056–1 108 m by source)', () => {
    // 《温州词典》 (复旦大学出版社) p. 2: 百岗尖 1056 m, 北段主峰; tourist sources give 1108 m.
    const h = highest(121.06, 28.4, 8);
    expect(h).toBeGreaterThanOrEqual(750);
    expect(h).toBeLessThanOrEqual(1108);
  });

  it('白云尖 on the 泰顺–景宁 border, 温州\'s highest (1 611 m): the south-west mountains read as such', () => {
    const h = highest(119.65, 27.62, 15);
    expect(h).toBeGreaterThanOrEqual(1300);
    expect(h).toBeLessThanOrEqual(1612);
  });

  it('the 瓯江 plain at 温州 鹿城 and 丽水 is low; the open sea is no data', () => {
    expect(at(120.65, 28.01)).toBeLessThan(30); // 鹿城, on the 瓯江's south bank
    expect(at(119.92, 28.45)).toBeLessThan(100); // 丽水 莲都 basin
    expect(at(121.2, 27.8)).toBe(dem.nodata); // 东海 east of 洞头
  });
});
