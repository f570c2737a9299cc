/**
 * URLs of the embedded basemap's own files (relief image, terrain tiles, rivers, estuaries, towns,
 * rail stations: bundled table), absolute on the app's origin so MapLibre's worker resolves them. Files another
 * issue produces (the township gazetteer, the station table) are optional: the glob is empty
 * until they land, and the basemap simply lacks that layer.
 */
import reliefUrl from '../../../geodata/web/relief.png?url';
import relief from '../../../geodata/web/relief.json';
import riversUrl from '../../../geodata/web/rivers.geojson?url';
import estuariesUrl from '../../../geodata/web/estuaries.geojson?url';
import type { BasemapAssets } from '../../core/style/basemap-layers';

const townsGlob = import.meta.glob('../../../geodata/web/townships.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
// The station table is small (≈ 10 kB): bundled, so the stations are in the style from the first frame.
const stationsGlob = import.meta.glob('../../../scripts/sources/rail-stations.json', { import: 'default', eager: true }) as Record<string, unknown>;

const abs = (url: string) => new URL(url, document.baseURI).href;

export function basemapAssets(): BasemapAssets {
  const towns = Object.values(townsGlob)[0];
  const t = relief.terrain;
  return {
    relief: { url: abs(reliefUrl), coordinates: relief.hillshade.coordinates as NonNullable<BasemapAssets['relief']>['coordinates'] },
    // Concatenated, not `new URL(…)`: that would escape the {z}/{x}/{y} braces.
    terrain: { tiles: abs('relief/dem/') + '{z}/{x}/{y}.png', tileSize: t.tileSize, minzoom: t.minzoom, maxzoom: t.maxzoom, bounds: t.bounds as [number, number, number, number] },
    rivers: abs(riversUrl),
    estuaries: abs(estuariesUrl),
    ...(towns ? { towns: abs(towns) } : {}),
  };
}

/** The station table (`scripts/sources/rail-stations.json`), or null until the positions issue adds it. */
export function railStationsTable(): unknown {
  return Object.values(stationsGlob)[0] ?? null;
}
