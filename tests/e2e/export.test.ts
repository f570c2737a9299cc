/**
 * Export and print (issue #5), in Chromium on the production build: PNG export at the requested
 * pixel size with the legend's swatch colours inside its box, GeoJSON of the visible layers, the
 * print stylesheet, and an online basemap that cannot load (the test browser resolves no other
 * host) falling back to the embedded one with a notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { openMapPage, OUTPUT_DIR, type Session, waitForMapIdle } from './helpers/browser';
import { decodePng, pixelAt, type Bitmap } from './helpers/pixels';
import { LIGHT } from '../../src/core/style/theme';

const PLAN = JSON.parse(readFileSync('geodata/web/plan.geojson', 'utf8')) as FeatureCollection;

let s: Session;
let page: Page;

beforeAll(async () => {
  ({ s, page } = await openMapPage({ width: 1280, height: 800 }));
});
afterAll(async () => s?.close());

const appState = () => page.evaluate(() => {
  const { app } = window.__app;
  return { visible: [...app.visible] as string[], year: app.year as number };
});

async function exportPng(preset: string, name: string): Promise<{ bmp: Bitmap; legend: number[]; status: string; seconds: number }> {
  await page.getByTestId('export-open').click();
  await page.getByTestId(`export-preset-${preset}`).check();
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.getByTestId('export-png').click()]);
  const path = `${OUTPUT_DIR}/${name}`;
  await download.saveAs(path);
  const seconds = (Date.now() - t0) / 1000;
  const status = page.getByTestId('export-status');
  await expect.poll(() => status.getAttribute('data-phase')).toBe('done');
  const legend = ((await status.getAttribute('data-legend-rect')) ?? '').split(',').map(Number);
  const text = (await status.textContent()) ?? '';
  await page.keyboard.press('Escape');
  return { bmp: decodePng(readFileSync(path)), legend, status: text, seconds };
}

/** True when a pixel within `tol` of `hex` lies inside the rect. */
function hasColour(bmp: Bitmap, [x0, y0, w, h]: number[], hex: string, tol = 10): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const p = pixelAt(bmp, x, y);
      if (Math.abs(p[0] - r) <= tol && Math.abs(p[1] - g) <= tol && Math.abs(p[2] - b) <= tol) return true;
    }
  }
  return false;
}

describe('export', () => {
  it('makes no off-host request by default', () => {
    expect(s.offHost).toEqual([]);
  });

  it('exports A4 at 300 dpi (3508×2480) with the legend of the visible layers', async () => {
    // Untick one coloured layer first, so that the legend can be seen to leave it out.
    await page.getByTestId('layer-toggle-districts').uncheck();
    const { bmp, legend, seconds, status } = await exportPng('a4', 'export-a4.png');
    console.log(`A4 300 dpi export: ${seconds.toFixed(1)} s (dialog: ${status.trim()})`);
    expect([bmp.width, bmp.height]).toEqual([3508, 2480]);
    const [x, y, w, h] = legend;
    expect(w).toBeGreaterThan(100);
    expect(x + w).toBeLessThanOrEqual(3508);
    expect(y + h).toBeLessThanOrEqual(2480);
    // What the legend must show, worked out here and not by the export code: every layer ticked in
    // the layer panel that draws a feature in the current year (read from the raw GeoJSON), in the
    // colour of its swatch in the panel.
    const { year } = await appState();
    const ticked = await page.$$eval('input[data-testid^="layer-toggle-"]', (inputs) =>
      inputs.map((i) => {
        const el = i.closest('label')!.querySelector('svg.swatch > *')!;
        const colour = el.tagName === 'circle' ? el.getAttribute('fill') : el.getAttribute('stroke');
        return { key: i.getAttribute('data-testid')!.replace('layer-toggle-', ''), on: (i as HTMLInputElement).checked, colour: colour!.toLowerCase() };
      }),
    );
    await page.getByTestId('layer-toggle-districts').check();
    const drawn = (key: string) => PLAN.features.some((f) => f.properties!.cat === key && Number(f.properties!.visibleFrom ?? 0) <= year);
    const expected = ticked.filter((i) => i.on && drawn(i.key));
    expect(expected.length).toBeGreaterThan(5);
    const missing = expected.filter((i) => !hasColour(bmp, legend, i.colour)).map((i) => i.key);
    expect(missing).toEqual([]);
    // An unticked layer's colour is not in the legend box (greys are left out of this check: the
    // anti-aliased edges of dark text make every grey).
    const shown = new Set(expected.map((i) => i.colour));
    const grey = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return Math.max(...c) - Math.min(...c) < 40;
    };
    const hidden = ticked.filter((i) => !i.on && !shown.has(i.colour) && !grey(i.colour));
    expect(hidden.map((i) => i.key)).toContain('districts');
    expect(hidden.filter((i) => hasColour(bmp, legend, i.colour, 3)).map((i) => i.key)).toEqual([]);
    // The map itself was drawn: open sea in the theme's sea colour and land in other colours, each
    // over a good share of the sheet (a blank or failed render is one colour).
    const share = (test: (p: number[]) => boolean) => {
      let n = 0;
      let all = 0;
      for (let y = 0; y < bmp.height; y += 16) {
        for (let x = 0; x < bmp.width; x += 16) {
          all++;
          if (test(pixelAt(bmp, x, y))) n++;
        }
      }
      return n / all;
    };
    const near = (p: number[], hex: string, tol = 6) => [1, 3, 5].every((i, k) => Math.abs(p[k] - parseInt(hex.slice(i, i + 2), 16)) <= tol);
    expect(share((p) => near(p, LIGHT.sea))).toBeGreaterThan(0.05);
    expect(share((p) => !near(p, LIGHT.sea) && !near(p, '#ffffff', 2))).toBeGreaterThan(0.3);
  });

  it('exports 2× the screen', async () => {
    const size = await page.evaluate(() => {
      const r = window.__app.map.getContainer().getBoundingClientRect();
      return [Math.round(r.width) * 2, Math.round(r.height) * 2];
    });
    const { bmp, seconds } = await exportPng('screen2x', 'export-2x.png');
    console.log(`2× screen export (${size.join('×')}): ${seconds.toFixed(1)} s`);
    expect([bmp.width, bmp.height]).toEqual(size);
  });

  it('exports the visible plan layers as GeoJSON', async () => {
    await page.getByTestId('export-open').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
    const path = `${OUTPUT_DIR}/export.geojson`;
    await download.saveAs(path);
    await page.keyboard.press('Escape');
    const text = readFileSync(path, 'utf8');
    const fc = JSON.parse(text) as FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    const { visible, year } = await appState();
    const expected = new Set(PLAN.features.filter((f) => visible.includes(f.properties!.cat) && f.properties!.visibleFrom <= year).map((f) => f.properties!.planRef));
    const got = new Set(fc.features.map((f) => f.properties!.planRef));
    expect([...got].sort()).toEqual([...expected].sort());
    expect(fc.features.every((f) => visible.includes(f.properties!.cat))).toBe(true);
    // Coordinates and numeric properties keep 6 decimals at most (a source may quote a longer number as text).
    const long = (x: unknown): boolean => (typeof x === 'number' ? /\.\d{7,}/.test(String(x)) : Array.isArray(x) ? x.some(long) : false);
    const tooLong = fc.features.filter((f) => long((f.geometry as { coordinates?: unknown }).coordinates) || Object.values(f.properties ?? {}).some(long));
    expect(tooLong.map((f) => f.properties!.id)).toEqual([]);
    expect(fc.features.some((f) => f.geometry.type !== 'GeometryCollection' && (f.geometry as { coordinates: unknown[] }).coordinates.length > 0)).toBe(true);
  });

  it('prints: sidebar hidden, header, map snapshot and legend shown', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await expect.poll(() => page.getByTestId('print-map').evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
      expect(await page.locator('.sidebar').isVisible()).toBe(false);
      expect(await page.getByTestId('print-sheet').isVisible()).toBe(true);
      expect(await page.getByTestId('print-legend').locator('li').count()).toBeGreaterThan(5);
      await page.screenshot({ path: `${OUTPUT_DIR}/print.png` });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(`${OUTPUT_DIR}/print-a4.pdf`, pdf);
      // A4 landscape: 842 × 595 pt.
      expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]/);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('.sidebar').isVisible()).toBe(true);
    await waitForMapIdle(page);
  });

  it('falls back to the embedded basemap with a notice when OSM tiles cannot load', async () => {
    const notice = page.getByTestId('basemap-notice');
    await page.getByTestId('basemap-select').selectOption('osm');
    await expect.poll(() => page.getByTestId('basemap-switcher').getAttribute('data-basemap'), { timeout: 15_000 }).toBe('embedded');
    expect(await notice.textContent()).toContain('在线底图无法加载');
    // It really tried: a request left for the tile host, or the page's CSP refused it (until the CSP lists ONLINE_BASEMAP_ORIGINS).
    const consoleErrors: string[] = (s as unknown as { consoleErrors?: string[] }).consoleErrors ?? [];
    expect([...s.offHost, ...consoleErrors].some((u) => u.includes('tile.openstreetmap.org'))).toBe(true);
    const state = await page.evaluate(() => {
      const { map } = window.__app;
      return { raster: Boolean(map.getLayer('basemap-online')), sea: map.getLayoutProperty('sea', 'visibility') ?? 'visible', fill: map.getPaintProperty('counties-fill', 'fill-opacity') };
    });
    expect(state).toEqual({ raster: false, sea: 'visible', fill: 0.85 });
    // The map keeps working.
    await page.evaluate(() => window.__app.map.zoomIn({ duration: 0 }));
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUTPUT_DIR}/basemap-fallback.png` });
    expect(s.pageErrors).toEqual([]);
  });
});
