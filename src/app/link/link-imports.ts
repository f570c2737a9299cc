/**
 * Imported layers in share links: each small layer as base64url of its GeoJSON (the format of
 * import/export.ts `encodeLayerForLink`), included while all together fit the budget. Encodings
 * are cached per feature array (layers are immutable), so camera moves never re-encode; a layer
 * whose plain JSON is already over budget is never encoded at all.
 */
import type { Feature } from 'geojson';
import { encodeLayerForLink } from '../../core/import/export';

export interface LinkLayer {
  name: string;
  features: Feature[];
}

const cache = new WeakMap<Feature[], string | null>();

/** Payload of one layer, or null when it alone exceeds `budgetChars`. */
function payload(layer: LinkLayer, budgetChars: number): string | null {
  if (cache.has(layer.features)) return cache.get(layer.features)!;
  // base64 grows text by 4/3: skip the encoding when the JSON alone is too long (cheap bound).
  let rough = 0;
  for (const f of layer.features) {
    rough += JSON.stringify(f.geometry ?? null).length;
    if ((rough * 4) / 3 > budgetChars) break;
  }
  const p = (rough * 4) / 3 > budgetChars ? null : encodeLayerForLink(layer.features, { name: layer.name });
  const result = p !== null && p.length <= budgetChars ? p : null;
  cache.set(layer.features, result);
  return result;
}

/** Splits layers into link payloads (in order, while the total fits) and omitted layer names. */
export function linkPayloads(layers: readonly LinkLayer[], budgetChars: number): { included: string[]; omitted: string[] } {
  const included: string[] = [];
  const omitted: string[] = [];
  let used = 0;
  for (const l of layers) {
    const p = payload(l, budgetChars);
    if (p !== null && used + p.length <= budgetChars) {
      included.push(p);
      used += p.length + 1;
    } else omitted.push(l.name);
  }
  return { included, omitted };
}

/** Text and layer name of one payload (undecodable payloads give empty text, which the importer reports). */
export function textFromLinkPayload(token: string): { text: string; name: string } {
  try {
    const b64 = token.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const text = new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    let name = 'link';
    try {
      const n = (JSON.parse(text) as { name?: unknown }).name;
      if (typeof n === 'string' && n.trim()) name = n.slice(0, 200);
    } catch {
      // the importer reports the syntax error
    }
    return { text, name };
  } catch {
    return { text: '', name: 'link' };
  }
}
