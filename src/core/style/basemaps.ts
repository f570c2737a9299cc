/**
 * Basemap choice: the embedded offline basemap (default) or a public online raster basemap laid
 * under the plan layers. Every online basemap here is WGS-84 / Web Mercator (EPSG:3857), the
 * datum of all our overlays, so they line up.
 *
 * Chinese commercial tiles (高德/Amap, 百度/Baidu, 腾讯/Tencent, and 天地图 mirrors that serve
 * them) are deliberately NOT offered: they are published in GCJ-02 (Baidu in BD-09), an
 * obfuscated datum that shifts positions by ~300–700 m around Wenzhou, so every overlay would sit
 * ~500 m off. Offering them would need every overlay shifted to match; we do not.
 */
import type { LayerSpecification, RasterSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { StringKey } from '../i18n/i18n';

export type BasemapId = 'embedded' | 'osm' | 'esri-imagery';

export interface OnlineBasemap {
  id: Exclude<BasemapId, 'embedded'>;
  label: StringKey;
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  attribution: string;
}

export const ONLINE_BASEMAPS: OnlineBasemap[] = [
  {
    id: 'osm',
    label: 'basemapOsm',
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  },
  {
    id: 'esri-imagery',
    label: 'basemapImagery',
    tiles: ['https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}'],
    tileSize: 256,
    maxzoom: 19,
    attribution: 'Esri, Maxar, Earthstar Geographics, and the GIS User Community',
  },
];

/** Origins the online basemaps fetch from; a Content-Security-Policy must allow them in img-src and connect-src. */
export const ONLINE_BASEMAP_ORIGINS: readonly string[] = [...new Set(ONLINE_BASEMAPS.flatMap((b) => b.tiles.map((t) => new URL(t.replace(/[{}]/g, '')).origin)))];

export const BASEMAP_SOURCE_ID = 'basemap-online';
export const BASEMAP_LAYER_ID = 'basemap-online';
/** How long an online basemap may take to deliver its first tile before the embedded one comes back, ms. */
export const FIRST_TILE_TIMEOUT_MS = 8000;

/** Embedded layers hidden under an online basemap (county lines, labels and plan layers stay). */
export const EMBEDDED_HIDDEN_LAYERS = ['sea', 'sea-over-counties', 'relief', 'relief-credit', 'estuaries'] as const;
/** Kept for clicks (queryRenderedFeatures needs the layer shown) but drawn transparent. */
export const EMBEDDED_TRANSPARENT_FILL = 'counties-fill';

export function rasterSource(b: OnlineBasemap): RasterSourceSpecification {
  return { type: 'raster', tiles: b.tiles, tileSize: b.tileSize, maxzoom: b.maxzoom, attribution: b.attribution };
}

export function rasterLayer(): LayerSpecification {
  return { id: BASEMAP_LAYER_ID, type: 'raster', source: BASEMAP_SOURCE_ID, paint: { 'raster-fade-duration': 0 } };
}

/** The layer the raster goes beneath: the one right after `background`, so it sits just above it. */
export function insertBefore(layerIds: readonly string[]): string | undefined {
  const i = layerIds.indexOf('background');
  return layerIds[i + 1];
}

export function onlineBasemap(id: BasemapId): OnlineBasemap | undefined {
  return ONLINE_BASEMAPS.find((b) => b.id === id);
}
