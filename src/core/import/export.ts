/**
 * Imported layers out again: as an RFC 7946 GeoJSON file (WGS-84, 6 decimals, exterior rings
 * counter-clockwise, no `crs`), and as a compact string for share links (the same GeoJSON, UTF-8,
 * base64url; ≈ 1.33 bytes per byte, versus up to 3× for encodeURIComponent of JSON and Chinese).
 * A decoded link (state/link-imports.ts `textFromLinkPayload`) is untrusted input and goes through
 * the full import again.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { signedArea } from '../geo/ring';
import { mapPositions } from '../geo/datum';
import { EXPORT_DECIMALS } from './limits';

export interface ExportMeta {
  /** Layer name, written as the collection's `name` member. */
  name: string;
}

/** The features as an RFC 7946 FeatureCollection text (`indent` spaces, 0 for one line). */
export function toGeoJsonString(features: Feature[], meta: ExportMeta, indent = 0): string {
  const collection = { type: 'FeatureCollection', name: meta.name, features: features.map(exportFeature) };
  return JSON.stringify(collection, null, indent || undefined);
}

/** The layer encoded for a share link: base64url of the one-line GeoJSON. */
export function encodeLayerForLink(features: Feature[], meta: ExportMeta): string {
  return base64url(new TextEncoder().encode(toGeoJsonString(features, meta)));
}

function exportFeature(f: Feature): Feature {
  const { _import, ...properties } = (f.properties ?? {}) as Record<string, unknown>;
  void _import; // provenance is app-internal; a re-import creates its own
  const out: Feature = { type: 'Feature', properties, geometry: f.geometry && rewind(round(f.geometry)) };
  if (f.id !== undefined) out.id = f.id;
  return out;
}

function round(g: Geometry): Geometry {
  const k = 10 ** EXPORT_DECIMALS;
  return mapPositions(g, (p) => [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k]);
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
function rewind(g: Geometry): Geometry {
  const orient = (rings: Position[][]) => rings.map((r, i) => ((signedArea(r) >= 0) === (i === 0) ? r : [...r].reverse()));
  if (g.type === 'Polygon') return { ...g, coordinates: orient(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(orient) };
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(rewind) };
  return g;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
