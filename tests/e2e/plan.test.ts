/**
 * The plan on the map (issue #3), in Chromium on the production build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openMapPage, OUTPUT_DIR, project, type Session, waitForMapIdle } from './helpers/browser';

const INDEX = JSON.parse(readFileSync('geodata/web/plan-index.json', 'utf8')) as { entries: { id: string; quote_zh: string; section: string }[] };

let s: Session;
let page: Page;

beforeAll(async () => {
  ({ s, page } = await openMapPage({ width: 1440, height: 900 }));
});
afterAll(async () => s?.close());

/** planRefs of the plan features currently rendered (whole viewport). */
async function renderedPlanRefs(layers: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const { map } = window.__app;
    return [...new Set(map.queryRenderedFeatures({ layers: ids }).map((f: any) => f.properties.planRef as string))].sort() as string[];
  }, layers);
}

describe('plan layers', () => {
  it('draws the structure: axes, belts and centres are rendered', async () => {
    const refs = await renderedPlanRefs(['plan-line-solid', 'plan-line-dashed', 'plan-fill', 'plan-points']);
    for (const id of ['axis-central', 'axis-east', 'axis-west', 'belt-coastal', 'belt-west', 'main-centre', 'sub-centre-north']) expect(refs).toContain(id);
    await page.screenshot({ path: `${OUTPUT_DIR}/plan-structure.png` });
  });

  it('toggling 三轴 removes the axes from the rendered features and brings them back', async () => {
    const axes = () => renderedPlanRefs(['plan-line-solid', 'plan-line-dashed']).then((r) => r.filter((x) => x.startsWith('axis-')));
    expect(await axes()).toHaveLength(3);
    await page.getByTestId('layer-toggle-axes').uncheck();
    await waitForMapIdle(page);
    expect(await axes()).toEqual([]);
    await page.getByTestId('layer-toggle-axes').check();
    await waitForMapIdle(page);
    expect(await axes()).toHaveLength(3);
  });

  it('the year control hides what is only planned for 2035', async () => {
    const planned = () => renderedPlanRefs(['plan-line-solid', 'plan-line-dashed']).then((r) => r.filter((x) => x === 'exp-taicang' || x === 'rail-wenwuji'));
    expect((await planned()).length).toBeGreaterThan(0);
    await page.getByTestId('year-2019').click();
    await waitForMapIdle(page);
    expect(await planned()).toEqual([]);
    await page.getByTestId('year-2035').click();
    await waitForMapIdle(page);
  });

  it('clicking a project on the map opens its detail with the plan quote', async () => {
    // 文成刘伯温故里 (liu-bowen-hometown, action 5, task 21): a point with no other plan point near it.
    const lonLat = await page.evaluate(() => {
      const { map } = window.__app;
      const f = map.querySourceFeatures('plan').find((x: any) => x.properties.planRef === 'liu-bowen-hometown');
      return (f!.geometry as GeoJSON.Point).coordinates as [number, number];
    });
    await page.evaluate(([lon, lat]) => window.__app.map.jumpTo({ center: [lon, lat], zoom: 11 }), lonLat);
    await waitForMapIdle(page);
    const { x, y } = await project(page, lonLat);
    await page.mouse.click(x, y);
    const detail = page.getByTestId('plan-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-id')).toBe('liu-bowen-hometown');
    const entry = INDEX.entries.find((e) => e.id === 'liu-bowen-hometown')!;
    expect(await page.getByTestId('plan-quote').textContent()).toBe(entry.quote_zh);
    expect(entry.quote_zh).toContain('刘伯温故里');
    expect(await detail.textContent()).toContain(entry.section);
    await page.screenshot({ path: `${OUTPUT_DIR}/plan-detail.png` });
  });

  it.each(['龙港', 'longgang', 'lg'])('search "%s" finds 龙港', async (q) => {
    const input = page.getByTestId('search-input');
    await input.fill(q);
    const first = page.getByTestId('search-results').locator('button').first();
    await expect.poll(() => first.textContent()).toMatch(/龙港/);
    await input.fill('');
  });

  it('an area site says which township areas it is drawn as (瓯江口新区 = 灵昆 + 昆鹏, approximate)', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('瓯江口新区');
    const hit = page.getByTestId('search-results').locator('button').filter({ hasText: '瓯江口新区' }).first();
    await hit.click();
    await expect.poll(() => page.getByTestId('plan-detail').getAttribute('data-id')).toBe('oujiangkou');
    const drawnAs = await page.getByTestId('plan-drawn-as').textContent();
    expect(drawnAs).toContain('灵昆');
    expect(drawnAs).toContain('昆鹏');
    expect(drawnAs).toContain('非官方边界');
    await input.fill('');
  });

  it('the project list filters by action and selects on the map', async () => {
    await page.getByTestId('tab-projects').click();
    await page.getByTestId('filter-action').selectOption('4');
    const rows = page.locator('[data-entry]');
    await expect.poll(() => rows.count()).toBe(8);
    await page.locator('[data-entry="olympic-centre"]').click();
    await expect.poll(() => page.getByTestId('plan-detail').getAttribute('data-id')).toBe('olympic-centre');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUTPUT_DIR}/plan-list.png` });
    await page.getByTestId('filter-action').selectOption('');
    await page.getByTestId('tab-layers').click();
  });

  it('the status-today filter shows only what has been built on the map too, says so, and clears', async () => {
    const outcomes = JSON.parse(readFileSync('scripts/sources/plan-outcomes.json', 'utf8')) as { projects: Record<string, { status: string }> };
    const open = new Set(Object.entries(outcomes.projects).filter(([, o]) => o.status === 'open').map(([id]) => id));
    const layers = ['plan-fill', 'plan-points', 'plan-line-solid', 'plan-line-dashed'];
    await page.evaluate(() => window.__app.map.fitBounds([[119.6, 27.0], [121.3, 28.65]], { duration: 0 }));
    await waitForMapIdle(page);
    const before = await renderedPlanRefs(layers);
    await page.getByTestId('tab-projects').click();
    await page.getByTestId('filter-outcome').selectOption('open');
    await waitForMapIdle(page);
    const after = await renderedPlanRefs(layers);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((id) => !open.has(id))).toEqual([]);
    expect(after.length).toBeLessThan(before.length);
    expect(await page.getByTestId('outcome-on-map').textContent()).toMatch(/已建成/);
    await page.getByTestId('outcome-clear').click();
    await waitForMapIdle(page);
    expect(await page.getByTestId('filter-outcome').inputValue()).toBe('');
    expect(await renderedPlanRefs(layers)).toEqual(before);
    await page.getByTestId('tab-layers').click();
  });

  it('switching to English changes the labels on the map and leaves no Chinese in the layer panel', async () => {
    const labelField = () => page.evaluate(() => JSON.stringify(window.__app.map.getLayoutProperty('plan-labels', 'text-field')));
    expect(await labelField()).toContain('name_zh');
    await page.evaluate(() => window.__app.map.fitBounds([[119.6, 27.0], [121.3, 28.65]], { duration: 0 }));
    await waitForMapIdle(page);
    await page.getByTestId('lang-toggle').click();
    expect(await labelField()).toContain('name_en');
    await waitForMapIdle(page);
    const panel = (await page.locator('.sidebar .tabpanel').textContent()) ?? '';
    expect(panel).not.toMatch(/[\u4e00-\u9fff]/);
    const rendered = await page.evaluate(() => {
      const { map } = window.__app;
      return map.queryRenderedFeatures({ layers: ['counties-label'] }).length;
    });
    expect(rendered).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUTPUT_DIR}/plan-english.png` });
    await page.getByTestId('lang-toggle').click();
  });

  it('had no page errors and no off-host requests', () => {
    expect(s.pageErrors).toEqual([]);
    expect(s.offHost).toEqual([]);
  });
});
