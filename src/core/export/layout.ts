/**
 * Page furniture for exported images: size presets, where the header, footer and map go (in output
 * pixels), the legend entries of the visible catalogue items, plain-text attribution and the date.
 * Pure: no DOM, no MapLibre; `draw.ts` paints what this computes.
 */
import { CATALOGUE, type Swatch } from '../plan/catalogue';
import { legendColour } from '../style/legend';
import type { Theme } from '../style/theme';
import type { Lang } from '../i18n/i18n';

export type PresetId = 'screen2x' | 'a4' | 'a3' | 'custom';

/** CSS pixels are 1/96 inch, so 300 dpi output draws each CSS pixel with 300/96 device pixels. */
export const PRINT_PIXEL_RATIO = 300 / 96;
/** ISO 216 at 300 dpi, landscape: 297×210 mm → 3508×2480 px, 420×297 mm → 4961×3508 px. */
export const PAPER_PX = { a4: { width: 3508, height: 2480 }, a3: { width: 4961, height: 3508 } } as const;
/** Largest side accepted for a custom size, pixels (the 2D canvas limit in Chromium is 32 767). */
export const MAX_CUSTOM_SIDE_PX = 16_000;

export interface Target {
  width: number;
  height: number;
  /** Output pixels per CSS pixel: sets how large text, lines and symbols come out. */
  pixelRatio: number;
}

/** Output size for a preset; `screen` is the map's CSS size on screen. */
export function resolveTarget(preset: PresetId, screen: { width: number; height: number }, custom?: { width: number; height: number }): Target {
  if (preset === 'a4' || preset === 'a3') return { ...PAPER_PX[preset], pixelRatio: PRINT_PIXEL_RATIO };
  if (preset === 'custom' && custom) {
    const width = clampInt(custom.width, 100, MAX_CUSTOM_SIDE_PX);
    const height = clampInt(custom.height, 100, MAX_CUSTOM_SIDE_PX);
    // Same layout as on screen, drawn sharper: the custom width over the screen width.
    return { width, height, pixelRatio: Math.min(8, Math.max(1, width / Math.max(1, screen.width))) };
  }
  return { width: Math.round(screen.width * 2), height: Math.round(screen.height * 2), pixelRatio: 2 };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageLayout {
  header: Rect;
  map: Rect;
  footer: Rect;
  /** Output pixels per CSS pixel for furniture (text, strokes). */
  unit: number;
}

/** Header band (title, date) on top, footer band (sources) below, the map in between; CSS px × unit. */
export function pageLayout(width: number, height: number, unit: number): PageLayout {
  const headerH = Math.round(44 * unit);
  const footerH = Math.round(30 * unit);
  const mapH = Math.max(1, height - headerH - footerH);
  return {
    header: { x: 0, y: 0, w: width, h: headerH },
    map: { x: 0, y: headerH, w: width, h: mapH },
    footer: { x: 0, y: headerH + mapH, w: width, h: height - headerH - mapH },
    unit,
  };
}

export interface LegendItem {
  key: string;
  label: string;
  swatch: Swatch;
  colour: string;
}

/** Legend entries, in catalogue order, of the visible items that draw at least one feature (when `drawn` is given). */
export function legendItems(visible: readonly string[], lang: Lang, theme: Theme, drawn?: ReadonlySet<string>): LegendItem[] {
  return CATALOGUE.flatMap((g) => g.items)
    .filter((i) => visible.includes(i.key) && (!drawn || drawn.has(i.key)))
    .map((i) => ({ key: i.key, label: i[lang], swatch: i.swatch, colour: legendColour(i.key, theme) }));
}

/** Attribution HTML as plain text: tags dropped, the common entities decoded, spaces collapsed. */
export function plainAttribution(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ', copy: '©' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp|copy);/g, (_, e: string) => entities[e])
    .replace(/\s+/g, ' ')
    .trim();
}

interface StyleLike {
  sources: Record<string, { attribution?: string }>;
  layers: { source?: string; layout?: { visibility?: string } }[];
}

/** Distinct attributions of the sources that a shown layer draws from, as plain text, style order. */
export function styleAttributions(style: StyleLike): string[] {
  const used = new Set(style.layers.filter((l) => l.source && l.layout?.visibility !== 'none').map((l) => l.source!));
  const out: string[] = [];
  for (const [id, src] of Object.entries(style.sources)) {
    const text = src.attribution && used.has(id) ? plainAttribution(src.attribution) : '';
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** ISO calendar date (local time), e.g. 2026-11-27: the same in both languages. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Download name, e.g. `wenzhou-metro-plan_2035_2026-11-27_3508x2480.png`. */
export function exportFileName(year: number, date: Date, ext: string, size?: { width: number; height: number }): string {
  return `wenzhou-metro-plan_${year}_${isoDate(date)}${size ? `_${size.width}x${size.height}` : ''}.${ext}`;
}

function clampInt(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(Number.isFinite(n) ? n : lo)));
}
