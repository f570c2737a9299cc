/**
 * The three 1-hour circles in Chromium (issue #4): computed in the worker, drawn on the map;
 * switching scenario changes the coverage; a clicked point gets rings and catchments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMapPage, OUTPUT_DIR, project, type Session, waitForMapIdle } from './helpers/browser';

let s: Session;
let page: Page;

beforeAll(async () => {
  ({ s, page } = await openMapPage({ width: 1440, height: 900 }));
  await page.getByTestId('tab-travel').click();
  // The travel scenario is the plan year (one time control); these tests start from 2022.
  await page.getByTestId('scenario-plan-2022').click();
  await page.getByTestId('seat-table').waitFor({ timeout: 30_000 });
});
afterAll(async () => s?.close());

const ringMinutes = () =>
  page.evaluate(() => {
    const { map } = window.__app;
    return [...new Set(map.queryRenderedFeatures({ layers: ['travel-rings-line'] }).map((f: any) => f.properties.minutes as number))].sort((a: any, b: any) => a - b);
  });
const coverage60 = () => page.getByTestId('coverage-60').textContent();
/** Minutes in the seat table's 洞头区 row. */
const dongtouMinutes = async () => Number((await page.getByTestId('seat-table').locator('tr', { hasText: '洞头区' }).locator('td.num').first().textContent())?.replace(/[^\d.]/g, ''));
/** Waits until the panel shows the result of exactly this circle and scenario, and the map drew it. */
const computed = async (ref: string, scenario: string) => {
  await page.waitForSelector(`[data-result="${ref}:${scenario}"]`, { timeout: 30_000 });
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

  it('fast clicks (城区, wait; 市域 then at once 2019 现状) end on 市域 · 2019 and paint no other state on the way', async () => {
    await page.getByTestId('ring-ring-urban').click();
    await computed('ring-urban', 'plan-2022');
    // Spy from here on: every result the panel shows and every ring set the map is given, each
    // with the state wanted at that moment (data-wanted = the current circle and scenario).
    await page.evaluate(() => {
      const w = window as any;
      w.__shown = [];
      w.__painted = [];
      const panel = document.querySelector('[data-testid="travel-panel"]')!;
      const wanted = () => panel.getAttribute('data-wanted');
      new MutationObserver(() => w.__shown.push([panel.getAttribute('data-result'), wanted()])).observe(panel, { attributes: true, attributeFilter: ['data-result'] });
      const src = w.__app.map.getSource('travel-rings');
      const setData = src.setData.bind(src);
      src.setData = (fc: any) => (w.__painted.push([fc.features[0]?.properties?.result ?? '', wanted()]), setData(fc));
    });
    // 市域 and at once 2019 (the race of issue 11). Whether the 市域 · 2022 reply lands before or
    // after the second click, nothing but the state wanted at that moment may be shown or painted
    // (the reply orders themselves are covered by src/app/state/travel-controller.test.ts).
    await page.getByTestId('ring-ring-city').click();
    await page.getByTestId('scenario-existing-2019').click();
    await computed('ring-city', 'existing-2019');
    const { shown, painted } = await page.evaluate(() => ({ shown: (window as any).__shown as string[][], painted: (window as any).__painted as string[][] }));
    // Nothing but the wanted state is ever shown or painted …
    expect(shown.filter(([r, want]) => r !== '' && r !== want)).toEqual([]);
    expect(painted.filter(([r, want]) => r !== '' && r !== want)).toEqual([]);
    // … and it ends on 市域 · 2019, in the panel and on the map.
    expect(shown.at(-1)).toEqual(['ring-city:existing-2019', 'ring-city:existing-2019']);
    expect(painted.at(-1)).toEqual(['ring-city:existing-2019', 'ring-city:existing-2019']);
    expect(await page.getByTestId('year-2019').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('sc=existing-2019');
    expect(await page.evaluate(() => location.hash)).toContain('y=2019');
  });

  it('switching scenario changes the coverage figures (2019 → 2022 adds the 洞头 link)', async () => {
    await page.getByTestId('ring-ring-city').click();
    await page.getByTestId('scenario-existing-2019').click();
    await computed('ring-city', 'existing-2019');
    const before = await coverage60();
    const dongtouBefore = await dongtouMinutes();
    await page.getByTestId('scenario-plan-2022').click();
    await computed('ring-city', 'plan-2022');
    const after = await coverage60();
    const dongtouAfter = await dongtouMinutes();
    // Land and population shares within 60 min never shrink (a new link never makes a place farther), and one grows.
    const shares = (t: string | null) => [...(t ?? '').matchAll(/([\d.]+)%/g)].map((m) => Number(m[1]));
    const [b, a] = [shares(before), shares(after)];
    expect(a).toHaveLength(2);
    expect(a[0]).toBeGreaterThanOrEqual(b[0]);
    expect(a[1]).toBeGreaterThanOrEqual(b[1]);
    expect(a[0] + a[1]).toBeGreaterThan(b[0] + b[1]);
    // The 2019–2022 links to 洞头 (S1 east, 77省道) bring it much closer: the seat table says so.
    expect(dongtouAfter).toBeLessThan(dongtouBefore - 20);
    expect(await page.getByTestId('difference').textContent()).toMatch(/\d/);
  });

  it('the cut-off slider redraws rings without recomputing routes', async () => {
    // Count what the page asks the travel worker from here on.
    await page.evaluate(() => {
      const w = window as any;
      w.__asked = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, m: any, t?: any) {
        if (m && typeof m === 'object' && 'kind' in m) w.__asked.push(m.kind);
        return post.call(this, m, t);
      };
    });
    await page.getByTestId('cutoff-slider').fill('90');
    await page.waitForFunction(() => document.querySelector('.slider small')?.textContent?.includes('ms'), undefined, { timeout: 30_000 });
    await expect.poll(ringMinutes, { timeout: 30_000 }).toEqual([15, 30, 45, 60, 75, 90]);
    const asked = await page.evaluate(() => (window as any).__asked as string[]);
    expect(asked).toContain('recontour');
    expect(asked).not.toContain('circle');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=90');
    await page.getByTestId('cutoff-slider').fill('60');
  });

  it('clicking a point shows its rings and catchments with what is inside', async () => {
    await page.getByTestId('pick-point').check();
    // 温州市人民政府 area: inside the main centre.
    const { x, y } = await project(page, [120.699, 27.994]);
    await page.mouse.click(x, y);
    const list = page.getByTestId('catchments');
    await list.waitFor({ timeout: 30_000 });
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('15分钟生活圈');
    expect(text).toContain('主中心');
    const circles = () => page.evaluate(() => window.__app.map.queryRenderedFeatures({ layers: ['travel-catchments-line'] }).length as number);
    await expect.poll(circles, { timeout: 30_000 }).toBeGreaterThan(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUTPUT_DIR}/travel-point.png` });
  });

  it('had no page errors and no off-host requests', () => {
    expect(s.pageErrors).toEqual([]);
    expect(s.offHost).toEqual([]);
  });
});
