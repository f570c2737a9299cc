/**
 * Geometry of a small horizontal bar chart (label column, bars, value text at the bar end) in
 * SVG user units = CSS px. Pure, so the chart's layout is tested without a DOM: text widths are
 * estimated (CJK ≈ 1 em, other characters ≈ 0.6 em), enough to keep labels and values apart.
 */

export interface BarRow {
  label: string;
  value: number;
  /** Second series, stacked after `value`. */
  secondary?: number;
}

export interface BarLayoutOptions {
  widthPx: number;
  fontPx: number;
  rowHeightPx: number;
  barHeightPx: number;
  /** Upper end of the scale; defaults to the largest stacked total. */
  max?: number;
  /** The text printed at each bar's end, to reserve room for it. */
  valueTexts: string[];
}

export interface BarGeometry {
  y: number;
  /** Baseline of the row's label and value text. */
  textY: number;
  primaryWidth: number;
  secondaryWidth: number;
  valueX: number;
}

export interface BarLayout {
  heightPx: number;
  labelWidthPx: number;
  plotX: number;
  plotWidthPx: number;
  bars: BarGeometry[];
}

const GAP_PX = 6;

/** Lays out the rows: label column as wide as the widest label (≤ 40 % of the width), bars scaled to `max`. */
export function barLayout(rows: readonly BarRow[], o: BarLayoutOptions): BarLayout {
  const labelWidthPx = Math.min(Math.ceil(Math.max(0, ...rows.map((r) => textWidthPx(r.label, o.fontPx)))), Math.floor(o.widthPx * 0.4));
  const valueWidthPx = Math.ceil(Math.max(0, ...o.valueTexts.map((t) => textWidthPx(t, o.fontPx))));
  const plotX = labelWidthPx + GAP_PX;
  const plotWidthPx = Math.max(20, o.widthPx - plotX - GAP_PX - valueWidthPx);
  const max = o.max ?? Math.max(0, ...rows.map((r) => clean(r.value) + clean(r.secondary)));
  const scale = max > 0 ? plotWidthPx / max : 0;
  const bars = rows.map((r, i) => {
    const y = i * o.rowHeightPx + (o.rowHeightPx - o.barHeightPx) / 2;
    const primaryWidth = Math.min(clean(r.value) * scale, plotWidthPx);
    const secondaryWidth = Math.min(clean(r.secondary) * scale, plotWidthPx - primaryWidth);
    return {
      y,
      textY: i * o.rowHeightPx + o.rowHeightPx / 2 + o.fontPx * 0.35,
      primaryWidth,
      secondaryWidth,
      valueX: plotX + primaryWidth + secondaryWidth + GAP_PX / 2,
    };
  });
  return { heightPx: rows.length * o.rowHeightPx, labelWidthPx, plotX, plotWidthPx, bars };
}

/** Estimated rendered width of a string in px at the given font size. */
export function textWidthPx(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontPx;
}

function clean(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : 0;
}
