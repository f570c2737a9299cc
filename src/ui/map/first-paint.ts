/**
 * The map's first picture is a complete one.
 *
 * MapLibre paints a frame each time a source's tiles arrive: the sea, then the counties, then the
 * plan, then the labels once their glyphs are in. On a machine without a graphics card (software
 * WebGL: a projector PC, a virtual desktop, the test machine) every such frame of this style costs
 * 100–200 ms of CPU, and the first load painted 9–10 of them before it was complete. So, until every
 * GeoJSON source of the style has its tiles in view loaded (`map.isSourceLoaded`, which also counts
 * a source that failed as done), the map's paint call returns at once; everything else (tiles,
 * placement, events) runs as usual, and the first frame painted is the whole map. After `timeoutMs`
 * (10 s: the map is complete in about 2 s here) the map paints whatever it has, so a source that
 * never answers cannot keep the map blank.
 *
 * The paint call is MapLibre's `map.painter.render`, which is not public API: maplibre-gl is pinned
 * (package.json), and where the map has no such method this does nothing (the map paints as usual).
 * Measured in README, First load.
 */
import type { Map } from 'maplibre-gl';

export interface FirstPaint {
  /** Paint calls skipped before the first frame. */
  held: number;
  /** ms after `holdFirstPaint` when the first frame was painted; null until then. */
  paintedAfterMs: number | null;
  /** The first frame was painted because `timeoutMs` passed, not because every source had loaded. */
  timedOut: boolean;
}

interface Painter {
  render: (...args: unknown[]) => void;
}

/**
 * Holds `map`'s painting until the GeoJSON sources `sourceIds` are loaded in view (or `timeoutMs`
 * has passed). Returns the live status (for tests and the load benchmark).
 */
export function holdFirstPaint(map: Map, sourceIds: readonly string[], { timeoutMs = 10_000, now = () => performance.now() } = {}): FirstPaint {
  const status: FirstPaint = { held: 0, paintedAfterMs: null, timedOut: false };
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  if (!painter || typeof painter.render !== 'function' || !sourceIds.length) {
    status.paintedAfterMs = 0;
    return status;
  }
  const own = Object.prototype.hasOwnProperty.call(painter, 'render');
  const render = painter.render;
  const t0 = now();
  const loaded = () => sourceIds.every((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id) === true);
  // A frame is asked for when the time is up (tiles that arrive ask for one themselves).
  const timer = setTimeout(() => map.triggerRepaint(), timeoutMs);
  painter.render = function (this: Painter, ...args: unknown[]) {
    const late = now() - t0 >= timeoutMs;
    if (!late && !loaded()) {
      status.held++;
      return;
    }
    status.timedOut = late && !loaded();
    status.paintedAfterMs = now() - t0;
    clearTimeout(timer);
    // From now on MapLibre's own method, as if nothing had been here.
    if (own) painter.render = render;
    else delete painter.render;
    render.apply(this, args);
  };
  return status;
}
