/**
 * The three 1-hour circles in Chromium (issue #4): computed in the worker, drawn on the map;
 * switching scenario changes the coverage; a clicked point gets rings and catchments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, openSession, project, waitForMapIdle, type Session } from './helpers/browser';

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await openSession();
  page = await s.newPage({ width: 1440, height: 900 });
  await waitForMapIdle(page);
  await page.getByTestId('tab-travel').click();
  await page.getByTestId('seat-table').waitFor({ timeout: 90_000 });
});
afterAll(async () => s?.close());

const ringMinutes = () =>
  page.evaluate(() => {
    const { map } = (window as any).__app;
    return [...new Set(map.queryRenderedFeatures({ layers: ['travel-rings-line'] }).map((f: any) => f.properties.minutes as number))].sort((a: any, b: any) => a - b);
  });
const coverage60 = () => page.getByTestId('coverage-60').textContent();
/** Waits until the panel shows the result of exactly this circle and scenario, and the map drew it. */
const computed = async (ref: string, scenario: string) => {
  await page.waitForSelector(`[data-result="${ref}:${scenario}"]`, { timeout: 90_000 });
  await waitForMapIdle(page);
};

describe('travel circles', () => {
  it.each(['ring-city', 'ring-metro', 'ring-urban'])('draws %s with 15/30/45/60-minute rings and a seat table', async (ref) => {
    await page.getByTestId(`ring-${ref}`).click();
    await computed(ref, 'plan-2022');
    expect(await ringMinutes()).toEqual([15, 30, 45, 60]);
    expect(await page.getByTestId('seat-table').locator('tbody tr').count()).toBeGreaterThan(2);
    await page.screenshot({ path: `${OUTPUT_DIR}/travel-${ref}.png` });
  });

  it('switching scenario changes the coverage figures (2019 → 2022 adds the 洞头 link)', async () => {
    await page.getByTestId('ring-ring-city').click();
    await page.getByTestId('scenario-existing-2019').click();
    await computed('ring-city', 'existing-2019');
    const before = await coverage60();
    await page.getByTestId('scenario-plan-2022').click();
    await computed('ring-city', 'plan-2022');
    const after = await coverage60();
    expect(after).not.toBe(before);
    const dongtou = page.getByTestId('seat-table').locator('tr', { hasText: '洞头区' });
    expect(await dongtou.locator('[data-ok]').getAttribute('data-ok')).toBe('true');
    expect(await page.getByTestId('difference').textContent()).toMatch(/\d/);
  });

  it('the cut-off slider redraws rings without recomputing routes', async () => {
    await page.getByTestId('cutoff-slider').fill('90');
    await page.waitForFunction(() => document.querySelector('.slider small')?.textContent?.includes('ms'), undefined, { timeout: 30_000 });
    await expect.poll(ringMinutes, { timeout: 30_000 }).toEqual([15, 30, 45, 60, 75, 90]);
    await page.getByTestId('cutoff-slider').fill('60');
  });

  it('clicking a point shows its rings and catchments with what is inside', async () => {
    await page.getByTestId('pick-point').check();
    // 温州市人民政府 area: inside the main centre.
    const { x, y } = await project(page, [120.699, 27.994]);
    await page.mouse.click(x, y);
    const list = page.getByTestId('catchments');
    await list.waitFor({ timeout: 60_000 });
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('15分钟生活圈');
    expect(text).toContain('主中心');
    const circles = () => page.evaluate(() => (window as any).__app.map.queryRenderedFeatures({ layers: ['travel-catchments-line'] }).length as number);
    await expect.poll(circles, { timeout: 30_000 }).toBeGreaterThan(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUTPUT_DIR}/travel-point.png` });
  });

  it('had no page errors and no off-host requests', () => {
    expect(s.pageErrors).toEqual([]);
    expect(s.offHost).toEqual([]);
  });
});
