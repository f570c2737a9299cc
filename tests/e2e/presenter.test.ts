/**
 * Issue #5 in Chromium on the production build: presenter chapters, links that restore the view,
 * garbage links, embed mode, and screenshots of a projector chapter and of the phone layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { OUTPUT_DIR, openSession, waitForMapIdle, type Session } from './helpers/browser';

interface ChapterJson {
  id: string;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  visible: string[];
  highlight: string[];
}
const CHAPTERS = (JSON.parse(readFileSync('src/core/presenter/chapters.json', 'utf8')) as { chapters: ChapterJson[] }).chapters;
/** A chapter's index by id, so the tests follow the deck when chapters are added. */
const idx = (id: string): number => {
  const i = CHAPTERS.findIndex((c) => c.id === id);
  if (i < 0) throw new Error(`no chapter ${id}`);
  return i;
};
const WEST = idx('west-pole');
const AXES = idx('axes');
const PLAN_LAYERS = ['plan-fill', 'plan-line-solid', 'plan-line-dashed', 'plan-points'];
// Screenshots go to tests/e2e/output/ only (a test run leaves the tree clean); docs/screenshots/ is updated by hand.

let s: Session;

beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => s?.close());

/** Waits until the camera has stopped and the map has drawn everything (no sleeps). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const a = window.__app;
    return a && !a.map.isMoving() && document.querySelector('[data-map-state]')?.getAttribute('data-map-state') === 'idle';
  }, undefined, { timeout: 30_000 });
}

async function view(page: Page) {
  return page.evaluate((layers) => {
    const { map, app } = window.__app;
    const c = map.getCenter();
    const rendered = map.queryRenderedFeatures({ layers: layers.filter((id: string) => map.getLayer(id)) });
    return {
      center: [c.lng, c.lat] as [number, number],
      zoom: map.getZoom() as number,
      bearing: map.getBearing() as number,
      visible: [...app.visible] as string[],
      lang: app.lang as string,
      selection: app.selection ? { kind: app.selection.kind as string, id: app.selection.id as string } : null,
      refs: [...new Set(rendered.map((f: any) => f.properties.planRef as string))].sort() as string[],
      cats: [...new Set(rendered.map((f: any) => f.properties.cat as string))].sort() as string[],
    };
  }, PLAN_LAYERS);
}

async function atChapter(page: Page, index: number): Promise<void> {
  await page.waitForSelector(`[data-testid="presenter"][data-index="${index}"]`);
  await settle(page);
}

describe('presenter mode', () => {
  let page: Page;
  beforeAll(async () => {
    // Entering by link: `#ch=N` opens the deck at chapter N (西部发展极, just before 三轴).
    page = await s.newPage({ width: 1920, height: 1080, query: `#ch=${WEST}` });
    await waitForMapIdle(page);
    await atChapter(page, WEST);
  });

  it('a #ch= link opens that chapter with its camera and layers, and no chrome', async () => {
    const v = await view(page);
    const c = CHAPTERS[WEST];
    expect(v.center[0]).toBeCloseTo(c.camera.center[0], 3);
    expect(v.center[1]).toBeCloseTo(c.camera.center[1], 3);
    expect(v.zoom).toBeCloseTo(c.camera.zoom, 2); // the map fills 1920×1080: no zoom scaling
    expect(v.visible).toEqual(c.visible);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
  });

  it('→ flies to the next chapter and shows its layers (三轴 appear)', async () => {
    const before = await view(page);
    expect(before.refs.filter((r) => r.startsWith('axis-'))).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await atChapter(page, AXES);
    const after = await view(page);
    const c = CHAPTERS[AXES];
    expect(c.id).toBe('axes');
    expect(after.center[0]).toBeCloseTo(c.camera.center[0], 3);
    expect(after.center[1]).toBeCloseTo(c.camera.center[1], 3);
    expect(after.zoom).toBeCloseTo(c.camera.zoom, 2);
    expect(after.zoom).not.toBeCloseTo(before.zoom, 1);
    expect(after.visible).toEqual(c.visible);
    expect(after.refs).toEqual(expect.arrayContaining(['axis-central', 'axis-east', 'axis-west']));
    for (const cat of after.cats) expect(c.visible).toContain(cat);
    expect(after.selection).toEqual({ kind: 'plan', id: c.highlight[0] });
    expect(await page.getByTestId('presenter-counter').textContent()).toBe(`${AXES + 1} / ${CHAPTERS.length}`);
  });

  it('Space and PageDown go on, PageUp and ← go back, End and Home jump', async () => {
    await page.keyboard.press('Space');
    await atChapter(page, AXES + 1);
    await page.keyboard.press('PageDown');
    await atChapter(page, AXES + 2);
    await page.keyboard.press('PageUp');
    await atChapter(page, AXES + 1);
    await page.keyboard.press('ArrowLeft');
    await atChapter(page, AXES);
    await page.keyboard.press('End');
    await atChapter(page, CHAPTERS.length - 1);
    expect((await view(page)).visible).toEqual(CHAPTERS.at(-1)!.visible);
    await page.keyboard.press('Home');
    await atChapter(page, 0);
  });

  it('the hash follows the chapter', async () => {
    await page.waitForFunction(() => location.hash.includes('ch=0'));
  });

  it('panning switches to "explore freely", and "return to chapter" flies back', async () => {
    await page.keyboard.press('ArrowRight');
    await atChapter(page, 1);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + 900, box.y + 400);
    await page.mouse.down();
    await page.mouse.move(box.x + 600, box.y + 300, { steps: 8 });
    await page.mouse.up();
    await page.getByTestId('presenter-exploring').waitFor();
    await settle(page);
    const moved = await view(page);
    expect(Math.abs(moved.center[0] - CHAPTERS[1].camera.center[0])).toBeGreaterThan(0.01);
    await page.getByTestId('presenter-return').click();
    await page.getByTestId('presenter-exploring').waitFor({ state: 'detached' });
    await settle(page);
    const back = await view(page);
    expect(back.center[0]).toBeCloseTo(CHAPTERS[1].camera.center[0], 3);
  });

  it('N shows speaker notes; a projector screenshot of a chapter', async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await atChapter(page, 4);
    await page.keyboard.press('n');
    await page.getByTestId('presenter-notes').waitFor();
    expect(await page.getByTestId('presenter-notes').textContent()).toContain('三(一)1');
    await settle(page);
    await page.screenshot({ path: `${OUTPUT_DIR}/presenter-chapter-1920.png` });
    // Title size on the projector.
    const px = await page.getByTestId('presenter-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(28);
  });

  it('Esc leaves presenter mode and brings the chrome back', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('every state is a link', () => {
  it('a copied link opened in a new page restores camera, layers, language and selection', async () => {
    const a = await s.newPage({ width: 1280, height: 800 });
    await waitForMapIdle(a);
    await a.getByTestId('lang-toggle').click();
    await a.getByTestId('layer-toggle-axes').uncheck();
    await a.evaluate(() => {
      const { map, app } = window.__app;
      app.select({ kind: 'plan', id: 'jiangxin-island' });
      map.jumpTo({ center: [120.6712, 28.0123], zoom: 11.25, bearing: 20 });
    });
    await settle(a);
    const want = await view(a);
    await a.getByTestId('share-open').click();
    const link = await a.getByTestId('share-link').inputValue();
    await a.getByTestId('share-copy-link').click();
    await a.waitForFunction(() => /Copied|Could not copy/.test(document.querySelector('[data-testid="share-dialog"]')?.textContent ?? ''));
    const embed = await a.getByTestId('share-embed').inputValue();
    expect(embed).toMatch(/^<iframe src="[^"]+e=1" width="800" height="600" title="[^"]+" loading="lazy"/);
    expect(link).toContain('#v=1&');
    expect(link).not.toContain('e=1');

    const hash = link.slice(link.indexOf('#'));
    const b = await s.newPage({ width: 1280, height: 800, query: hash });
    await waitForMapIdle(b);
    await b.waitForFunction(() => window.__app?.app.selection?.id === 'jiangxin-island');
    await settle(b);
    const got = await view(b);
    expect(got.center[0]).toBeCloseTo(want.center[0], 4);
    expect(got.center[1]).toBeCloseTo(want.center[1], 4);
    expect(got.zoom).toBeCloseTo(want.zoom, 2);
    expect(got.bearing).toBeCloseTo(20, 1);
    expect(got.visible.sort()).toEqual(want.visible.sort());
    expect(got.visible).not.toContain('axes');
    expect(got.lang).toBe('en');
    expect(await b.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(got.selection).toEqual({ kind: 'plan', id: 'jiangxin-island' });
    expect(await b.getByTestId('plan-detail').getAttribute('data-id')).toBe('jiangxin-island');
    expect(await b.getByTestId('url-notice').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('a garbage hash loads the default view with a notice and no page error', async () => {
    const ref = await s.newPage({ width: 1280, height: 800 });
    await waitForMapIdle(ref);
    const defaults = await view(ref);
    const errorsBefore = s.pageErrors.length;
    const p = await s.newPage({ width: 1280, height: 800, query: '#v=9&c=abc&l=<script>&sel=%E0%A4%A' });
    await waitForMapIdle(p);
    const notice = p.getByTestId('url-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect((await notice.textContent())!.length).toBeGreaterThan(10);
    const got = await view(p);
    expect(got.visible).toEqual(defaults.visible);
    expect(got.center[0]).toBeCloseTo(defaults.center[0], 3);
    expect(got.zoom).toBeCloseTo(defaults.zoom, 2);
    expect(got.selection).toBeNull();
    expect(s.pageErrors.length).toBe(errorsBefore);
    // The address is rewritten to a clean link.
    await p.waitForFunction(() => location.hash.startsWith('#v=1&') && !location.hash.includes('script'));
    await p.getByTestId('url-notice-dismiss').click();
    expect(await notice.count()).toBe(0);
  });

  it('embed mode (e=1) shows the map with an attribution and an "open full map" link, and no sidebar', async () => {
    const p = await s.newPage({ width: 800, height: 600, query: '#v=1&lang=en&e=1' });
    await waitForMapIdle(p);
    expect(await p.locator('.sidebar').isVisible()).toBe(false);
    expect(await p.locator('.topbar').isVisible()).toBe(false);
    expect(await p.locator('.maplibregl-ctrl-attrib').isVisible()).toBe(true);
    const open = p.getByTestId('embed-open-full');
    await open.focus();
    const href = await open.getAttribute('href');
    expect(href).toContain('#v=1&lang=en');
    expect(href).not.toContain('e=1');
    await p.screenshot({ path: `${OUTPUT_DIR}/embed-800x600.png` });
  });
});

describe('phone width (375 px)', () => {
  it('the sidebar is a bottom sheet with a handle; the map stays usable', async () => {
    const p = await s.newPage({ width: 375, height: 812, deviceScaleFactor: 2 });
    await waitForMapIdle(p);
    const sheet = (await p.locator('.sidebar').boundingBox())!;
    expect(sheet.width).toBeCloseTo(375, 0);
    expect(sheet.y + sheet.height).toBeCloseTo(812, 0);
    const map = (await p.locator('.maplibregl-canvas').boundingBox())!;
    expect(map.width).toBeCloseTo(375, 0);
    expect(map.height).toBeGreaterThan(400);
    await p.screenshot({ path: `${OUTPUT_DIR}/phone-375.png` });
    const handle = p.getByTestId('sheet-handle');
    expect(await handle.getAttribute('aria-label')).toBeTruthy();
    await handle.click();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await p.getByTestId('tab-layers').click();
    await p.screenshot({ path: `${OUTPUT_DIR}/phone-375-sheet.png` });
  });

  it('presenter mode on a phone keeps the caption readable', async () => {
    const i = idx('sub-centres');
    const p = await s.newPage({ width: 375, height: 812, deviceScaleFactor: 2, query: `#ch=${i}` });
    await waitForMapIdle(p);
    await atChapter(p, i);
    const caption = p.locator('[data-testid="presenter"] .caption');
    expect((await caption.textContent())?.trim()).toBe((CHAPTERS[i] as unknown as { caption: { zh: string } }).caption.zh);
    const box = (await caption.boundingBox())!;
    // On screen, inside the 375 px width, not clipped, and at a size that can be read.
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(812);
    const m = await caption.evaluate((el) => ({ px: parseFloat(getComputedStyle(el).fontSize), over: el.scrollWidth - el.clientWidth }));
    expect(m.px).toBeGreaterThanOrEqual(16);
    expect(m.over).toBeLessThanOrEqual(0);
    await p.screenshot({ path: `${OUTPUT_DIR}/phone-375-presenter.png` });
    expect(s.pageErrors).toEqual([]);
    expect(s.offHost).toEqual([]);
  });
});

describe('the whole story (issue 12)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await s.newPage({ width: 1920, height: 1080, query: `#ch=${idx('opening')}` });
    await waitForMapIdle(page);
    await atChapter(page, idx('opening'));
  });

  async function goto(id: string): Promise<void> {
    // A chapter link, as a presenter would paste it.
    await page.evaluate((i) => (location.hash = `#ch=${i}`), idx(id));
    await atChapter(page, idx(id));
  }

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: `${OUTPUT_DIR}/${name}.png` });
  }

  it('opens with the document, its issuers and date, and lists the chapter’s plan items by name', async () => {
    expect(await page.getByTestId('presenter-title').textContent()).toBe('温州都市区建设行动方案');
    const caption = await page.locator('[data-testid="presenter"] .caption').textContent();
    expect(caption).toContain('温政发〔2019〕18号');
    expect(caption).toContain('2019年12月12日');
    const items = await page.getByTestId('presenter-items').locator('li').allTextContents();
    expect(items).toContain('温州都市区');
    await shot('presenter-opening-1920');
  });

  it('the transport chapter shows the corridors and lines it names, and lists all 25 by name', async () => {
    await goto('transport-network');
    const items = page.getByTestId('presenter-items').locator('li');
    expect(await items.count()).toBe(CHAPTERS[idx('transport-network')].highlight.length);
    const v = await view(page);
    expect(v.refs).toEqual(expect.arrayContaining(['hsr-hangwen', 'rail-s2', 'channel-north-hangzhou']));
    await shot('presenter-transport-1920');
  });

  it('a circle chapter shows the seat table exactly as the travel model computed it', async () => {
    await goto('ring-city');
    await page.getByTestId('presenter-seats').waitFor({ timeout: 30_000 });
    const model = await page.evaluate(() => window.__app.app.travel.result!.table.map((r: any) => [r.name_zh, Number.isFinite(r.minutes) ? String(Math.round(r.minutes)) : '—', r.withinBudget ? '✓' : '✗']));
    const shown = await page.getByTestId('presenter-seats').locator('tr').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelectorAll('td')[0].textContent!.replace(/\D+$/, '').trim(), r.querySelectorAll('td')[1].textContent!.trim()]),
    );
    expect(model.length).toBeGreaterThan(5);
    expect(shown).toEqual(model);
    expect(await page.evaluate(() => window.__app.app.travel.scenario)).toBe('plan-2022');
  });

  it('the targets chapter lists the targets with their years and the outcomes found', async () => {
    await goto('targets');
    const board = page.locator('[data-testid="presenter-board"][data-board="targets"]');
    await board.waitFor();
    expect(await board.locator('tr[data-target="gdp-2022"]').textContent()).toMatch(/2022: 8,029.8 亿元 · 已达到/);
    expect(await board.locator('tr[data-target="green-space"]').textContent()).toMatch(/2022[\s\S]*2024[\s\S]*14\.75[\s\S]*已达到/);
    expect(await board.locator('tr[data-target="hospital-beds"]').textContent()).toMatch(/2022[\s\S]*未查到/);
    expect(await board.locator('tr[data-target="brt"]').count()).toBe(0); // no year, no outcome: counted in the summary line
    expect(await board.locator('p.small').first().textContent()).toMatch(/未写年份 \d+/);
    expect(await board.textContent()).toContain('附件1');
    await shot('presenter-targets-1920');
  });

  it('the closing chapter counts every plan item once by its sourced status today', async () => {
    await goto('since-2019');
    const board = page.locator('[data-testid="presenter-board"][data-board="outcomes"]');
    await board.waitFor();
    const counts = (await board.locator('.counts strong').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(111); // 114 items less the three computed circles
    const sourced = JSON.parse(readFileSync('scripts/sources/plan-outcomes.json', 'utf8')).projects as Record<string, unknown>;
    expect(await board.locator('.sourced li').count()).toBe(Object.keys(sourced).length);
    await shot('presenter-since-2019-1920');
    expect(s.pageErrors).toEqual([]);
  });
});

describe('since 2019 in the panels (issue 12)', () => {
  const outcomes = JSON.parse(readFileSync('scripts/sources/plan-outcomes.json', 'utf8')) as { projects: Record<string, { status: string }> };

  it('the targets tab marks targets without a year, states that Annex 1 is unpublished, and lists the sourced statuses', async () => {
    const p = await s.newPage({ width: 1280, height: 1600 });
    await waitForMapIdle(p);
    await p.getByTestId('tab-targets').click();
    await p.getByTestId('targets-panel').waitFor();
    expect(await p.getByTestId('annex-note').textContent()).toContain('附件1');
    expect(await p.locator('tr[data-target="brt"]').getAttribute('data-year')).toBe('none');
    expect(await p.locator('tr[data-target="brt"]').textContent()).toContain('未写年份');
    expect(await p.locator('tr[data-target="wuwei-land"] td[data-basis]').getAttribute('data-basis')).toBe('conversion');
    expect(await p.locator('tr[data-target="gdp-2022"] [data-testid="target-outcome"]').textContent()).toContain('8029.8');
    expect(await p.getByTestId('since-list').locator('li').count()).toBe(Object.keys(outcomes.projects).length);
    await p.locator('tr[data-target="gdp-2022"]').scrollIntoViewIfNeeded();
    await p.screenshot({ path: `${OUTPUT_DIR}/targets-panel-since.png` });
  });

  it('the project list filters by status today, and the detail says "planned 2019 → status 2026" with its source', async () => {
    const p = await s.newPage({ width: 1280, height: 900 });
    await waitForMapIdle(p);
    await p.getByTestId('tab-projects').click();
    await p.getByTestId('filter-outcome').selectOption('open');
    const open = Object.entries(outcomes.projects).filter(([, o]) => o.status === 'open').map(([id]) => id).sort();
    const shown = (await p.locator('[data-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry')!))).sort();
    expect(shown).toEqual(open);
    await p.locator('[data-entry="rail-s2"]').click();
    const line = p.getByTestId('status-2026');
    expect(await line.getAttribute('data-status')).toBe('open');
    expect(await line.textContent()).toContain('2023-08');
    expect(await line.locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
    await p.screenshot({ path: `${OUTPUT_DIR}/detail-status-2026.png` });
    expect(s.pageErrors).toEqual([]);
  });
});
