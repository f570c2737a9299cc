/**
 * MapLibre layers for the plan features (source `plan`) and their uncertainty discs (source
 * `plan-uncertainty`). Visibility is a filter on each feature's catalogue key `cat` and on the
 * year control (`visibleFrom` ≤ year); colours come from the theme's semantic slots.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/i18n';
import { LABEL_FONT, type Theme } from './theme';
import { atEveryZoom, perFeature, withAlpha } from './per-feature';

export interface PlanView {
  cats: string[];
  year: number;
  opacity: number;
  selected: string | null;
  /** When set, only the plan items with these ids are drawn (the status-today filter: what has been built). */
  only?: string[] | null;
}

export const PLAN_LAYER_IDS = [
  'plan-fill', 'plan-outline', 'plan-uncertainty-fill', 'plan-uncertainty-line', 'plan-line-solid', 'plan-line-dashed',
  'plan-points', 'plan-point-number', 'plan-labels', 'plan-line-labels', 'plan-selected-fill', 'plan-selected-line', 'plan-selected-point',
] as const;

/** Fill/line colour of a plan feature. */
export function planColour(t: Theme): ExpressionSpecification {
  return [
    'match', ['get', 'cat'],
    'regions', ['match', ['get', 'planRef'], 'core-area', t.coreArea, 'metro-circle', t.metroCircle, 'wentai-zone', t.metroCircle, t.metroArea],
    'centres', ['match', ['get', 'planRef'], ['main-centre', 'main-centre-north', 'main-centre-south', 'city-core'], t.mainCentre, 'west-pole', t.westPole, t.subCentre],
    'axes', t.axis,
    'belts', ['match', ['get', 'planRef'], 'belt-coastal', t.beltCoastal, 'belt-daluoshan', t.beltDaluoshan, 'belt-west', t.beltWest, t.beltOujiang],
    'corridors', t.corridor,
    'districts', t.district,
    'transport', ['match', ['get', 'status'], 'existing', t.transportExisting, 'under-construction', t.transportBuilding, t.transportPlanned],
    ...t.actions.flatMap((c, i) => [`action-${i + 1}`, c]),
    '#888888',
  ] as ExpressionSpecification;
}

/** Features of the visible catalogue items that exist or are planned by `year`. */
export function visibilityFilter(view: Pick<PlanView, 'cats' | 'year' | 'only'>): ExpressionSpecification {
  const base: ExpressionSpecification = ['all', ['in', ['get', 'cat'], ['literal', view.cats]], ['<=', ['get', 'visibleFrom'], view.year]];
  return view.only ? [...base, ['in', ['get', 'planRef'], ['literal', view.only]]] as ExpressionSpecification : base;
}

/**
 * Declutter by zoom (issue 10): the default view (zoom ≈ 8.3) shows the structure — regions,
 * centres, axes, belts, districts and lines; the eight actions' sites are small dots until
 * ACTION_MINZOOM, then numbered markers with labels. District and transport labels start at
 * DETAIL_LABEL_MINZOOM. A selected item is ringed at every zoom and its card shows everything.
 */
export const ACTION_MINZOOM = 9.5;
export const DETAIL_LABEL_MINZOOM = 9;

type E = ExpressionSpecification;
const all = (...parts: E[]): FilterSpecification => ['all', ...parts] as FilterSpecification;
const isPolygon: E = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isLine: E = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const isPoint: E = ['==', ['geometry-type'], 'Point'];
const dashed: E = ['any', ['==', ['get', 'cat'], 'corridors'], ['!=', ['get', 'status'], 'existing']];
const isAction: E = ['in', 'action-', ['get', 'cat']];
const zoomAtLeast = (z: number): E => ['>=', ['zoom'], z];

/** Per-layer filters given the view; the app re-applies them when the view changes. */
export function planFilters(view: PlanView): Record<(typeof PLAN_LAYER_IDS)[number], FilterSpecification> {
  const vis = visibilityFilter(view);
  const sel: E = ['==', ['get', 'planRef'], view.selected ?? ''];
  return {
    'plan-fill': all(isPolygon, vis),
    'plan-outline': all(isPolygon, vis),
    'plan-uncertainty-fill': vis as FilterSpecification,
    'plan-uncertainty-line': vis as FilterSpecification,
    'plan-line-solid': all(isLine, vis, ['!', dashed]),
    'plan-line-dashed': all(isLine, vis, dashed),
    'plan-points': all(isPoint, vis),
    'plan-point-number': all(isPoint, vis, ['!=', ['get', 'action'], null], ['!=', ['get', 'cat'], 'transport'], zoomAtLeast(ACTION_MINZOOM)),
    'plan-labels': all(isPoint, vis, ['any', ['==', ['get', 'cat'], 'centres'], ['all', ['!', isAction], zoomAtLeast(DETAIL_LABEL_MINZOOM)], zoomAtLeast(ACTION_MINZOOM)]),
    'plan-line-labels': all(isLine, vis, ['any', ['in', ['get', 'cat'], ['literal', ['axes', 'corridors']]], ['all', ['==', ['get', 'cat'], 'transport'], zoomAtLeast(DETAIL_LABEL_MINZOOM)]]),
    'plan-selected-fill': all(isPolygon, sel),
    'plan-selected-line': all(['any', isLine, isPolygon], sel),
    'plan-selected-point': all(isPoint, sel),
  };
}

/** Share of each plan area's colour in its fill (the layer's opacity multiplies it). */
const fillShare: E = ['match', ['get', 'planRef'], ['metro-area', 'core-area'], 0, ['metro-circle', 'wentai-zone'], 0.1, 'main-centre', 0.35, 0.3];

/**
 * Fill opacity of plan areas: full at the overview, fading to 45 % by zoom 11 so rivers, towns and
 * sites show through. A zoom-only expression: each area's own share is in its colour's alpha
 * (planFillColour), so the layer shares one WebGL program with the other fills.
 */
export function planFillOpacity(opacity: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 9, opacity, 11, opacity * 0.45];
}

/** Fill colour of plan areas: the plan colour with the area's share as alpha. */
export function planFillColour(t: Theme): ExpressionSpecification {
  return withAlpha(planColour(t), fillShare);
}

const label = (lang: Lang): ExpressionSpecification => ['coalesce', ['get', lang === 'zh' ? 'site_zh' : 'site_en'], ['get', lang === 'zh' ? 'name_zh' : 'name_en']];
/** Label text of a plan feature in the chosen language. */
export const planLabel = label;

export function buildPlanLayers(t: Theme, view: PlanView, lang: Lang): LayerSpecification[] {
  const f = planFilters(view);
  const colour = planColour(t);
  const pointRadius: E = ['match', ['get', 'cat'], 'centres', 9, 'transport', 5, 7];
  // Widths are per feature, written across zoom (atEveryZoom) like the rivers' and the county lines':
  // every line layer then uses one WebGL program (and every dashed one another).
  const lineWidth = atEveryZoom(['match', ['get', 'cat'], 'axes', 7, 'corridors', 2.5, 'transport', 3, 3]);
  return [
    { id: 'plan-fill', type: 'fill', source: 'plan', filter: f['plan-fill'], paint: { 'fill-color': planFillColour(t), 'fill-opacity': planFillOpacity(view.opacity) } },
    {
      id: 'plan-outline', type: 'line', source: 'plan', filter: f['plan-outline'],
      paint: { 'line-color': colour, 'line-width': atEveryZoom(['match', ['get', 'planRef'], ['metro-area'], 0, 'core-area', 2.5, 1.2]), 'line-opacity': view.opacity },
    },
    { id: 'plan-uncertainty-fill', type: 'fill', source: 'plan-uncertainty', minzoom: 8.5, filter: f['plan-uncertainty-fill'], paint: { 'fill-color': perFeature(t.uncertainty), 'fill-opacity': 0.08 } },
    { id: 'plan-uncertainty-line', type: 'line', source: 'plan-uncertainty', minzoom: 8.5, filter: f['plan-uncertainty-line'], paint: { 'line-color': perFeature(t.uncertainty), 'line-width': atEveryZoom(1), 'line-dasharray': [2, 2], 'line-opacity': 0.6 } },
    {
      id: 'plan-line-solid', type: 'line', source: 'plan', filter: f['plan-line-solid'], layout: { 'line-cap': 'round', 'line-join': 'round' },
      // Each line's own opacity is in its colour's alpha: one WebGL program with the outlines.
      paint: { 'line-color': withAlpha(colour, ['match', ['get', 'cat'], 'axes', 0.55, 0.9]), 'line-width': lineWidth, 'line-opacity': view.opacity },
    },
    {
      id: 'plan-line-dashed', type: 'line', source: 'plan', filter: f['plan-line-dashed'], layout: { 'line-join': 'round' },
      paint: { 'line-color': colour, 'line-width': lineWidth, 'line-dasharray': [2, 1.5], 'line-opacity': ['*', view.opacity, 0.9] },
    },
    {
      id: 'plan-points', type: 'circle', source: 'plan', filter: f['plan-points'],
      paint: {
        'circle-color': colour,
        // Action sites are small dots below ACTION_MINZOOM, numbered markers above.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], ACTION_MINZOOM - 0.5, ['case', isAction, 3.5, pointRadius], ACTION_MINZOOM, pointRadius],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], ACTION_MINZOOM - 0.5, ['case', isAction, 1, 1.5], ACTION_MINZOOM, 1.5],
        'circle-opacity': ['case', ['get', 'anchor'], 0.55, 1],
        // Per-feature like the rail stations' (one WebGL program for both).
        'circle-stroke-opacity': perFeature(1),
      },
    },
    {
      id: 'plan-point-number', type: 'symbol', source: 'plan', filter: f['plan-point-number'],
      layout: { 'text-field': ['to-string', ['get', 'action']], 'text-font': LABEL_FONT, 'text-size': 10, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': perFeature('#ffffff') },
    },
    {
      id: 'plan-labels', type: 'symbol', source: 'plan', filter: f['plan-labels'],
      layout: {
        'text-field': label(lang), 'text-font': LABEL_FONT, 'text-size': ['match', ['get', 'cat'], 'centres', 13, 11.5],
        'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true, 'text-max-width': 9,
        'symbol-sort-key': ['match', ['get', 'cat'], 'centres', 0, 'districts', 1, 2],
      },
      paint: { 'text-color': perFeature('#1f1f1f'), 'text-halo-color': '#ffffff', 'text-halo-width': 1.3 },
    },
    {
      id: 'plan-line-labels', type: 'symbol', source: 'plan', filter: f['plan-line-labels'],
      layout: { 'symbol-placement': 'line', 'text-field': label(lang), 'text-font': LABEL_FONT, 'text-size': 12, 'symbol-spacing': 400 },
      paint: { 'text-color': colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    { id: 'plan-selected-fill', type: 'fill', source: 'plan', filter: f['plan-selected-fill'], paint: { 'fill-color': perFeature(t.selection), 'fill-opacity': 0.25 } },
    { id: 'plan-selected-line', type: 'line', source: 'plan', filter: f['plan-selected-line'], paint: { 'line-color': perFeature(t.selection), 'line-width': atEveryZoom(4) } },
    { id: 'plan-selected-point', type: 'circle', source: 'plan', filter: f['plan-selected-point'], paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': t.selection, 'circle-stroke-width': 3 } },
  ];
}
