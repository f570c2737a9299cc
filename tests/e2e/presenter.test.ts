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
const CHAPTERS = (JSON.parse(readFileSync('src/lib/presenter/chapters.json', 'utf8')) as { chapters: ChapterJson[] }).chapters;
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
    const a = (window as any).__app;
    return a && !a.map.isMoving() && document.querySelector('[data-map-state]')?.getAttribute('data-map-state') === 'idle';
  }, undefined, { timeout: 60_000 });
}

async function view(page: Page) {
  return page.evaluate((layers) => {
    const { map, app } = (window as any).__app;
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
    // Entering by link: `#ch=3` opens the deck at chapter 3 (两副).
    page = await s.newPage({ width: 1920, height: 1080, query: '#ch=3' });
    await waitForMapIdle(page);
    await atChapter(page, 3);
  });

  it('a #ch= link opens that chapter with its camera and layers, and no chrome', async () => {
    const v = await view(page);
    const c = CHAPTERS[3];
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
    await atChapter(page, 4);
    const after = await view(page);
    const c = CHAPTERS[4];
    expect(c.id).toBe('axes');
    expect(after.center[0]).toBeCloseTo(c.camera.center[0], 3);
    expect(after.center[1]).toBeCloseTo(c.camera.center[1], 3);
    expect(after.zoom).toBeCloseTo(c.camera.zoom, 2);
    expect(after.zoom).not.toBeCloseTo(before.zoom, 1);
    expect(after.visible).toEqual(c.visible);
    expect(after.refs).toEqual(expect.arrayContaining(['axis-central', 'axis-east', 'axis-west']));
    for (const cat of after.cats) expect(c.visible).toContain(cat);
    expect(after.selection).toEqual({ kind: 'plan', id: c.highlight[0] });
    expect(await page.getByTestId('presenter-counter').textContent()).toBe(`5 / ${CHAPTERS.length}`);
  });

  it('Space and PageDown go on, PageUp and ← go back, End and Home jump', async () => {
    await page.keyboard.press('Space');
    await atChapter(page, 5);
    await page.keyboard.press('PageDown');
    await atChapter(page, 6);
    await page.keyboard.press('PageUp');
    await atChapter(page, 5);
    await page.keyboard.press('ArrowLeft');
    await atChapter(page, 4);
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
      const { map, app } = (window as any).__app;
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
    await b.waitForFunction(() => (window as any).__app?.app.selection?.id === 'jiangxin-island');
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
    const p = await s.newPage({ width: 375, height: 812, deviceScaleFactor: 2, query: '#ch=6' });
    await waitForMapIdle(p);
    await atChapter(p, 6);
    await p.screenshot({ path: `${OUTPUT_DIR}/phone-375-presenter.png` });
    expect(s.pageErrors).toEqual([]);
    expect(s.offHost).toEqual([]);
  });
});
