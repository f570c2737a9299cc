/**
 * Rivers and estuary water for the embedded basemap, from GSHHG/WDBII 2.3.7 (Wessel & Smith, LGPL)
 * as packaged by Debian (`gmt-gshhg-full`) and read with GMT (`gmt`). Needs both installed:
 *   apt-get install -y gmt gmt-gshhg-full && npx tsx scripts/build-rivers.ts
 * The app and the tests only read the committed extracts:
 *   geodata/base/rivers.geojson     WDBII river lines (`gmt coast -Ia -M -Df`), clipped to the
 *                                   basemap extent; the 瓯江 main stem named. WDBII has no 飞云江,
 *                                   鳌江 or 楠溪江 here (checked: every segment in the extent is listed
 *                                   by the script).
 *   geodata/base/estuaries.geojson  water of the tidal 瓯江 (up to ≈ 120.55 E, around 江心屿), and
 *                                   the 飞云江 and 鳌江 mouths, from the full-resolution GSHHG
 *                                   shoreline (`gmt grdlandmask -Df`, 0.0004° ≈ 40 m cells,
 *                                   contoured with d3-contour), inside three boxes only: the OSM
 *                                   coast stays everywhere else (GSHHG predates the reclamation).
 * Web copies (5 decimals) go to geodata/web/.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { area, bboxClip, featureCollection, lineString, simplify } from '@turf/turf';
import { contours } from 'd3-contour';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { fromRoot, writeGeoJson } from './lib/io';
import { roundGeometry } from './lib/round';

/** Basemap extent for rivers, degrees [w, s, e, n] (as the DEM). */
export const RIVER_BBOX: [number, number, number, number] = [119.2, 27.0, 121.4, 28.8];
const SOURCE_RIVERS = 'GSHHG/WDBII 2.3.7 rivers (Wessel & Smith, LGPL-3), Debian gmt-gshhg-full; `gmt coast -Ia -M -Df`; WGS-84; WDBII vertices ≈ 0.5–1 km apart';
const SOURCE_SHORE = 'GSHHG 2.3.7 full-resolution shoreline (Wessel & Smith, LGPL-3), Debian gmt-gshhg-full; `gmt grdlandmask -Df -I0.0004`; WGS-84';

/** Estuary boxes [w, s, e, n]: the river channels where the OSM sea stops at the coast. */
export const ESTUARY_BOXES: { id: string; name_zh: string; name_en: string; bbox: [number, number, number, number] }[] = [
  { id: 'oujiang', name_zh: '瓯江', name_en: 'Ou River', bbox: [120.5, 27.93, 120.84, 28.1] },
  { id: 'feiyunjiang', name_zh: '飞云江', name_en: 'Feiyun River', bbox: [120.55, 27.72, 120.78, 27.83] },
  { id: 'aojiang', name_zh: '鳌江', name_en: 'Ao River', bbox: [120.48, 27.55, 120.68, 27.63] },
];
const MASK_BBOX: [number, number, number, number] = [120.45, 27.5, 120.95, 28.12];
const MASK_CELL_DEG = 0.0004;

const gmt = (args: string[]) => execFileSync('gmt', args, { cwd: tmpdir(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** WDBII segments as [level, coordinates]; GMT splits lines at its 1° bins. */
function readRivers(): { level: number; coords: Position[] }[] {
  const [w, s, e, n] = RIVER_BBOX;
  const text = gmt(['coast', `-R${w - 0.3}/${e + 0.3}/${s - 0.3}/${n + 0.3}`, '-Ia', '-M', '-Df']);
  const out: { level: number; coords: Position[] }[] = [];
  for (const block of text.split(/^>/m).slice(1)) {
    const [head, ...lines] = block.trim().split('\n');
    const level = Number(head.match(/Level (\d+)/)?.[1]);
    const coords = lines.map((l) => l.trim().split(/\s+/).map(Number)).filter((p) => p.length >= 2 && p.every(Number.isFinite));
    const dedup = coords.filter((p, i) => i === 0 || p[0] !== coords[i - 1][0] || p[1] !== coords[i - 1][1]);
    if (dedup.length >= 2) out.push({ level, coords: dedup });
  }
  return out;
}

/** Joins segments of one level that meet end to start (at bin edges) into longer lines. */
export function joinSegments(segs: Position[][], tolDeg = 1e-6): Position[][] {
  const lines = segs.map((s) => [...s]);
  const same = (a: Position, b: Position) => Math.abs(a[0] - b[0]) < tolDeg && Math.abs(a[1] - b[1]) < tolDeg;
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < lines.length; i++) {
      for (let j = 0; j < lines.length; j++) {
        if (i === j) continue;
        const a = lines[i];
        const b = lines[j];
        let joined: Position[] | null = null;
        if (same(a[a.length - 1], b[0])) joined = [...a, ...b.slice(1)];
        else if (same(a[a.length - 1], b[b.length - 1])) joined = [...a, ...[...b].reverse().slice(1)];
        else if (same(a[0], b[0])) joined = [...[...a].reverse(), ...b.slice(1)];
        if (joined) {
          lines[i] = joined;
          lines.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  return lines;
}

const near = (line: Position[], [lon, lat]: [number, number], km: number) =>
  line.some(([x, y]) => Math.hypot((x - lon) * 111.2 * Math.cos((lat * Math.PI) / 180), (y - lat) * 111.2) < km);

function buildRivers() {
  const segs = readRivers();
  const features: Feature<LineString>[] = [];
  for (const level of [...new Set(segs.map((s) => s.level))].sort()) {
    for (const coords of joinSegments(segs.filter((s) => s.level === level).map((s) => s.coords))) {
      const clipped = bboxClip(lineString(coords), RIVER_BBOX);
      const parts: Position[][] = clipped.geometry.type === 'LineString' ? [clipped.geometry.coordinates] : (clipped.geometry.coordinates as Position[][]);
      for (const part of parts) {
        if (part.length < 2) continue;
        // The 瓯江 main stem passes 丽水 (莲都) and 青田 (鹤城).
        const ou = near(part, [119.92, 28.45], 4) && near(part, [120.29, 28.14], 4);
        // WDBII lines carry no names; only the 瓯江 is identified (by the seats it passes), the rest
        // say so and are not labelled.
        const props: Record<string, unknown> = ou
          ? { name_zh: '瓯江', name_en: 'Ou River', named: true }
          : { name_zh: '河流（WDBII，未命名）', name_en: 'river (WDBII, unnamed)', named: false };
        Object.assign(props, { rank: level, source: SOURCE_RIVERS, precision: 'approximate', precision_km: 0.5 });
        features.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: part } });
      }
    }
  }
  for (const f of features) {
    const c = f.geometry.coordinates;
    console.log(`river rank ${f.properties?.rank} ${f.properties?.name_zh ?? '(unnamed)'}: ${c.length} vertices, ${c[0].map((v: number) => v.toFixed(2))} → ${c[c.length - 1].map((v: number) => v.toFixed(2))}`);
  }
  return featureCollection(features);
}

/** Water (GSHHG ocean level) inside the mask box as polygons, via a land mask grid and d3-contour. */
function readWater(): MultiPolygon {
  const [w, s, e, n] = MASK_BBOX;
  const grid = fromRoot('.scratch/gshhg-mask.nc');
  gmt(['grdlandmask', `-R${w}/${e}/${s}/${n}`, `-I${MASK_CELL_DEG}`, '-Df', '-N0/1/1/1/1', '-r', `-G${grid}`]);
  const values = gmt(['grd2xyz', grid, '-ZTLa']).trim().split('\n').map(Number);
  const cols = Math.round((e - w) / MASK_CELL_DEG);
  const rows = Math.round((n - s) / MASK_CELL_DEG);
  if (values.length !== cols * rows) throw new Error(`mask: ${values.length} values, expected ${cols * rows}`);
  const water = values.map((v) => 1 - v);
  const [mp] = contours().size([cols, rows]).thresholds([0.5])(water);
  const toLonLat = ([x, y]: Position): Position => [w + x * MASK_CELL_DEG, n - y * MASK_CELL_DEG];
  return { type: 'MultiPolygon', coordinates: mp.coordinates.map((poly) => poly.map((ring) => ring.map(toLonLat))) };
}

function buildEstuaries() {
  const water = readWater();
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const box of ESTUARY_BOXES) {
    const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: water }, box.bbox);
    const simple = simplify(clipped, { tolerance: 0.0001, highQuality: true }) as Feature<Polygon | MultiPolygon>;
    const all: Position[][][] = simple.geometry.type === 'Polygon' ? [simple.geometry.coordinates] : simple.geometry.coordinates;
    const polys = all.filter((p) => p[0]?.length >= 4);
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polys };
    const km2 = area({ type: 'Feature', properties: {}, geometry }) / 1e6;
    console.log(`estuary ${box.name_zh}: ${polys.length} polygons, ${km2.toFixed(1)} km²`);
    features.push({ type: 'Feature', properties: { id: box.id, name_zh: box.name_zh, name_en: box.name_en, source: SOURCE_SHORE, precision: 'approximate', precision_km: 0.1 }, geometry });
  }
  return featureCollection(features);
}

function main(): void {
  const rivers = buildRivers();
  const estuaries = buildEstuaries();
  const meta = { crs_note: 'WGS-84 (EPSG:4326) [lon, lat]', generator: 'scripts/build-rivers.ts' };
  writeGeoJson(fromRoot('geodata/base/rivers.geojson'), rivers, { name: 'rivers', ...meta });
  writeGeoJson(fromRoot('geodata/base/estuaries.geojson'), estuaries, { name: 'estuaries', ...meta });
  const web = <T extends { features: Feature[] }>(fc: T) => ({ ...fc, features: fc.features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry, 5) })) });
  writeGeoJson(fromRoot('geodata/web/rivers.geojson'), web(rivers) as never, { name: 'rivers (web)', ...meta });
  writeGeoJson(fromRoot('geodata/web/estuaries.geojson'), web(estuaries) as never, { name: 'estuaries (web)', ...meta });
}

main();
