/**
 * The running map on real geography, in Debian's Chromium with software WebGL, on the
 * production build: no page errors, map idle, the right county at a known place, no request
 * leaving 127.0.0.1, and a screenshot with real pixels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, openSession, project, waitForMapIdle, type Session } from './helpers/browser';
import { countDistinctColours } from './helpers/pixels';

// 温州龙湾国际机场 reference point, WGS-84 (Wikipedia: 27°54′43″N 120°51′07″E).
const AIRPORT: [number, number] = [120.85194, 27.91194];
// 文成县 seat (大峃), WGS-84 (Wikipedia: 27.7870, 120.0914).
const WENCHENG: [number, number] = [120.0914, 27.787];

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await openSession();
  page = await s.newPage();
  await waitForMapIdle(page);
});
afterAll(async () => s?.close());

async function countyAt(lonLat: [number, number]): Promise<string | undefined> {
  return page.evaluate(([lon, lat]) => {
    const { map } = (window as any).__app;
    const hit = map.queryRenderedFeatures(map.project([lon, lat]), { layers: ['counties-fill'] })[0];
    return hit?.properties?.name_zh;
  }, lonLat);
}

describe('embedded basemap', () => {
  it('loads without page errors and reaches idle', () => {
    expect(s.pageErrors).toEqual([]);
  });

  it('draws the 13 counties from their sources', async () => {
    const names = await page.evaluate(() => {
      const { map } = (window as any).__app;
      return [...new Set(map.queryRenderedFeatures({ layers: ['counties-fill'] }).map((f: any) => f.properties.name_zh))].sort();
    });
    expect(names).toHaveLength(13);
    expect(names).toContain('龙港市');
    expect(names).toContain('青田县');
  });

  it('finds 龙湾区 at the point of 温州龙湾国际机场 and 文成县 at its seat', async () => {
    expect(await countyAt(AIRPORT)).toBe('龙湾区');
    expect(await countyAt(WENCHENG)).toBe('文成县');
  });

  it('opens the county panel with names and a Turf area on click (plan overlays switched off)', async () => {
    for (const box of await page.locator('[data-testid^="layer-toggle-"]').all()) await box.uncheck();
    await waitForMapIdle(page);
    const planRendered = await page.evaluate(() => (window as any).__app.map.queryRenderedFeatures({ layers: ['plan-points', 'plan-fill', 'plan-line-solid'] }).length);
    expect(planRendered).toBe(0);
    const { x, y } = await project(page, WENCHENG);
    await page.mouse.click(x, y);
    const panel = page.getByTestId('county-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('文成县');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Wencheng County');
    // 文成 official area 1293.24 km²: the Turf area of the drawn polygon is within 2 %.
    const total = Number((await page.getByTestId('total-area').textContent())!.replace(/[^\d.]/g, ''));
    expect(Math.abs(total - 1293.24) / 1293.24).toBeLessThan(0.02);
    await page.screenshot({ path: `${OUTPUT_DIR}/basemap-county-panel.png` });
  });

  it('switches labels and panel to English', async () => {
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('county-panel').locator('h2').textContent()).toBe('Wencheng County');
    const field = await page.evaluate(() => JSON.stringify((window as any).__app.map.getLayoutProperty('counties-label', 'text-field')));
    expect(field).toContain('name_en');
    await waitForMapIdle(page);
    await page.getByTestId('lang-toggle').click();
  });

  it('really drew: the canvas has many distinct colours', async () => {
    await waitForMapIdle(page);
    const png = await page.locator('.maplibregl-canvas').screenshot({ path: `${OUTPUT_DIR}/basemap.png` });
    expect(countDistinctColours(png)).toBeGreaterThan(20);
  });

  it('made no request that left 127.0.0.1', () => {
    expect(s.offHost).toEqual([]);
  });
});
