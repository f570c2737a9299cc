/**
 * URLs of the embedded basemap's own files (relief image, terrain tiles, rivers, estuaries, towns,
 * rail stations), absolute on the app's origin so MapLibre's worker resolves them. Files another
 * issue produces (the township gazetteer, the station table) are optional: the glob is empty
 * until they land, and the basemap simply lacks that layer.
 */
import reliefUrl from '../../../geodata/web/relief.png?url';
import relief from '../../../geodata/web/relief.json';
import riversUrl from '../../../geodata/web/rivers.geojson?url';
import estuariesUrl from '../../../geodata/web/estuaries.geojson?url';
import type { BasemapAssets } from '../style/basemap-layers';

const townsGlob = import.meta.glob('../../../geodata/web/townships.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const stationsGlob = import.meta.glob('../../../scripts/sources/rail-stations.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

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

/** URL of the station table, or null until the positions issue has added it. */
export function railStationsUrl(): string | null {
  const u = Object.values(stationsGlob)[0];
  return u ? abs(u) : null;
}
