/**
 * Launches Chromium through playwright-core with software WebGL (which one: ./find-browser.mjs —
 * CHROMIUM_PATH, else the system one if it starts, else the one `npm ci` brought), serves dist/ on
 * 127.0.0.1 and records every request that would leave the host.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer } from '../../../scripts/serve.mjs';
import { findBrowser } from './find-browser.mjs';

export const OUTPUT_DIR = 'tests/e2e/output';

export interface Session {
  browser: Browser;
  url: string;
  offHost: string[];
  pageErrors: string[];
  /** console.error texts (CSP refusals are reported there too). */
  consoleErrors: string[];
  newPage: (opts?: { width?: number; height?: number; deviceScaleFactor?: number; query?: string; initScript?: string }) => Promise<Page>;
  close: () => Promise<void>;
}

/** Launches the browser find-browser.mjs picks, headless, resolving no host but the test server's. */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  const found = await findBrowser();
  return chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [
      ...found.args,
      // Chromium phones home even with Playwright's flags: resolve nothing but the test server.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...args,
    ],
  });
}

/** A session and one page of the app on its first idle: the start of most e2e files. */
export async function openMapPage(page: Parameters<Session['newPage']>[0] = {}): Promise<{ s: Session; page: Page }> {
  const s = await openSession();
  const p = await s.newPage(page);
  await waitForMapIdle(p);
  return { s, page: p };
}

/** `args`: extra Chromium switches for this launch (e.g. ['--disable-webgl'] for the no-WebGL case). */
export async function openSession({ args = [] }: { args?: string[] } = {}): Promise<Session> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const server = await startServer('dist');
  const browser = await launchBrowser(args);
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    url: server.url,
    offHost,
    pageErrors,
    consoleErrors,
    async newPage({ width = 1280, height = 800, deviceScaleFactor = 1, query = '', initScript } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
      contexts.push(context);
      context.on('request', (req) => {
        const u = new URL(req.url());
        if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) offHost.push(req.url());
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      if (initScript) await page.addInitScript(initScript);
      await page.goto(server.url + query);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close();
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the map has rendered everything it was asked to (its `idle` event). */
export async function waitForMapIdle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForSelector('[data-map-state="idle"]', { timeout: timeoutMs });
}

/** Pixel position of a WGS-84 point in the page. */
export async function project(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const { map } = window.__app;
    const p = map.project([lon, lat]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: p.x + r.left, y: p.y + r.top };
  }, lonLat);
}
