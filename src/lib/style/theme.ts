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
};
