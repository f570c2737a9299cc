/**
 * First-render benchmark (issue 10): the app's production build against a bare MapLibre page
 * that draws the same files (every GeoJSON/PNG the app fetched for its first frame, recorded in a
 * warm-up run) with plain fill/line/circle/label layers. Same browser, same server, alternating
 * runs, each in a fresh browser context (cold cache). Time = navigation start → the map's first
 * `idle` (app: its `data-map-state="idle"`), read from the page's own clock.
 * Run: `npx vite build && npx tsx scripts/bench-load.ts [runs=5]`. Prints medians and the ratio.
 */
import { chromium, type Browser } from 'playwright-core';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startServer } from './serve.mjs';
import { fromRoot } from './lib/io';

const RUNS = Number(process.argv[2] ?? 5);
const VIEWPORT = { width: 1440, height: 900 };
const BARE_DIR = fromRoot('dist/bench-bare');

const APP_PROBE = `
  new MutationObserver((_, obs) => {
    const el = document.querySelector('[data-map-state="idle"]');
    if (el && !window.__idleAt) { window.__idleAt = performance.now(); obs.disconnect(); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'], childList: true });`;

async function timeToIdle(browser: Browser, url: string, probe?: string): Promise<{ ms: number; files: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const files: string[] = [];
  context.on('request', (r) => files.push(r.url()));
  const page = await context.newPage();
  if (probe) await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000, polling: 50 });
  const ms = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  await context.close();
  return { ms, files };
}

/** The bare page: MapLibre from node_modules, the app's data files, generic layers, the same initial bounds. */
function writeBarePage(files: string[]): void {
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(BARE_DIR, { recursive: true });
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(fromRoot('node_modules/maplibre-gl/dist', f), `${BARE_DIR}/${f}`);
  const relief = () => JSON.parse(readFileSync(fromRoot('geodata/web/relief.json'), 'utf8')) as { hillshade: { coordinates: number[][] } };
  const data = files.map((u) => new URL(u).pathname.split('/').pop()!).filter((n) => /\.(geojson|png)$/.test(n) && !n.includes('/relief/dem/'));
  const sources: Record<string, unknown> = {};
  const layers: unknown[] = [{ id: 'bg', type: 'background', paint: { 'background-color': '#ebe7de' } }];
  data.forEach((name, i) => {
    const id = `s${i}`;
    const url = `../assets/${name}`;
    if (name.endsWith('.png')) {
      sources[id] = { type: 'image', url, coordinates: relief().hillshade.coordinates };
      layers.push({ id, type: 'raster', source: id });
      return;
    }
    sources[id] = { type: 'geojson', data: url };
    layers.push(
      { id: `${id}-fill`, type: 'fill', source: id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#cfe3ef', 'fill-opacity': 0.5 } },
      { id: `${id}-line`, type: 'line', source: id, paint: { 'line-color': '#555' } },
      { id: `${id}-pt`, type: 'circle', source: id, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 4 } },
      { id: `${id}-label`, type: 'symbol', source: id, filter: ['==', ['geometry-type'], 'Point'], layout: { 'text-field': ['coalesce', ['get', 'name_zh'], ''], 'text-font': ['Noto Sans CJK SC', 'sans-serif'], 'text-size': 12 } },
    );
  });
  const style = { version: 8, sources, layers };
  writeFileSync(
    `${BARE_DIR}/index.html`,
    `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style><div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from './maplibre-gl.mjs';
setWorkerUrl(new URL('maplibre-gl-worker.mjs', document.baseURI).href);
const map = new Map({ container: 'map', style: ${JSON.stringify(style)}, bounds: [119.6, 27.0, 121.3, 28.65], fitBoundsOptions: { padding: 20 } });
map.once('idle', () => { window.__idleAt = performance.now(); });
</script>`,
  );
  console.log(`bare page draws ${data.length} files: ${data.join(', ')}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer('dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
});
try {
  const warm = await timeToIdle(browser, server.url, APP_PROBE);
  writeBarePage(warm.files);
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first so drift on a shared machine hits both alike.
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) {
      const r = which === 'app' ? await timeToIdle(browser, server.url, APP_PROBE) : await timeToIdle(browser, `${server.url}bench-bare/index.html`);
      (which === 'app' ? app : bare).push(r.ms);
    }
  }
  const [a, b] = [median(app), median(bare)];
  console.log(`app   first idle, ms: ${app.map(Math.round).join(' ')}  median ${Math.round(a)}`);
  console.log(`bare  first idle, ms: ${bare.map(Math.round).join(' ')}  median ${Math.round(b)}`);
  console.log(`ratio app / bare: ${(a / b).toFixed(2)} (target ≤ 1.30)`);
} finally {
  await browser.close();
  await server.close();
  rmSync(BARE_DIR, { recursive: true, force: true });
}
