import { describe, expect, it } from 'vitest';
import { LIGHT } from '../style/theme';
import { exportFileName, legendItems, pageLayout, plainAttribution, resolveTarget, styleAttributions } from './layout';

describe('resolveTarget', () => {
  const screen = { width: 940, height: 752 };

  it('gives the ISO paper sizes at 300 dpi', () => {
    expect(resolveTarget('a4', screen)).toMatchObject({ width: 3508, height: 2480 });
    expect(resolveTarget('a3', screen)).toMatchObject({ width: 4961, height: 3508 });
    expect(resolveTarget('a4', screen).pixelRatio).toBeCloseTo(3.125, 6);
  });

  it('doubles the screen and clamps custom sizes', () => {
    expect(resolveTarget('screen2x', screen)).toEqual({ width: 1880, height: 1504, pixelRatio: 2 });
    expect(resolveTarget('custom', screen, { width: 99_999, height: 5 })).toMatchObject({ width: 16_000, height: 100 });
    expect(resolveTarget('custom', screen, { width: 1880, height: 1000 }).pixelRatio).toBe(2);
  });
});

describe('pageLayout', () => {
  it('tiles the page exactly: header + map + footer = height', () => {
    for (const [w, h, u] of [[3508, 2480, 3.125], [1880, 1504, 2], [400, 120, 4]] as const) {
      const l = pageLayout(w, h, u);
      expect(l.header.h + l.map.h + l.footer.h).toBe(h);
      expect(l.map.y).toBe(l.header.h);
      expect(l.map.h).toBeGreaterThan(0);
    }
  });
});

describe('legendItems', () => {
  it('lists the visible items in catalogue order with the sidebar colours', () => {
    const items = legendItems(['transport', 'regions', 'action-2'], 'en', LIGHT);
    expect(items.map((i) => i.key)).toEqual(['regions', 'action-2', 'transport']);
    expect(items[0]).toMatchObject({ swatch: 'line', colour: LIGHT.coreArea });
    expect(items[1].colour).toBe(LIGHT.actions[1]);
  });

  it('leaves out visible items that draw nothing', () => {
    expect(legendItems(['regions', 'axes'], 'zh', LIGHT, new Set(['axes'])).map((i) => i.key)).toEqual(['axes']);
  });
});

describe('attribution text', () => {
  it('drops HTML and decodes entities', () => {
    expect(plainAttribution('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>  contributors')).toBe('© OpenStreetMap contributors');
  });

  it('lists each shown source once, skipping hidden layers', () => {
    const style = {
      sources: { a: { attribution: 'A' }, b: { attribution: 'A' }, c: { attribution: 'C' }, d: {} },
      layers: [{ source: 'a' }, { source: 'b' }, { source: 'c', layout: { visibility: 'none' } }, { source: 'd' }, {}],
    };
    expect(styleAttributions(style)).toEqual(['A']);
  });
});

it('names files with year, ISO date and size', () => {
  expect(exportFileName(2035, new Date(2026, 10, 7), 'png', { width: 3508, height: 2480 })).toBe('wenzhou-metro-plan_2035_2026-11-07_3508x2480.png');
  expect(exportFileName(2022, new Date(2026, 0, 1), 'geojson')).toBe('wenzhou-metro-plan_2022_2026-01-01.geojson');
});
