#!/usr/bin/env node
/**
 * `npm run bench:load`: how much later than a bare MapLibre page the app reaches a stable first
 * frame, in one run on this machine. Both pages are served by scripts/serve.mjs from one root
 * (app = dist/, bare = a page written here that loads MapLibre's own ES bundle and worker and draws the
 * same GeoJSON files the app fetched on its first load, one plain layer each, no text). Each load
 * is a fresh browser context (empty cache), from navigation to the map's `idle` (the app marks it
 * with [data-map-state="idle"], the bare page the same way), in Chromium found like the e2e tests.
 * Loads alternate app/bare; medians of RUNS (default 7, ≥ 5) and their ratio are printed.
 *
 * Usage: npm run bench:load  (builds first)   |   node scripts/bench-load.mjs [runs]
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findBrowser } from '../tests/e2e/helpers/find-browser.mjs';

const RUNS = Math.max(5, Number(process.argv[2] ?? 7));
const VIEW = { width: 1280, height: 800 };

const root = mkdtempSync(join(tmpdir(), 'wz-bench-load-'));
cpSync('dist', join(root, 'app'), { recursive: true });
mkdirSync(join(root, 'bare'));
for (const f of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) cpSync(`node_modules/maplibre-gl/dist/${f}`, join(root, 'bare', f));

const found = await findBrowser();
const server = await startServer(root);
const browser = await chromium.launch({ executablePath: found.executablePath, headless: true, args: [...found.args, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });

/** One cold load: ms from navigation to the idle marker, and the GeoJSON URLs the page fetched. */
async function load(url) {
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  // Counts the WebGL programs linked before the first stable frame (compiling them is most of the cost on software WebGL).
  await page.addInitScript(() => {
    const link = WebGL2RenderingContext.prototype.linkProgram;
    window.__programs = 0;
    WebGL2RenderingContext.prototype.linkProgram = function (p) {
      window.__programs++;
      return link.call(this, p);
    };
  });
  const geojson = [];
  page.on('request', (r) => /\.geojson(\?|$)/.test(r.url()) && geojson.push(r.url()));
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 60_000 });
  const ms = performance.now() - t0;
  const programs = await page.evaluate(() => window.__programs);
  await context.close();
  return { ms, geojson, programs };
}

// The files the app fetches on its first load define the bare page.
const first = await load(`${server.url}app/`);
const files = [...new Set(first.geojson.map((u) => new URL(u).pathname.replace(/^\/app\//, '../app/')))];
writeFileSync(
  join(root, 'bare/index.html'),
  `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="bare.js"></script></body></html>\n`,
);
writeFileSync(
  join(root, 'bare/bare.js'),
  `import { Map, setWorkerUrl } from './maplibre-gl.mjs';
setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const FILES = ${JSON.stringify(files)};
const COLOURS = ['#cfe3ef', '#fbfaf6', '#0072b2', '#d55e00', '#6a3d9a', '#7f7f7f', '#1b7837', '#e66101'];
Promise.all(FILES.map((f) => fetch(f).then((r) => r.json()))).then((data) => {
  const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ebe7de' } }] };
  data.forEach((fc, i) => {
    const id = 's' + i, c = COLOURS[i % COLOURS.length];
    style.sources[id] = { type: 'geojson', data: fc };
    style.layers.push({ id: id + 'f', type: 'fill', source: id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': c, 'fill-opacity': 0.5 } });
    style.layers.push({ id: id + 'l', type: 'line', source: id, paint: { 'line-color': c, 'line-width': 1.5 } });
    style.layers.push({ id: id + 'p', type: 'circle', source: id, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': c, 'circle-radius': 5 } });
  });
  const map = new Map({ container: 'map', style, bounds: [119.6, 27.0, 121.3, 28.65], fitBoundsOptions: { padding: 20 } });
  map.once('idle', () => document.body.setAttribute('data-map-state', 'idle'));
});
`,
);

const app = [];
const bare = [];
const programs = { app: 0, bare: 0 };
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always follows the other.
  const order = i % 2 ? ['bare', 'app'] : ['app', 'bare'];
  for (const which of order) {
    const r = await load(`${server.url}${which}/`);
    (which === 'app' ? app : bare).push(r.ms);
    programs[which] = r.programs;
  }
}
await browser.close();
await server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * gzip KB (level 9) of the JS the first load needs — the entry script index.html loads plus the
 * chunks it preloads (its static imports) — and of MapLibre's own ES bundle (no worker).
 */
const html = readFileSync('dist/index.html', 'utf8');
const firstJs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length / 1024;
const mainKb = firstJs.reduce((sum, f) => sum + gz(join('dist', f)), 0);
const maplibreKb = gz('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
rmSync(root, { recursive: true, force: true });

const fmt = (xs) => xs.map((x) => Math.round(x)).join(' ');
console.log(`browser: ${found.source}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine shifts both); ${RUNS} cold loads each, alternating; GeoJSON files drawn by both: ${files.length} (${files.map((f) => f.split('/').pop()).join(', ')})`);
console.log(`app  (ms): ${fmt(app)}  median ${Math.round(median(app))}`);
console.log(`bare (ms): ${fmt(bare)}  median ${Math.round(median(bare))}`);
console.log(`first-load JS (${firstJs.length} files: entry + preloaded chunks): ${mainKb.toFixed(1)} KB gzip; MapLibre alone (maplibre-gl.mjs) ${maplibreKb.toFixed(1)} KB gzip; the app adds ${(mainKb - maplibreKb).toFixed(1)} KB (goal ≤ 80)`);
console.log(`WebGL programs linked before the first stable frame: app ${programs.app}, bare ${programs.bare}`);
console.log(`ratio app/bare: ${(median(app) / median(bare)).toFixed(2)}`);
