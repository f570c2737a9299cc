/**
 * Renders the current view of a map again, off screen, at a higher pixel ratio: a hidden container
 * of the target CSS size holds a second MapLibre map with the same style and the same ground
 * extent; the caller reads its canvas after `idle`, and the map is always removed afterwards.
 */
import { Map } from './maplibre';

export interface OffscreenRequest {
  /** Map area size in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** Output pixels per CSS pixel. */
  pixelRatio: number;
  timeoutMs?: number;
}

export interface OffscreenView {
  canvas: HTMLCanvasElement;
  /** Pixel ratio MapLibre actually used (lower than asked when the GPU cannot go that large). */
  pixelRatio: number;
  zoom: number;
  centerLat: number;
  bearing: number;
}

/** Largest drawing-buffer side this browser's WebGL allows, pixels (read from the map's own context). */
export function maxCanvasSide(map: Map): number {
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return 4096;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, dims[0], dims[1]);
}

/**
 * Zoom that shows the source map's ground extent in a container of another size: the same centre,
 * bearing and pitch, zoomed by log₂ of the smaller side ratio so nothing visible is cut off.
 */
export function matchedZoom(zoom: number, from: { width: number; height: number }, to: { width: number; height: number }): number {
  return zoom + Math.log2(Math.min(to.width / from.width, to.height / from.height));
}

/** Renders `source`'s view off screen and passes the result to `use` before the map is removed. */
export async function withOffscreenMap<T>(source: Map, req: OffscreenRequest, use: (v: OffscreenView) => T | Promise<T>): Promise<T> {
  const holder = document.createElement('div');
  // Off the page but laid out at full size: MapLibre needs a real container size.
  Object.assign(holder.style, { position: 'fixed', left: '-100000px', top: '0', width: `${req.cssWidth}px`, height: `${req.cssHeight}px`, pointerEvents: 'none' });
  holder.setAttribute('aria-hidden', 'true');
  holder.dataset.exportMap = '';
  document.body.appendChild(holder);
  const from = source.getContainer().getBoundingClientRect();
  const widthPx = Math.round(req.cssWidth * req.pixelRatio);
  const heightPx = Math.round(req.cssHeight * req.pixelRatio);
  let map: Map | null = null;
  try {
    map = new Map({
      container: holder,
      style: source.getStyle(),
      center: source.getCenter(),
      zoom: matchedZoom(source.getZoom(), from, { width: req.cssWidth, height: req.cssHeight }),
      bearing: source.getBearing(),
      pitch: source.getPitch(),
      pixelRatio: req.pixelRatio,
      maxCanvasSize: [widthPx, heightPx],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      validateStyle: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    await idle(map, req.timeoutMs ?? 180_000);
    const canvas = map.getCanvas();
    return await use({ canvas, pixelRatio: canvas.width / req.cssWidth, zoom: map.getZoom(), centerLat: map.getCenter().lat, bearing: map.getBearing() });
  } finally {
    map?.remove();
    holder.remove();
  }
}

function idle(map: Map, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`map not idle after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
