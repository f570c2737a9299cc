/**
 * Existing rail stations for the basemap, from the positions table `scripts/sources/rail-stations.json`
 * (`name_zh, name_en, line | lines, lon, lat, source, precision_km, opened`, WGS-84). Only stations
 * open by `year` are drawn: the basemap shows what exists, the plan layers what is planned.
 */
import type { FeatureCollection, Point } from 'geojson';

export interface RailStationRow {
  name_zh: string;
  name_en?: string;
  line?: string;
  lines?: string[] | string;
  lon: number;
  lat: number;
  source?: string;
  precision_km?: number;
  opened?: string | number | null;
  /** own = the station's own coordinate; town / seat = stands on its town or county seat. */
  placement?: string;
}

/** Year part of `opened` ("2009-09-28", 2009, "2009"); null when unknown or not yet open. */
export function openedYear(opened: RailStationRow['opened']): number | null {
  if (opened === null || opened === undefined) return null;
  const m = String(opened).match(/^(\d{4})/);
  return m ? Number(m[1]) : null;
}

/** Stations open by `year` as GeoJSON points; the table may be an array or `{ stations: [...] }`. */
export function railStationsGeojson(table: unknown, year: number): FeatureCollection<Point> {
  const rows = (Array.isArray(table) ? table : ((table as { stations?: unknown[] })?.stations ?? [])) as RailStationRow[];
  const features = rows
    .filter((r) => Number.isFinite(r.lon) && Number.isFinite(r.lat))
    .filter((r) => {
      const y = openedYear(r.opened);
      return y !== null && y <= year;
    })
    .map((r) => ({
      type: 'Feature' as const,
      properties: {
        name_zh: r.name_zh,
        name_en: r.name_en ?? '',
        lines: Array.isArray(r.lines) ? r.lines.join(', ') : (r.lines ?? r.line ?? ''),
        source: r.source ?? '',
        precision_km: r.precision_km ?? null,
        placement: r.placement ?? '',
        opened: r.opened ?? null,
      },
      geometry: { type: 'Point' as const, coordinates: [r.lon, r.lat] },
    }));
  return { type: 'FeatureCollection', features };
}
