import { describe, expect, it } from 'vitest';
import { barLayout, textWidthPx } from './bar-layout';

const OPTS = { widthPx: 320, fontPx: 12, rowHeightPx: 22, barHeightPx: 14 };

describe('barLayout', () => {
  it('keeps every bar and its value text inside the chart width', () => {
    const rows = [
      { label: '永嘉县', value: 2681.09, secondary: 0 },
      { label: '乐清市', value: 1276.23, secondary: 170.85 },
      { label: '洞头区', value: 150.03, secondary: 199.98 },
    ];
    const valueTexts = rows.map((r) => r.value.toFixed(0));
    const l = barLayout(rows, { ...OPTS, valueTexts });
    expect(l.heightPx).toBe(66);
    l.bars.forEach((b, i) => {
      expect(b.primaryWidth + b.secondaryWidth).toBeLessThanOrEqual(l.plotWidthPx + 1e-9);
      expect(b.valueX + textWidthPx(valueTexts[i], 12)).toBeLessThanOrEqual(320);
      expect(b.y).toBeGreaterThanOrEqual(i * 22);
    });
  });

  it('scales the longest stacked bar to the full plot width and the others in proportion', () => {
    const l = barLayout([{ label: 'a', value: 3, secondary: 1 }, { label: 'b', value: 2 }], { ...OPTS, valueTexts: ['4', '2'] });
    expect(l.bars[0].primaryWidth + l.bars[0].secondaryWidth).toBeCloseTo(l.plotWidthPx, 9);
    expect(l.bars[1].primaryWidth).toBeCloseTo(l.plotWidthPx / 2, 9);
  });

  it('uses a given max and never lets a bar run past the plot', () => {
    const l = barLayout([{ label: 'x', value: 60, secondary: 40 }, { label: 'y', value: 150 }], { ...OPTS, max: 100, valueTexts: ['60', '150'] });
    expect(l.bars[0].primaryWidth).toBeCloseTo(l.plotWidthPx * 0.6, 9);
    expect(l.bars[1].primaryWidth).toBe(l.plotWidthPx);
  });

  it('treats negative, missing and non-finite values as empty bars', () => {
    const l = barLayout([{ label: 'n', value: -5 }, { label: 'nan', value: Number.NaN, secondary: Infinity }], { ...OPTS, valueTexts: ['', ''] });
    for (const b of l.bars) expect([b.primaryWidth, b.secondaryWidth]).toEqual([0, 0]);
  });

  it('caps the label column at 40 % of the width and counts CJK as one em', () => {
    expect(textWidthPx('龙港市', 12)).toBe(36);
    const l = barLayout([{ label: 'A very long county name that would eat the chart', value: 1 }], { ...OPTS, valueTexts: ['1'] });
    expect(l.labelWidthPx).toBe(128);
  });
});
