/**
 * dist/ on a USB stick: the build works from a sub-path of a plain static server, offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from './helpers/browser';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wz-subpath-'));
  cpSync('dist', join(root, 'meetings', '2026', 'wenzhou'), { recursive: true });
  server = await startServer(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('served from a sub-path', () => {
  it('loads every asset relative to the page and the map draws the plan', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}meetings/2026/wenzhou/`);
    await page.waitForSelector('[data-map-state="idle"]', { timeout: 30_000 });
    const rendered = await page.evaluate(() => window.__app.map.queryRenderedFeatures({ layers: ['counties-fill', 'plan-points'] }).length);
    expect(rendered).toBeGreaterThan(10);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
