/**
 * One owner of map clicks and hovers: every tool registers its handler with a fixed priority, and a
 * click goes to the handlers from the highest priority down until one takes it (returns true); the
 * canvas cursor is the one asked for by the highest-priority owner that asks. No flags between
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

const cursors = new WeakMap<Map, Partial<Record<ClickOwner, string | null>>>();
/** Owners from the highest priority down. */
const OWNERS = (Object.keys(CLICK_PRIORITY) as ClickOwner[]).sort((a, b) => CLICK_PRIORITY[b] - CLICK_PRIORITY[a]);

/** Asks for `cursor` on the map canvas as `owner` (null: no longer); the highest-priority ask shows. */
export function setCursor(map: Map, owner: ClickOwner, cursor: string | null): void {
  const asks = { ...cursors.get(map), [owner]: cursor };
  cursors.set(map, asks);
  map.getCanvas().style.cursor = OWNERS.map((o) => asks[o]).find(Boolean) ?? '';
}

/** Shows `cursor` as `owner` while the pointer is over any of `layerIds`; returns the remover. */
export function onHover(map: Map, owner: ClickOwner, layerIds: string[], cursor = 'pointer'): () => void {
  const enter = () => setCursor(map, owner, cursor);
  const leave = () => setCursor(map, owner, null);
  for (const id of layerIds) {
    map.on('mouseenter', id, enter);
    map.on('mouseleave', id, leave);
  }
  return () => {
    for (const id of layerIds) {
      map.off('mouseenter', id, enter);
      map.off('mouseleave', id, leave);
    }
    leave();
  };
}

/**
 * Named anchors: an overlay is drawn just below its anchor, so overlays keep one order whatever the
 * order they are added in. Style anchors are layers of the plan style: `labels` below the county
 * outline and every label, `selection` below the selected plan item.
 */
export const STYLE_ANCHORS = { labels: 'counties-line', selection: 'plan-selected-fill' } as const;
/** Anchors above the whole style, bottom to top: empty layers (`anchor-<name>`), all made on the first use of one. */
export const TOP_ANCHORS = ['imports', 'travel', 'draw'] as const;

export type Anchor = keyof typeof STYLE_ANCHORS | (typeof TOP_ANCHORS)[number];

/** The layer id an overlay at `anchor` goes below (undefined: on top, a style anchor not in this style). */
export function anchorLayer(map: Map, anchor: Anchor): string | undefined {
  if (anchor in STYLE_ANCHORS) {
    const id = STYLE_ANCHORS[anchor as keyof typeof STYLE_ANCHORS];
    return map.getLayer(id) ? id : undefined;
  }
  const id = `anchor-${anchor}`;
  if (!map.getLayer(id)) for (const a of TOP_ANCHORS) map.addLayer({ id: `anchor-${a}`, type: 'background', layout: { visibility: 'none' } });
  return id;
}

export interface OverlaySpec {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Adds an overlay's sources and layers just below `anchor`; returns the removal of all of them. */
export function addOverlay(map: Map, spec: OverlaySpec, anchor: Anchor): () => void {
  for (const [id, source] of Object.entries(spec.sources)) map.addSource(id, source);
  const before = anchorLayer(map, anchor);
  for (const layer of spec.layers) map.addLayer(layer, before);
  return () => {
    for (const layer of [...spec.layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of Object.keys(spec.sources)) if (map.getSource(id)) map.removeSource(id);
  };
}
