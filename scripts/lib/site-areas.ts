/**
 * Plan sites that ARE areas or lines, drawn as what they are instead of a point with a large ± km:
 *   area  — a new district, an island group, a scenic area: the union of the approximate township
 *           areas it comprises (geodata/base/township-areas.geojson, see ./township-areas.ts). A site
 *           names the townships in `area.townships` ("洞头区/灵昆街道" or "灵昆街道") and cites the
 *           description that says so in `area.source`.
 *   line  — a canal, river or road whose course a source describes by the places it passes
 *           ("流经梧田、南白象、丽岙…", "途经瞿溪、郭溪…"): a schematic line through those gazetteer
 *           township points, in the source's order (`line.towns`, `line.source`).
 *   water — a river stretch drawn as its own water (the tidal 瓯江 of geodata/base/estuaries.geojson,
 *           GSHHG shoreline): `water.estuary` is the estuary id.
 */
import { featureCollection, length, lineString, union } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { TownshipAreaProps } from './township-areas';

export interface SiteArea {
  /** Townships the area comprises, "县/名" or "名". */
  townships: string[];
  /** The description that says which townships: a URL or a public repository path. */
  source: string;
  /** Area the source states, km² (compared with the drawn area in the build report and the tests). */
  statedKm2?: number;
  note?: string;
}

export interface SiteLine {
  /** Townships the course passes, in the source's order ("县/名" or "名"), at least two. */
  towns: string[];
  /** The description that names them (URL or repository path), with the stated length if any. */
  source: string;
  /** Length the source states, km (compared with the drawn length in the build report). */
  statedKm?: number;
  note?: string;
}

export interface SiteWater {
  /** Id of a feature of geodata/base/estuaries.geojson ("oujiang"). */
  estuary: string;
  /** Why this water is the site: URL or repository path. */
  source: string;
  note?: string;
}

export type TownshipCell = Feature<Polygon | MultiPolygon, TownshipAreaProps>;

/** The cell holding township `ref`; throws if unknown or ambiguous. */
export function cellOf(cells: TownshipCell[], ref: string): TownshipCell {
  const [county, name] = ref.includes('/') ? ref.split('/') : [null, ref];
  const hits = cells.filter((c) => c.properties.townships.includes(name) && (!county || c.properties.county_zh === county));
  if (hits.length !== 1) throw new Error(`township areas: "${ref}" matches ${hits.length} cells`);
  return hits[0];
}

/** Union of the cells of the named townships, with every township the drawn cells hold (merged cells bring their partners). */
export function siteArea(cells: TownshipCell[], area: SiteArea): { geometry: Polygon | MultiPolygon; drawn: string[]; cells: TownshipCell[] } {
  const picked = [...new Set(area.townships.map((t) => cellOf(cells, t)))];
  const geometry = picked.length === 1 ? picked[0].geometry : union(featureCollection(picked))!.geometry;
  return { geometry, drawn: picked.flatMap((c) => c.properties.townships), cells: picked };
}

/**
 * A schematic course through township points (WGS-84 [lon, lat], in the source's order) and its
 * length in km (Turf, great-circle). Points closer than 10 m to the previous one are dropped
 * (two townships sharing a point would make a zero-length leg). Throws with fewer than two places.
 */
export function siteLine(points: Position[]): { geometry: LineString; lengthKm: number } {
  const kept = points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1][0], p[1] - points[i - 1][1]) > 1e-4);
  if (kept.length < 2) throw new Error(`site line: needs two distinct places, got ${kept.length}`);
  const line = lineString(kept);
  return { geometry: line.geometry, lengthKm: length(line, { units: 'kilometers' }) };
}
