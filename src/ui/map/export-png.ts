/**
 * PNG export of the current view: re-renders the map off screen at the target resolution, then
 * composes it on a 2D canvas with title, legend, scale bar, north arrow, sources and date.
 * Above the GPU's limit the whole page is scaled down to the largest size that works.
 */
import type { Map } from './maplibre';
import { drawFooter, drawHeader, drawLegend, drawNorthArrow, drawScaleBar } from '../../core/export/draw';
import { pageLayout, type LegendItem, type Rect, type Target } from '../../core/export/layout';
import { withOffscreenMap, maxCanvasSide } from './render-map';
import { metresPerPixel, niceScaleBar } from '../../core/export/scale-bar';

export type ExportPhase = 'rendering' | 'composing' | 'encoding';

export interface PageText {
  title: string;
  subtitle: string;
  /** e.g. "制图日期 2026-11-27". */
  date: string;
  legendHeading: string;
  /** Plain-text sources line. */
  sources: string;
  northLabel: string;
}

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** True when the requested size was too large for WebGL and a smaller one was made. */
  reduced: boolean;
  /** Where the legend box landed, output pixels (tests check its pixels). */
  legend: Rect;
  ms: number;
}

/** Renders and composes the page; `onPhase` reports progress. The off-screen map is always removed. */
export async function exportPng(map: Map, target: Target, text: PageText, legend: LegendItem[], onPhase: (p: ExportPhase) => void = () => {}): Promise<PngExport> {
  const t0 = performance.now();
  // Shrink the whole page (not just the map) when its map area would exceed the GPU limit.
  const first = pageLayout(target.width, target.height, target.pixelRatio);
  const maxSide = maxCanvasSide(map);
  const fit = Math.min(1, maxSide / first.map.w, maxSide / first.map.h);
  let scale = fit;
  const cssWidth = first.map.w / target.pixelRatio;
  const cssHeight = first.map.h / target.pixelRatio;
  onPhase('rendering');
  const composed = await withOffscreenMap(map, { cssWidth, cssHeight, pixelRatio: target.pixelRatio * fit }, (view) => {
    onPhase('composing');
    // MapLibre may still have clamped (e.g. drawing buffer smaller than asked): follow what it drew.
    scale = Math.min(fit, view.pixelRatio / target.pixelRatio);
    const width = Math.max(1, Math.floor(target.width * scale));
    const height = Math.max(1, Math.floor(target.height * scale));
    const u = target.pixelRatio * scale;
    const page = pageLayout(width, height, u);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(view.canvas, page.map.x, page.map.y, page.map.w, page.map.h);
    drawHeader(ctx, page.header, u, text.title, text.subtitle, text.date);
    drawFooter(ctx, page.footer, u, text.sources);
    // Metres per output pixel: the off-screen map's metres per CSS pixel over output pixels per CSS pixel.
    const mpp = (metresPerPixel(view.centerLat, view.zoom) * cssWidth) / page.map.w;
    drawScaleBar(ctx, page.map.x + 16 * u, page.map.y + page.map.h - 14 * u, u, niceScaleBar(mpp, 160 * u));
    drawNorthArrow(ctx, page.map.x + page.map.w - 36 * u, page.map.y + 36 * u, u, view.bearing, text.northLabel);
    const box = drawLegend(ctx, page.map, u, text.legendHeading, legend);
    return { canvas, box };
  });
  onPhase('encoding');
  const blob = await new Promise<Blob>((resolve, reject) =>
    composed.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed (canvas too large?)'))), 'image/png'),
  );
  const { width, height } = composed.canvas;
  composed.canvas.width = composed.canvas.height = 0; // free the pixels now, not at GC
  return { blob, width, height, reduced: scale < 0.999, legend: composed.box, ms: performance.now() - t0 };
}

/** Saves a blob under `name` through a temporary `<a download>`; the object URL is revoked after. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
