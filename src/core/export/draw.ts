/**
 * Paints the page furniture on a 2D canvas: header (title, date), footer (sources), legend box
 * with the sidebar's swatches, scale bar and north arrow. Sizes are CSS pixels × `u` (output
 * pixels per CSS pixel), so a 300 dpi page gets print-sized type.
 */
import type { Swatch } from '../plan/catalogue';
import type { LegendItem, Rect } from './layout';
import type { ScaleBar } from './scale-bar';

export const FONT_STACK = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
const INK = '#1f1f1f';
const BAND = '#123b5a';

type Ctx = CanvasRenderingContext2D;
const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT_STACK}`;

/** Dark title band as in the app's top bar: title and subtitle left, date right. */
export function drawHeader(ctx: Ctx, r: Rect, u: number, title: string, subtitle: string, date: string): void {
  ctx.fillStyle = BAND;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = font(20 * u, 700);
  const cy = r.y + r.h / 2;
  ctx.fillText(title, r.x + 14 * u, cy);
  const tw = ctx.measureText(title).width;
  ctx.font = font(14 * u);
  ctx.globalAlpha = 0.85;
  ctx.fillText(subtitle, r.x + 14 * u + tw + 10 * u, cy);
  ctx.globalAlpha = 1;
  ctx.textAlign = 'right';
  ctx.fillText(date, r.x + r.w - 14 * u, cy);
  ctx.textAlign = 'left';
}

/** White footer band with the sources, shrunk to fit one line if needed. */
export function drawFooter(ctx: Ctx, r: Rect, u: number, text: string): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = '#444444';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  let size = 11 * u;
  ctx.font = font(size);
  const room = r.w - 28 * u;
  const w = ctx.measureText(text).width;
  if (w > room) ctx.font = font((size = Math.max(6 * u, (size * room) / w)));
  ctx.fillText(text, r.x + 14 * u, r.y + r.h / 2, room);
}

/** Legend box in the map's bottom-right corner (two columns if one would be too tall); returns its rect. */
export function drawLegend(ctx: Ctx, map: Rect, u: number, heading: string, items: LegendItem[]): Rect {
  if (!items.length) return { x: map.x + map.w, y: map.y + map.h, w: 0, h: 0 };
  const pad = 10 * u;
  const row = 20 * u;
  const head = 22 * u;
  const sw = 22 * u;
  ctx.font = font(12 * u);
  const textW = Math.max(...items.map((i) => ctx.measureText(i.label).width));
  const colW = sw + 8 * u + textW;
  const maxRows = Math.max(1, Math.floor((map.h * 0.7 - head - 2 * pad) / row));
  const cols = Math.ceil(items.length / maxRows);
  const rows = Math.ceil(items.length / cols);
  const box: Rect = { x: 0, y: 0, w: 2 * pad + cols * colW + (cols - 1) * 14 * u, h: 2 * pad + head + rows * row };
  box.x = map.x + map.w - box.w - 12 * u;
  box.y = map.y + map.h - box.h - 28 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.strokeStyle = '#9a9a9a';
  ctx.lineWidth = u;
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.font = font(13 * u, 700);
  ctx.fillText(heading, box.x + pad, box.y + pad + head / 2 - 2 * u);
  ctx.font = font(12 * u);
  items.forEach((item, i) => {
    const x = box.x + pad + Math.floor(i / rows) * (colW + 14 * u);
    const cy = box.y + pad + head + (i % rows) * row + row / 2;
    drawSwatch(ctx, item.swatch, item.colour, x, cy - 7 * u, u);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, x + sw + 8 * u, cy);
  });
  return box;
}

/** The sidebar's 22×14 swatch (Swatch.svelte) at (x, y), scaled by u. */
export function drawSwatch(ctx: Ctx, kind: Swatch, colour: string, x: number, y: number, u: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(u, u);
  ctx.setLineDash([]);
  if (kind === 'fill') {
    ctx.beginPath();
    ctx.roundRect(1, 1, 20, 12, 2);
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1;
    ctx.stroke();
  } else if (kind === 'line' || kind === 'dashed') {
    ctx.beginPath();
    ctx.moveTo(1, 7);
    ctx.lineTo(21, 7);
    ctx.strokeStyle = colour;
    ctx.lineWidth = kind === 'line' ? 4 : 3;
    ctx.lineCap = kind === 'line' ? 'round' : 'butt';
    if (kind === 'dashed') ctx.setLineDash([5, 3]);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(11, 7, 5.5, 0, 2 * Math.PI);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.restore();
}

/** Alternating black/white bar with 0 and the length, bottom-left at (x, y). */
export function drawScaleBar(ctx: Ctx, x: number, y: number, u: number, bar: ScaleBar): void {
  if (!bar.widthPx) return;
  const h = 6 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 6 * u, y - h - 22 * u, bar.widthPx + 12 * u + 40 * u, h + 28 * u);
  for (let i = 0; i < 4; i++) {
    ctx.fillStyle = i % 2 ? '#ffffff' : INK;
    ctx.fillRect(x + (i * bar.widthPx) / 4, y - h, bar.widthPx / 4, h);
  }
  ctx.strokeStyle = INK;
  ctx.lineWidth = u;
  ctx.strokeRect(x, y - h, bar.widthPx, h);
  ctx.fillStyle = INK;
  ctx.font = font(11 * u);
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'center';
  ctx.fillText('0', x, y - h - 3 * u);
  ctx.textAlign = 'left';
  ctx.fillText(bar.label, x + bar.widthPx - ctx.measureText(bar.label.split(' ')[0]).width / 2, y - h - 3 * u);
}

/** North arrow centred at (cx, cy), turned by −bearing so it points at geographic north. */
export function drawNorthArrow(ctx: Ctx, cx: number, cy: number, u: number, bearingDeg: number, label: string): void {
  const r = 18 * u;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.arc(cx, cy, r + 6 * u, 0, 2 * Math.PI);
  ctx.fill();
  ctx.translate(cx, cy);
  ctx.rotate((-bearingDeg * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(r * 0.45, r * 0.55);
  ctx.lineTo(0, r * 0.25);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(-r * 0.45, r * 0.55);
  ctx.lineTo(0, r * 0.25);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = INK;
  ctx.lineWidth = u;
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = font(10 * u, 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(label, 0, r * 0.55);
  ctx.restore();
}
