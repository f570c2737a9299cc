/**
 * Builds the plan layers from three researched source tables and the admin geodata:
 *   scripts/sources/plan-catalogue.json — every INVENTORY id with the plan's own words (quote_zh,
 *     section), status, target year, later developments (with sources);
 *   scripts/sources/plan-positions.json — where each item is, site by site, with source, datum
 *     and ± km (or "none" where neither the plan nor a source gives a place);
 *   scripts/sources/network.json — transport lines (edges carry the plan's planRef).
 * Writes geodata/plan/plan.geojson (full), geodata/web/plan.geojson (web), geodata/web/plan-index.json
 * (all 114 entries, also those without geometry) and geodata/web/plan-uncertainty.geojson (±km discs).
 * Run: `npm run geodata` (after build-geodata).
 *
 * Geometry rules (schematic ones say so in `precision`):
 *   point sites → Points at their sourced coordinate (GCJ-02/BD-09 converted);
 *   axes, corridors, channels, linear projects → LineStrings through their waypoint towns;
 *   belts → Turf buffers of their spines (BELT_WIDTH_KM), clipped to the metro area's land;
 *   the main centre and the 环大罗山 belt → buffered convex hull of the towns around 大罗山;
 *   regions made of counties → Turf union of the county polygons;
 *   transport lines → the network's edges with that planRef, merged.
 */
import { area, booleanIntersects, buffer, circle, convex, featureCollection, lineString, multiPoint, union } from '@turf/turf';
import { customPinyin, pinyin } from 'pinyin-pro';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { datumFromLabel, toWgs84 } from '../src/core/geo/datum';
import { clip, subtract, type Areal } from '../src/core/geo/measure';
import { simplifyPolygonal } from './lib/geo/simplify';
import { visibleFromYear, type PlanEntry } from '../src/core/plan/model';
import { fromRoot, readJson, writeGeoJson, writeJson } from './lib/io';
import { roundGeometry } from './lib/round';
import { placeNode, viaPositions, type SourceEdge, type SourceNode } from './build-network';
import { placeOf, resolveSites, type PlanSiteSource } from './lib/resolve-positions';
import { areaTable, formatAreaTable, precisionTable, formatPrecisionTable } from './lib/precision-table';
import { seatOf, town, townSource } from './lib/gazetteer';
import { siteArea, siteLine, type SiteArea, type SiteLine, type SiteWater, type TownshipCell } from './lib/site-areas';
import { buildTownshipAreas } from './build-township-areas';
import { writeFileSync } from 'node:fs';

/** Half-widths of the schematic belts, km (the plan gives none; chosen to read at city scale). */
export const BELT_WIDTH_KM: Record<string, number> = {
  'belt-coastal': 6, 'belt-west': 10, 'belt-oujiang': 4, 'east-sea-coast-belt': 3, 'oujiang-tanghe-belt': 2, 'poetry-road': 4, 'tanghe-culture-cluster': 2,
};
/** Buffer around the convex hull of the towns that ring 大罗山, km. */
export const DALUOSHAN_BUFFER_KM = 2;

type Site = PlanSiteSource & { lon: number | null; lat: number | null; area?: SiteArea; line?: SiteLine; water?: SiteWater };
interface Position_ { geometry: 'point' | 'multipoint' | 'spine' | 'area' | 'counties' | 'none'; sites?: Site[]; counties?: string[]; precisionKm?: number; bufferKm?: number; note?: string }
interface NetEdge { id: string; from: string; to: string; via?: SourceEdge['via']; planRef?: string | null; source?: string; status?: string; precision?: string; name_zh?: string }

const catalogue = readJson<PlanEntry[]>(fromRoot('scripts/sources/plan-catalogue.json'));
const POSITIONS_PATH = fromRoot('scripts/sources/plan-positions.json');
const positionsDoc = readJson<{ countySeats: Site[]; features: Record<string, Position_> }>(POSITIONS_PATH);
// Sites that name a town or a district point get their coordinate now (the travel engine reads this file).
const resolvedSites = resolveSites(positionsDoc);
writeFileSync(POSITIONS_PATH, JSON.stringify(positionsDoc, null, 2) + '\n');
const positions = positionsDoc.features;
const network = readJson<{ nodes: SourceNode[]; edges: NetEdge[] }>(fromRoot('scripts/sources/network.json'));
const counties = readJson<FeatureCollection<Polygon | MultiPolygon>>(fromRoot('geodata/admin/counties.geojson'));
const context = readJson<FeatureCollection<Polygon | MultiPolygon>>(fromRoot('geodata/admin/context.geojson'));
const regions = readJson<FeatureCollection<Polygon | MultiPolygon>>(fromRoot('geodata/admin/regions.geojson'));
const sea = readJson<FeatureCollection<MultiPolygon>>(fromRoot('geodata/base/sea.geojson')).features[0] as Areal;
// Approximate township areas (not official boundaries), rebuilt here so the areas drawn from them follow the gazetteer.
const townshipCells = buildTownshipAreas() as TownshipCell[];
// Tidal river water (GSHHG shoreline) for sites drawn as a river stretch (site.water).
const estuaries = readJson<FeatureCollection<Polygon | MultiPolygon>>(fromRoot('geodata/base/estuaries.geojson'));

function sitePosition(s: Site): Position {
  const p = toWgs84([s.lon!, s.lat!], datumFromLabel(s.datum));
  return [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
}

function metroLand(): Areal {
  const metro = regions.features.find((f) => f.properties?.id === 'metro-area') as Areal;
  return subtract(metro, sea) ?? metro;
}

function countyUnion(names: string[]): Polygon | MultiPolygon {
  const all = [...counties.features, ...context.features];
  const picked = names.map((n) => {
    const f = all.find((c) => c.properties?.name_zh === n || c.properties?.name_zh === n.replace(/市$/, '县'));
    if (!f) throw new Error(`county ${n} not in the admin geodata`);
    return f;
  });
  return picked.length === 1 ? picked[0].geometry : union(featureCollection(picked))!.geometry;
}

/** Catalogue key of the layer toggle a feature belongs to: structure layers by layer, projects by action. */
export function catalogueKey(e: Pick<PlanEntry, 'layer' | 'action'>): string {
  return e.layer === 'projects' ? `action-${e.action}` : e.layer;
}

function baseProps(e: PlanEntry, pos: Position_ | undefined) {
  return {
    planRef: e.id, layer: e.layer, cat: catalogueKey(e), name_zh: e.name_zh, name_en: e.name_en, action: e.action, task: e.task,
    section: e.section, quote_zh: e.quote_zh, summary_en: e.summary_en, status: e.status, year: e.year,
    visibleFrom: visibleFromYear(e.status, e.year),
    since_zh: e.since?.zh ?? null, since_en: e.since?.en ?? null, since_date: e.since?.date ?? null, since_source: e.since?.source ?? null,
    note: pos?.note ?? null,
  };
}

type Out = Feature<Geometry, Record<string, unknown>>;

function featuresFor(e: PlanEntry, land: Areal): Out[] {
  const pos = positions[e.id];
  const props = baseProps(e, pos);
  const sites = (pos?.sites ?? []).filter((s) => s.lon !== null && s.lat !== null);
  const sources = [...new Set(sites.map((s) => s.source))].join(' ; ');
  const maxKm = Math.max(pos?.precisionKm ?? 0, ...sites.map(siteKm));

  if (e.layer === 'transport') {
    const edges = network.edges.filter((x) => (x.planRef ?? '').split(',').map((s) => s.trim()).includes(e.id));
    // A main line the network does not carry (e.g. 龙丽温 丽水—文成) is a spine in plan-positions, drawn beside the edges.
    const spine = pos?.geometry === 'spine' && sites.length >= 2
      ? [{ type: 'Feature' as const, properties: { ...props, id: edges.length ? `${e.id}#main` : e.id, precision: 'schematic', precisionKm: maxKm || 5, waypoints: sites.map((s) => s.name_zh).join(' → '), source: `waypoints: ${sites.map(siteSource).join(' ; ')}` }, geometry: lineString(sites.map(sitePosition)).geometry }]
      : [];
    if (edges.length) return [transportFeature(e, props, edges), ...spine];
    if (spine.length) return spine;
  }
  if (e.id === 'metro-area' || e.id === 'core-area') {
    const r = regions.features.find((f) => f.properties?.id === e.id)!;
    return [{ type: 'Feature', properties: { ...props, id: e.id, precision: 'boundary', precisionKm: 0.1, source: String(r.properties?.source) }, geometry: r.geometry }];
  }
  if (!pos || pos.geometry === 'none' || (pos.geometry !== 'counties' && sites.length === 0)) return [];
  if (pos.geometry === 'counties') {
    if (e.id === 'counties') return []; // the county polygons themselves carry planRef "counties"
    const geometry = countyUnion(pos.counties!);
    const out: Out[] = [{ type: 'Feature', properties: { ...props, id: e.id, precision: e.id === 'metro-circle' ? 'schematic' : 'boundary', precisionKm: e.id === 'metro-circle' ? 10 : 0.1, source: `Turf union of ${pos.counties!.join('、')} (county polygons, geodata/admin)` }, geometry }];
    // The wider circle's node cities (三(一)2) as points.
    sites.forEach((s, i) => out.push(pointFeature(e, props, s, `${e.id}#${i}`)));
    return out;
  }
  if (pos.geometry === 'area') {
    // An area the plan describes by its places: the convex hull of their gazetteer points, buffered.
    const bufferKm = pos.bufferKm ?? DALUOSHAN_BUFFER_KM;
    const hull = sites.length >= 3 ? convex(multiPoint(sites.map(sitePosition)))! : lineString(sites.map(sitePosition));
    const ring = buffer(hull, bufferKm, { units: 'kilometers' })!;
    const geometry = subtract(ring as Areal, sea)?.geometry ?? ring.geometry;
    return [{ type: 'Feature', properties: { ...props, id: e.id, precision: 'schematic', precisionKm: bufferKm, towns: sites.map((s) => s.name_zh).join('、'), source: `convex hull of the gazetteer towns ${sites.map((s) => s.name_zh).join('、')} + ${bufferKm} km, minus the OSM sea (geodata/base/townships.geojson)` }, geometry }];
  }
  if (pos.geometry === 'spine' && sites.length >= 2) {
    const line = lineString(sites.map(sitePosition));
    const width = BELT_WIDTH_KM[e.id] ?? (e.layer === 'belts' ? 6 : 0);
    const meta = { ...props, id: e.id, precision: 'schematic', precisionKm: maxKm || 5, waypoints: sites.map((s) => s.name_zh).join(' → '), source: `waypoints (gazetteer towns / district points): ${sources}` };
    if (width > 0) {
      const band = buffer(line, width, { units: 'kilometers' })!;
      const geometry = clip(band as Areal, land)?.geometry ?? band.geometry;
      return [{ type: 'Feature', properties: { ...meta, widthKm: width * 2 }, geometry }];
    }
    return [{ type: 'Feature', properties: meta, geometry: line.geometry }];
  }
  return sites.map((s, i) => pointFeature(e, props, s, sites.length === 1 ? e.id : `${e.id}#${i}`));
}

/** ± km of a site: its own floor, raised to its town's size when it stands on a town. */
function siteKm(s: Site): number {
  return placeOf(s)?.precisionKm ?? s.precisionKm ?? 2;
}

/** Full source of a site: why it is where it is, and where that point comes from. */
function siteSource(s: Site): string {
  const p = placeOf(s);
  return p ? `${s.source}; position: ${p.positionSource}` : s.source;
}

function pointFeature(e: PlanEntry, props: Record<string, unknown>, s: Site, id: string): Out {
  if (s.area) return areaFeature(props, s, id);
  if (s.line) return lineFeature(props, s, id);
  if (s.water) return waterFeature(props, s, id);
  const anchor = s.basis === 'anchor' || s.basis === 'seat' || /ANCHOR/.test(s.note ?? '');
  return {
    type: 'Feature',
    properties: {
      ...props, id, site_zh: s.name_zh, site_en: s.name_en ?? s.name_zh, precision: 'approximate',
      precisionKm: siteKm(s), datum_source: s.datum ?? 'WGS-84', anchor, basis: s.basis ?? 'own', town: s.town ?? null, source: siteSource(s), note: s.note ?? props.note,
    },
    geometry: { type: 'Point', coordinates: sitePosition(s) },
  };
}

/**
 * A site that IS an area, drawn as the union of the approximate township areas it comprises
 * (the townships and the description that names them are in the site's `area`). Its ± km is the
 * largest ± km of those townships' points: how far a Voronoi edge can be from the real boundary.
 */
function areaFeature(props: Record<string, unknown>, s: Site, id: string): Out {
  const a = siteArea(townshipCells, s.area!);
  const names = a.drawn;
  const towns = names.map((n) => town(`${a.cells.find((c) => c.properties.townships.includes(n))!.properties.county_zh}/${n}`));
  const stem = (n: string) => n.replace(/(畲族)?(街道|镇|乡)$/, '');
  return {
    type: 'Feature',
    properties: {
      ...props, id, site_zh: s.name_zh, site_en: s.name_en ?? s.name_zh, precision: 'approximate', geometryBasis: 'townships',
      precisionKm: Math.max(...towns.map((t) => t.precisionKm)), datum_source: 'WGS-84', anchor: false, basis: s.basis ?? 'in', town: s.town ?? null,
      // The site's own point (the town it is named after / lies in): what the travel engine and search use.
      sitePoint: sitePosition(s),
      townships: names.join('、'), townships_en: towns.map((t) => t.name_en).join(', '),
      areaKm2: Math.round(area(a.geometry) / 1e5) / 10, statedKm2: s.area!.statedKm2 ?? null,
      drawnAs_zh: `按${names.map(stem).join('、')}的乡镇范围绘制(近似范围,非官方边界)`,
      drawnAs_en: `drawn as the area of ${towns.map((t) => t.name_en).join(', ')} (approximate township areas, not official boundaries)`,
      source: `area: ${s.area!.source}; drawn as the union of the approximate township areas of ${names.join('、')} (geodata/base/township-areas.geojson: Voronoi of the gazetteer township points, clipped to county and land)`,
      note: s.area!.note ?? s.note ?? props.note,
    },
    geometry: a.geometry,
  };
}

/**
 * A site that is a canal, river or road described by the places it passes, drawn as a schematic
 * line through those townships' gazetteer points in the source's order. Its ± km is the largest
 * ± km of those points: how far the drawn course can be from the real one.
 */
function lineFeature(props: Record<string, unknown>, s: Site, id: string): Out {
  const towns = s.line!.towns.map((r) => town(r));
  const { geometry, lengthKm } = siteLine(towns.map((t) => t.position));
  const names = towns.map((t) => t.name_zh);
  const stem = (n: string) => n.replace(/(畲族)?(街道|镇|乡)$/, '');
  const stated = s.line!.statedKm ? `; stated length ${s.line!.statedKm} km, drawn ${lengthKm.toFixed(1)} km` : `; drawn ${lengthKm.toFixed(1)} km`;
  return {
    type: 'Feature',
    properties: {
      ...props, id, site_zh: s.name_zh, site_en: s.name_en ?? s.name_zh, precision: 'schematic', geometryBasis: 'towns-line',
      precisionKm: Math.max(...towns.map((t) => t.precisionKm)), datum_source: 'WGS-84', anchor: false, basis: s.basis ?? 'in', town: s.town ?? null,
      sitePoint: sitePosition(s), waypoints: names.join(' → '), lengthKm: Math.round(lengthKm * 10) / 10, statedKm: s.line!.statedKm ?? null,
      drawnAs_zh: `按途经的${names.map(stem).join('、')}乡镇点连线示意(非实测走向)`,
      drawnAs_en: `drawn as a schematic line through the township points of ${towns.map((t) => t.name_en).join(', ')} (not the surveyed course)`,
      source: `course: ${s.line!.source}${stated}; drawn through the gazetteer points of ${names.join('、')} (${towns.map(townSource).join(' ; ')})`,
      note: s.line!.note ?? s.note ?? props.note,
    },
    geometry,
  };
}

/** A site that is a river stretch, drawn as that river's water from the GSHHG shoreline (geodata/base/estuaries.geojson). */
function waterFeature(props: Record<string, unknown>, s: Site, id: string): Out {
  const w = estuaries.features.find((f) => f.properties?.id === s.water!.estuary);
  if (!w) throw new Error(`estuaries.geojson has no ${s.water!.estuary}`);
  const p = w.properties as Record<string, unknown>;
  return {
    type: 'Feature',
    properties: {
      ...props, id, site_zh: s.name_zh, site_en: s.name_en ?? s.name_zh, precision: 'approximate', geometryBasis: 'water',
      precisionKm: Number(p.precision_km ?? 0.1), datum_source: 'WGS-84', anchor: false, basis: s.basis ?? 'own', town: s.town ?? null,
      sitePoint: sitePosition(s), areaKm2: Math.round(area(w.geometry) / 1e5) / 10,
      drawnAs_zh: `按${p.name_zh}水面绘制(GSHHG 岸线,城区感潮河段)`,
      drawnAs_en: `drawn as the water of the ${p.name_en} (GSHHG shoreline, the tidal stretch at the city)`,
      source: `river: ${s.water!.source}; water: ${p.source} (geodata/base/estuaries.geojson, ${s.water!.estuary})`,
      note: s.water!.note ?? s.note ?? props.note,
    },
    geometry: w.geometry,
  };
}

function transportFeature(e: PlanEntry, props: Record<string, unknown>, edges: NetEdge[]): Out {
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const at = (id: string) => {
    const n = nodes.get(id);
    if (!n) throw new Error(`network edge references missing node ${id}`);
    return placeNode(n).position;
  };
  const lines = edges.map((x) => [at(x.from), ...viaPositions(x), at(x.to)]);
  const schematic = edges.some((x) => x.precision !== 'alignment');
  const geometry: LineString | MultiLineString = lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
  return {
    type: 'Feature',
    properties: {
      ...props, id: e.id, precision: schematic ? 'schematic' : 'alignment', precisionKm: schematic ? 5 : 1,
      edges: edges.length, source: [...new Set(edges.map((x) => x.source).filter(Boolean))].slice(0, 4).join(' ; ') || 'scripts/sources/network.json',
    },
    geometry,
  };
}

/** Adcodes of the metro-area counties a geometry touches (Turf booleanIntersects). */
function countiesTouched(g: Geometry): string {
  return counties.features
    .filter((c) => booleanIntersects(c, g as Polygon))
    .map((c) => String(c.properties?.adcode))
    .join(',');
}

// 乐清 is read Yuèqīng, not Lèqīng; 瑞安 and others are fine in pinyin-pro's phrase dictionary.
customPinyin({ 乐清: 'yuè qīng', 乐成: 'yuè chéng' });
/** Pinyin and initials for search ("lg", "longgang" → 龙港). */
export function searchKeys(zh: string): { py: string; initials: string } {
  const hanzi = zh.replace(/[^\u4e00-\u9fff]/g, '');
  return {
    py: pinyin(hanzi, { toneType: 'none', type: 'array' }).join(''),
    initials: pinyin(hanzi, { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
  };
}

function main() {
  const land = metroLand();
  const features: Out[] = [];
  const index = catalogue.map((e) => {
    const fs = featuresFor(e, land).map((f) => ({ ...f, properties: { ...f.properties, counties: countiesTouched(f.geometry) }, geometry: roundGeometry(f.geometry, 5) }));
    features.push(...fs);
    const precision = e.id === 'counties' ? 'boundary' : ((fs[0]?.properties as Record<string, unknown> | undefined)?.precision as string | undefined) ?? 'none';
    const touched = [...new Set(fs.flatMap((f) => String(f.properties.counties).split(',').filter(Boolean)))].join(',');
    return { ...baseProps(e, positions[e.id]), id: e.id, since: e.since, features: e.id === 'counties' ? 13 : fs.length, precision, geometryType: fs[0]?.geometry.type ?? null, counties: touched, ...searchKeys(e.name_zh) };
  });
  const fc = featureCollection(features) as FeatureCollection;
  const meta = (name: string) => ({ name, crs_note: 'WGS-84 (EPSG:4326) [lon, lat]', generator: 'scripts/build-plan.ts' });
  writeGeoJson(fromRoot('geodata/plan/plan.geojson'), fc, meta('plan'));
  const web = features.map((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return f;
    return { ...f, geometry: simplifyPolygonal(f.geometry, 0.0005) ?? f.geometry };
  });
  writeGeoJson(fromRoot('geodata/web/plan.geojson'), featureCollection(web) as FeatureCollection, meta('plan (web)'));
  const discs = features
    .filter((f) => f.geometry.type === 'Point' && Number(f.properties.precisionKm) > 0.3)
    .map((f) => ({ ...circle((f.geometry as { coordinates: Position }).coordinates, Number(f.properties.precisionKm), { units: 'kilometers', steps: 48 }), properties: { id: f.properties.id, planRef: f.properties.planRef, layer: f.properties.layer, action: f.properties.action, visibleFrom: f.properties.visibleFrom, name_zh: f.properties.name_zh, name_en: f.properties.name_en, precision: 'approximate', precisionKm: f.properties.precisionKm, source: 'uncertainty disc: ± precisionKm around the point' } }))
    .map((f) => ({ ...f, geometry: roundGeometry(f.geometry, 5) }));
  writeGeoJson(fromRoot('geodata/web/plan-uncertainty.geojson'), featureCollection(discs) as FeatureCollection, meta('plan uncertainty discs'));
  const sites = features
    .filter((f) => f.properties.site_zh && f.properties.site_zh !== f.properties.name_zh)
    .map((f) => ({ id: String(f.properties.id), planRef: String(f.properties.planRef), name_zh: String(f.properties.site_zh), name_en: String(f.properties.site_en), ...searchKeys(String(f.properties.site_zh)) }));
  const countyKeys = counties.features.map((c) => ({ adcode: String(c.properties?.adcode), name_zh: String(c.properties?.name_zh), name_en: String(c.properties?.name_en), ...searchKeys(String(c.properties?.name_zh)) }));
  writeJson(fromRoot('geodata/web/plan-index.json'), { generator: 'scripts/build-plan.ts', entries: index, sites, counties: countyKeys });
  const none = index.filter((x) => x.features === 0).map((x) => x.id);
  console.log(`plan: ${index.length} entries, ${features.length} features, ${discs.length} uncertainty discs; without geometry (${none.length}): ${none.join(', ')}; ${resolvedSites} sites placed on named towns/districts`);
  printPrecision(fc);
}

/** The precision table of the point sites (issue 9), printed on every build and kept in geodata/reports. */
function printPrecision(fc: FeatureCollection) {
  const seats = counties.features.map((c) => seatOf(String(c.properties?.name_zh)).position);
  const t = precisionTable(fc, seats);
  const seatLastResort = fc.features.filter((f) => f.geometry.type === 'Point' && f.properties?.basis === 'seat').map((f) => String(f.properties?.id));
  const areas = areaTable(fc);
  const areaSites = fc.features.filter((f) => f.properties?.geometryBasis === 'townships').map((f) => `${f.properties?.id} (${f.properties?.townships}; drawn ${f.properties?.areaKm2} km²${f.properties?.statedKm2 ? `, stated ${f.properties.statedKm2} km²` : ''})`);
  const lineSites = fc.features.filter((f) => f.properties?.geometryBasis === 'towns-line' || f.properties?.geometryBasis === 'water')
    .map((f) => `${f.properties?.id} (${f.properties?.geometryBasis === 'water' ? `water of the tidal river, ${f.properties?.areaKm2} km²` : `${f.properties?.waypoints}; drawn ${f.properties?.lengthKm} km${f.properties?.statedKm ? `, stated ${f.properties.statedKm} km` : ''}`})`);
  console.log(`point sites — precision (±km) and placement:\n${formatPrecisionTable(t)}\non a county seat as last resort (basis "seat"): ${seatLastResort.length} (${seatLastResort.join(', ')})`);
  console.log(`area features — basis of the outline:\n${formatAreaTable(areas)}\nsites drawn as township areas: ${areaSites.join('; ')}\nsites drawn as a river, canal or road: ${lineSites.join('; ')}`);
  writeJson(fromRoot('geodata/reports/plan-precision.json'), {
    ...t, seatLastResort, areas, areaSites, lineSites,
    history: [
      { row: 'before issue 9', points: 94, le05: 5, le1: 12, le3: 37, worse: 40, anchored: 49, onSeat: 48 },
      { row: 'after round 1 (towns)', points: 90, le05: 6, le1: 9, le3: 40, worse: 35, anchored: 15, onSeat: 22, seatLastResort: 6 },
      { row: 'after round 2 (stations, campuses)', points: 90, le05: 6, le1: 13, le3: 36, worse: 35, anchored: 15, onSeat: 22, seatLastResort: 6 },
    ],
    generator: 'scripts/build-plan.ts',
  });
}

main();
