/**
 * One owner of map clicks: every tool registers its handler with a fixed priority, and a click goes
 * to the handlers from the highest priority down until one takes it (returns true). No flags between
 * components (which tool is drawing, who claimed the click), no dependence on registration order.
 * And overlays: `addOverlay` adds sources and layers under a named anchor layer (fixed z-order)
 * and returns their removal.
 */
import type { LayerSpecification, Map, MapMouseEvent, SourceSpecification } from 'maplibre-gl';

/** Who gets a click first: drawing > picking a travel origin > imported layers > plan items and counties. */
export const CLICK_PRIORITY = { draw: 40, travelPick: 30, imported: 20, plan: 10 } as const;

export type ClickOwner = keyof typeof CLICK_PRIORITY;
/** Returns true when it took the click (no lower handler sees it). */
export type ClickHandler = (e: MapMouseEvent) => boolean;

interface Entry {
  priority: number;
  handler: ClickHandler;
}

const routers = new WeakMap<Map, Entry[]>();

/** Registers `handler` for map clicks at `owner`'s priority; returns its remover. */
export function onMapClick(map: Map, owner: ClickOwner, handler: ClickHandler): () => void {
  let entries = routers.get(map);
  if (!entries) {
    const list: Entry[] = [];
    routers.set(map, (entries = list));
    map.on('click', (e) => {
      for (const entry of [...list].sort((a, b) => b.priority - a.priority)) if (entry.handler(e)) return;
    });
  }
  const entry: Entry = { priority: CLICK_PRIORITY[owner], handler };
  entries.push(entry);
  return () => {
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
  };
}

/**
 * Named anchor layers of the style: an overlay is drawn just below its anchor, so overlays keep one
 * order whatever the order they are added in. `labels`: below the county outline and every label.
 */
export const ANCHORS = { labels: 'counties-line' } as const;

export type Anchor = keyof typeof ANCHORS;

export interface OverlaySpec {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Adds an overlay's sources and layers (below `anchor`, or on top when null); returns the removal of all of them. */
export function addOverlay(map: Map, spec: OverlaySpec, anchor: Anchor | null): () => void {
  for (const [id, source] of Object.entries(spec.sources)) map.addSource(id, source);
  const before = anchor && map.getLayer(ANCHORS[anchor]) ? ANCHORS[anchor] : undefined;
  for (const layer of spec.layers) map.addLayer(layer, before);
  return () => {
    for (const layer of [...spec.layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of Object.keys(spec.sources)) if (map.getSource(id)) map.removeSource(id);
  };
}
