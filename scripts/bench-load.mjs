#!/usr/bin/env node
/**
 * `npm run bench:load`: how much later than a bare MapLibre page the app reaches a stable first
 * frame, in one run on this machine. Both pages are served by scripts/serve.mjs from one root
 * (app = dist/, bare = a page written here that loads MapLibre's own ES bundle and worker and draws the
 * same GeoJSON and PNG files the app fetched on its first load, plain fill/line/circle/raster
 * layers, no text). Each load is a fresh browser context (empty cache). Both pages are timed the
 * same way, on the page's own clock: navigation start → the first time the map container carries
 * data-map-state="idle", which both pages set on MapLibre's first `idle` event (style loaded, every
 * source loaded, nothing moving or fading). Alongside wall time, the CPU time all browser
 * processes spent on the load (from /proc, Linux only) is summed: other work on a shared machine
 * stretches wall time much more than CPU time. Loads come in alternating pairs (app first, then
 * bare first); medians, quartiles (IQR) and the ratio of medians are printed for both, plus the
 * WebGL programs each page linked before its first idle (painter.programCache keys). The bare page
 * paints a frame whenever tiles arrive, as MapLibre does by default; the app holds its paint calls
 * until every GeoJSON source is loaded (src/ui/map/first-paint.ts), so it paints one or two. A third
 * page, the bare page with that same hold (`bare/?held`, the app's module with its types stripped),
 * is timed in the same rotation and printed last, for comparison: what the app costs beyond the
 * files when both paint once.
 *
 * `--threads` also prints, per browser process type and thread name, the median CPU ms each page's
 * loads spent (from /proc/PID/task: SwiftShader's drawing threads show as gpu-process/Thread<NN>),
 * and `renders` the frames MapLibre drew before its first idle: where the app's extra time goes.
 *
 * Usage: npm run bench:load  (builds first)   |   node scripts/bench-load.mjs [pairs=9] [--programs] [--threads]
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findBrowser } from '../tests/e2e/helpers/find-browser.mjs';

const RUNS = Math.max(5, Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 9));
const LIST_PROGRAMS = process.argv.includes('--programs');
const THREADS = process.argv.includes('--threads');
const VIEW = { width: 1280, height: 800 };

const root = mkdtempSync(join(tmpdir(), 'wz-bench-load-'));
cpSync('dist', join(root, 'app'), { recursive: true });
mkdirSync(join(root, 'bare'));
for (const f of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) cpSync(`node_modules/maplibre-gl/dist/${f}`, join(root, 'bare', f));

const found = await findBrowser();
const server = await startServer(root);
const browser = await chromium.launch({ executablePath: found.executablePath, headless: true, args: [...found.args, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });

/** CPU seconds (user + system) of every process descended from this one (the browser's), Linux only. */
function browserCpu() {
  let procs;
  try {
    procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return NaN;
  }
  const parent = new Map();
  const ticks = new Map();
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(pid, f[1]);
      ticks.set(pid, Number(f[11]) + Number(f[12]));
    } catch {
      /* gone */
    }
  }
  const self = String(process.pid);
  const descends = (pid) => {
    for (let p = parent.get(pid), n = 0; p && n < 64; p = parent.get(p), n++) if (p === self) return true;
    return false;
  };
  let sum = 0;
  for (const [pid, t] of ticks) if (descends(pid)) sum += t;
  return sum / 100; // USER_HZ
}

/** CPU ms per `process type/thread name` of the browser's processes (Linux /proc), for --threads. */
function threadCpu() {
  const out = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  const parent = new Map();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      /* gone */
    }
  }
  const self = String(process.pid);
  for (const pid of parent.keys()) {
    let ours = false;
    for (let p = parent.get(pid), n = 0; p && n < 64; p = parent.get(p), n++) if (p === self) ours = true;
    if (!ours) continue;
    try {
      const type = (readFileSync(`/proc/${pid}/cmdline`, 'utf8').match(/--type=([\w-]+)/) ?? [, 'browser'])[1];
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '#');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(`${pid}:${tid}`, { key: `${type}/${name}`, ms: (Number(f[11]) + Number(f[12])) * 10 });
      }
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Both pages: the time (page clock, ms since navigation start) when the map first reports idle, and the frames drawn until then. */
const IDLE_PROBE = () => {
  window.__renders = 0;
  const hook = setInterval(() => {
    const map = window.__app?.map ?? window.__map;
    if (!map) return;
    clearInterval(hook);
    map.on('render', () => !window.__idleAt && window.__renders++);
  }, 1);
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-map-state="idle"]') && !window.__idleAt) {
      window.__idleAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
};

/** One cold load: ms to the first idle, browser CPU s, the GeoJSON/PNG URLs fetched, the WebGL programs linked by then. */
async function load(url) {
  const context = await browser.newContext({ viewport: VIEW });
  const page = await context.newPage();
  await page.addInitScript(IDLE_PROBE);
  const files = [];
  page.on('request', (r) => /\.(geojson|png)(\?|$)/.test(r.url()) && files.push(r.url()));
  const t0 = THREADS ? threadCpu() : null;
  const cpu0 = browserCpu();
  await page.goto(url);
  await page.waitForFunction(() => window.__idleAt, null, { timeout: 120_000, polling: 50 });
  const cpu = browserCpu() - cpu0;
  const threads = {};
  if (t0) for (const [id, t] of threadCpu()) threads[t.key] = (threads[t.key] ?? 0) + t.ms - (t0.get(id)?.ms ?? 0);
  const { ms, programs, renders } = await page.evaluate(() => {
    const map = window.__app?.map ?? window.__map;
    // The app holds its paint calls until its sources are loaded (src/ui/map/first-paint.ts): a
    // held call still fires 'render', so only the painted ones are counted.
    const held = window.__app?.firstPaint?.held ?? 0;
    return { ms: window.__idleAt, renders: window.__renders - held, programs: Object.keys(map?.painter?.programCache?.programs ?? map?.painter?.cache ?? {}).sort() };
  });
  await context.close();
  return { ms, cpu, files, programs, renders, threads };
}

// The files the app fetches on its first load define the bare page.
const first = await load(`${server.url}app/`);
const files = [...new Set(first.files.map((u) => new URL(u).pathname.replace(/^\/app\//, '../app/')))].filter((f) => !f.includes('/dem/'));
const pngs = files.filter((f) => f.endsWith('.png'));
const reliefCoords = pngs.length ? JSON.parse(readFileSync('geodata/web/relief.json', 'utf8')).hillshade.coordinates : null;
writeFileSync(
  join(root, 'bare/index.html'),
  `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="bare.js"></script></body></html>\n`,
);
// The app's first-paint hold, for the third page (bare/?held): the same source, types stripped.
const ts = (await import('typescript')).default;
writeFileSync(
  join(root, 'bare/first-paint.js'),
  ts.transpileModule(readFileSync('src/ui/map/first-paint.ts', 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText,
);
writeFileSync(
  join(root, 'bare/bare.js'),
  `import { Map, setWorkerUrl } from './maplibre-gl.mjs';
import { holdFirstPaint } from './first-paint.js';
setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const FILES = ${JSON.stringify(files.filter((f) => f.endsWith('.geojson')))};
const PNGS = ${JSON.stringify(pngs)};
const RELIEF = ${JSON.stringify(reliefCoords)};
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
  PNGS.forEach((url, i) => {
    style.sources['r' + i] = { type: 'image', url, coordinates: RELIEF };
    style.layers.splice(1, 0, { id: 'r' + i, type: 'raster', source: 'r' + i, paint: { 'raster-fade-duration': 0 } });
  });
  const map = new Map({ container: 'map', style, bounds: [119.6, 27.0, 121.3, 28.65], fitBoundsOptions: { padding: 20 } });
  window.__map = map;
  if (new URLSearchParams(location.search).has('held')) window.__app = { firstPaint: holdFirstPaint(map, Object.keys(style.sources).filter((id) => style.sources[id].type === 'geojson')) };
  map.once('idle', () => document.getElementById('map').setAttribute('data-map-state', 'idle'));
});
`,
);

const res = { app: [], bare: [], held: [] };
const PAGES = { app: 'app/', bare: 'bare/', held: 'bare/?held' };
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first, so neither always follows the other (the third page, for
  // comparison, runs last and first in turn).
  const order = i % 2 ? ['held', 'bare', 'app'] : ['app', 'bare', 'held'];
  for (const which of order) res[which].push(await load(`${server.url}${PAGES[which]}`));
}
await browser.close();
await server.close();

/** Quantile q of xs (linear interpolation between order statistics). */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  return s[Math.floor(h)] + (s[Math.ceil(h)] - s[Math.floor(h)]) * (h - Math.floor(h));
};
const median = (xs) => quantile(xs, 0.5);

/**
 * gzip KB (level 9) of the JS the first load needs — the entry script index.html loads plus the
 * chunks it preloads (its static imports) — and of MapLibre's own ES bundle (no worker).
 */
const html = readFileSync('dist/index.html', 'utf8');
const firstJs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length / 1024;
const mainKb = firstJs.reduce((sum, f) => sum + gz(join('dist', f)), 0);
const maplibreKb = gz('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
// BENCH_KEEP=1 keeps both pages (e.g. to profile them): node scripts/serve.mjs <root> serves them.
if (process.env.BENCH_KEEP) console.log(`pages kept in ${root}`);
else rmSync(root, { recursive: true, force: true });

const fmt = (xs, k = 1) => xs.map((x) => Math.round(x * k)).join(' ');
const stats = (xs, unit, k = 1) => `median ${Math.round(median(xs) * k)} ${unit}, IQR ${Math.round(quantile(xs, 0.25) * k)}–${Math.round(quantile(xs, 0.75) * k)}`;
const ms = { app: res.app.map((r) => r.ms), bare: res.bare.map((r) => r.ms) };
const cpu = { app: res.app.map((r) => r.cpu), bare: res.bare.map((r) => r.cpu) };
// Ratio within each pair: both loads of a pair ran under about the same machine load.
const pairRatios = ms.app.map((a, i) => a / ms.bare[i]);
const programs = { app: res.app.at(-1).programs, bare: res.bare.at(-1).programs };
console.log(`browser: ${found.source}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${RUNS} alternating pairs of cold loads; files drawn by both: ${files.length} (${files.map((f) => f.split('/').pop()).join(', ')})`);
console.log(`app  wall (ms): ${fmt(ms.app)}  ${stats(ms.app, 'ms')}`);
console.log(`bare wall (ms): ${fmt(ms.bare)}  ${stats(ms.bare, 'ms')}`);
if (cpu.app.every(Number.isFinite)) {
  console.log(`app  browser CPU (ms): ${fmt(cpu.app, 1000)}  ${stats(cpu.app, 'ms', 1000)}`);
  console.log(`bare browser CPU (ms): ${fmt(cpu.bare, 1000)}  ${stats(cpu.bare, 'ms', 1000)}`);
  console.log(`ratio app/bare of browser CPU medians: ${(median(cpu.app) / median(cpu.bare)).toFixed(2)}`);
}
console.log(`first-load JS (${firstJs.length} files: entry + preloaded chunks): ${mainKb.toFixed(1)} KB gzip; MapLibre alone (maplibre-gl.mjs) ${maplibreKb.toFixed(1)} KB gzip; the app adds ${(mainKb - maplibreKb).toFixed(1)} KB (goal ≤ 80)`);
console.log(`WebGL programs in painter.programCache at the first idle: app ${programs.app.length}, bare ${programs.bare.length}`);
if (LIST_PROGRAMS) for (const w of ['app', 'bare']) console.log(`  ${w}: ${programs[w].join(', ')}`);
console.log(`frames painted before the first idle (median): app ${median(res.app.map((r) => r.renders))}, bare ${median(res.bare.map((r) => r.renders))}`);
if (THREADS) {
  const keys = [...new Set([...res.app, ...res.bare].flatMap((r) => Object.keys(r.threads)))];
  const rows = keys.map((k) => [k, median(res.app.map((r) => r.threads[k] ?? 0)), median(res.bare.map((r) => r.threads[k] ?? 0))]).filter((r) => Math.max(r[1], r[2]) >= 20);
  console.log('CPU ms per process/thread (medians)   app    bare');
  for (const [k, a, b] of rows.sort((x, y) => y[1] - x[1])) console.log(`  ${k.padEnd(34)} ${String(Math.round(a)).padStart(5)}  ${String(Math.round(b)).padStart(5)}`);
}
console.log(`pair ratios app/bare: ${pairRatios.map((r) => r.toFixed(2)).join(' ')}  (median ${median(pairRatios).toFixed(2)}, IQR ${quantile(pairRatios, 0.25).toFixed(2)}–${quantile(pairRatios, 0.75).toFixed(2)})`);
console.log(`ratio app/bare of wall medians: ${(median(ms.app) / median(ms.bare)).toFixed(2)}`);
// Not the issue's baseline: the bare page with the app's own first-paint hold, i.e. what the app
// costs beyond drawing the same files when both paint once.
const held = { ms: res.held.map((r) => r.ms), cpu: res.held.map((r) => r.cpu) };
console.log(
  `for comparison, the bare page holding its first frame as the app does (bare/?held): wall ${stats(held.ms, 'ms')}, frames painted ${median(res.held.map((r) => r.renders))}; ` +
    `app/held: wall medians ${(median(ms.app) / median(held.ms)).toFixed(2)}, pair median ${median(ms.app.map((a, i) => a / held.ms[i])).toFixed(2)}${cpu.app.every(Number.isFinite) ? `, CPU medians ${(median(cpu.app) / median(held.cpu)).toFixed(2)}` : ''}`,
);
