/**
 * Typed colour theme with semantic slots. Structure colours follow the Okabe–Ito palette (safe for
 * the common colour-vision deficiencies); the eight actions use Tableau-10-derived hues checked
 * for deuteranopia contrast in pairs that sit next to each other on the map.
 */
export interface Theme {
  sea: string;
  land: string;
  landOutside: string;
  countyFill: string;
  countyFillCore: string;
  countyLine: string;
  contextLine: string;
  metroLine: string;
  coreLine: string;
  selection: string;
  labelText: string;
  labelHalo: string;
  contextLabelText: string;
  /** Basemap reading layers (issue 10). */
  river: string;
  riverLabel: string;
  townText: string;
  townSeatText: string;
  stationFill: string;
  stationStroke: string;
  sky: string;
  horizon: string;
  /** Plan structure layers. */
  metroArea: string;
  coreArea: string;
  metroCircle: string;
  mainCentre: string;
  subCentre: string;
  westPole: string;
  axis: string;
  beltCoastal: string;
  beltDaluoshan: string;
  beltWest: string;
  beltOujiang: string;
  corridor: string;
  district: string;
  transportExisting: string;
  transportBuilding: string;
  transportPlanned: string;
  uncertainty: string;
  /** The eight actions (八大建设行动) 1–8. */
  actions: [string, string, string, string, string, string, string, string];
}

export const LIGHT: Theme = {
  sea: '#cfe3ef',
  land: '#f4f1ea',
  landOutside: '#ebe7de',
  countyFill: '#fbfaf6',
  countyFillCore: '#fdf6e3',
  countyLine: '#8f8a80',
  contextLine: '#b9b3a6',
  metroLine: '#0072b2',
  coreLine: '#d55e00',
  selection: '#cc79a7',
  labelText: '#2b2b2b',
  labelHalo: '#ffffff',
  contextLabelText: '#8a857a',
  river: '#6fa8cf',
  riverLabel: '#3d7ea6',
  townText: '#55524b',
  townSeatText: '#2b2b2b',
  stationFill: '#ffffff',
  stationStroke: '#1a1a1a',
  sky: '#bcd6ea',
  horizon: '#eef3f6',
  metroArea: '#0072b2',
  coreArea: '#d55e00',
  metroCircle: '#56b4e9',
  mainCentre: '#b2182b',
  subCentre: '#ef8a62',
  westPole: '#1b7837',
  axis: '#6a3d9a',
  beltCoastal: '#2c7fb8',
  beltDaluoshan: '#e6ab02',
  beltWest: '#66a61e',
  beltOujiang: '#41b6c4',
  corridor: '#525252',
  district: '#c51b7d',
  transportExisting: '#252525',
  transportBuilding: '#e66101',
  transportPlanned: '#5e3c99',
  uncertainty: '#7f7f7f',
  // Okabe–Ito based, distinguishable under the common colour-vision deficiencies; the map also
  // prints the action number in each marker so colour is never the only cue.
  actions: ['#0072b2', '#e69f00', '#56b4e9', '#009e73', '#7a9a01', '#cc79a7', '#d55e00', '#6a3d9a'],
};

/** Colours of the app's own overlays over the plan: travel rings, drawing, imports, text highlight. */
export interface OverlayTheme {
  /** Travel rings by minutes (upper bound of each band): ColorBrewer Blues, colour-blind safe. */
  travelMinutes: [number, string][];
  travelGained: string;
  travelCatchment: string;
  travelOrigin: string;
  travelTargetMet: string;
  travelTargetMissed: string;
  /** Halo and stroke around overlay points and labels. */
  halo: string;
  drawFill: string;
  drawLine: string;
  /** Imported layers get these in turn (Okabe–Ito). */
  importLayers: string[];
  /** The plan-text reader's highlight: Okabe–Ito orange, apart from the selection pink and the plan's colours. */
  textHighlight: string;
}

export const OVERLAY: OverlayTheme = {
  travelMinutes: [[15, '#08519c'], [30, '#3182bd'], [45, '#6baed6'], [60, '#9ecae1'], [75, '#c6dbef'], [120, '#deebf7']],
  travelGained: '#1b9e77',
  travelCatchment: '#d95f02',
  travelOrigin: '#d95f02',
  travelTargetMet: '#1b7837',
  travelTargetMissed: '#b2182b',
  halo: '#fff',
  drawFill: '#e69f00',
  drawLine: '#b35900',
  importLayers: ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'],
  textHighlight: '#e69f00',
};

/**
 * Font stack for labels: the app's own font first (Noto Sans SC cut to the app's characters by
 * scripts/font/build-font.mjs, declared as @font-face rules in src/generated/fonts/fonts.css; the UI
 * uses it too), then the machine's. The map does not wait for it: MapLibre awaits
 * `document.fonts.load(<this stack>)` before it draws a label glyph, which loads every face whose
 * unicode-range covers the sample text (a space), and every file of the font claims the space; so no
 * glyph is drawn, and cached, in a fallback font.
 */
export const LABEL_FONT = ['WZ Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];
