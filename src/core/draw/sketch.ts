/**
 * The draw/measure tool without the map: the clicked vertices (plus the cursor while moving)
 * become a GeoJSON preview, live geodesic numbers (measure.ts: the same as Turf) and, when
 * finished, one feature for the site report.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Lang } from '../i18n/i18n';
import { formatArea, formatLength, lineLengthM, polygonAreaM2, perimeterM } from '../geo/measure';

export type DrawMode = 'point' | 'line' | 'polygon' | 'distance' | 'area';

export const DRAW_MODES: readonly DrawMode[] = ['point', 'line', 'polygon', 'distance', 'area'];

/** Fewest vertices a finished shape needs. */
export function minVertices(mode: DrawMode): number {
  return mode === 'point' ? 1 : mode === 'line' || mode === 'distance' ? 2 : 3;
}

const isArea = (mode: DrawMode) => mode === 'polygon' || mode === 'area';

/** The shape so far (with the cursor as a floating last vertex), as a feature; null when too few vertices. */
export function sketchFeature(mode: DrawMode, vertices: Position[], cursor: Position | null = null): Feature | null {
  const vs = cursor ? [...vertices, cursor] : vertices;
  if (mode === 'point') return vertices.length ? { type: 'Feature', properties: { mode }, geometry: { type: 'Point', coordinates: vertices[0] } } : null;
  if (isArea(mode) && vs.length >= 3) return { type: 'Feature', properties: { mode }, geometry: { type: 'Polygon', coordinates: [[...vs, vs[0]]] } };
  if (vs.length >= 2) return { type: 'Feature', properties: { mode }, geometry: { type: 'LineString', coordinates: vs } };
  return null;
}

/** Preview collection: the shape plus its vertices as points. */
export function sketchPreview(mode: DrawMode, vertices: Position[], cursor: Position | null): FeatureCollection {
  const shape = sketchFeature(mode, vertices, cursor);
  const points: Feature[] = vertices.map((c) => ({ type: 'Feature', properties: { vertex: true }, geometry: { type: 'Point', coordinates: c } }));
  return { type: 'FeatureCollection', features: shape && shape.geometry.type !== 'Point' ? [shape, ...points] : points };
}

/** Live numbers: length for lines, area and perimeter for polygons (text in `lang`). */
export function sketchMeasure(mode: DrawMode, vertices: Position[], cursor: Position | null, lang: Lang): { lengthM?: number; areaM2?: number; text: string } {
  const vs = cursor ? [...vertices, cursor] : vertices;
  if (mode === 'point') return { text: vs.length ? `${vs[0][0].toFixed(5)}, ${vs[0][1].toFixed(5)}` : '' };
  if (isArea(mode)) {
    if (vs.length < 3) return { text: vs.length === 2 ? formatLength(lineLengthM(vs), lang) : '' };
    const areaM2 = polygonAreaM2([vs]);
    const p = perimeterM([vs]);
    return { areaM2, lengthM: p, text: `${formatArea(areaM2, lang)} · ${lang === 'zh' ? '周长' : 'perimeter'} ${formatLength(p, lang)}` };
  }
  const lengthM = lineLengthM(vs);
  return { lengthM, text: vs.length >= 2 ? formatLength(lengthM, lang) : '' };
}

/** Vertices after a double-click: MapLibre fires two clicks first, so drop the duplicate end. */
export function dropDoubleClickDuplicate(vertices: Position[], toleranceDeg = 1e-7): Position[] {
  const n = vertices.length;
  if (n >= 2 && Math.abs(vertices[n - 1][0] - vertices[n - 2][0]) < toleranceDeg && Math.abs(vertices[n - 1][1] - vertices[n - 2][1]) < toleranceDeg) return vertices.slice(0, -1);
  return vertices;
}
