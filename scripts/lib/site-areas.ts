/**
 * Plan sites that ARE areas (a new district, an island group, a scenic area) drawn as the union of
 * the approximate township areas they comprise (geodata/base/township-areas.geojson, see
 * ./township-areas.ts). A site says which townships in `area.townships` ("洞头区/灵昆街道" or
 * "灵昆街道") and cites the description that says so in `area.source`.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { TownshipAreaProps } from './township-areas';

export interface SiteArea {
  /** Townships the area comprises, "县/名" or "名". */
  townships: string[];
  /** The description that says which townships: a URL or a public repository path. */
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
