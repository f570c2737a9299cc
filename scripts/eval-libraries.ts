/**
 * Issue 13 item 6: our hand-written parts against the npm libraries that do the same job, measured
 * on this machine. The libraries are NOT dependencies of the app: install them in a scratch folder
 * and pass it, e.g.
 *   npm install --prefix /tmp/libeval flatqueue@3.1.0 jsonc-parser@3.3.1 sirv@3.0.2
 *   npx tsx scripts/eval-libraries.ts /tmp/libeval
 * Prints (1) the least-cost spread over a grid the size of the 都市区 travel grid with our former
 * MinHeap (src/core/travel/min-heap.ts until the travel code switched to flatqueue; copied below) and
 * with flatqueue (growable arrays, and fixed typed arrays), same
 * result checked; (2) where our JSON error scanner (src/core/import/json-error.ts) and jsonc-parser
 * place and name the first error of each syntax case of the unit tests and the bad-input corpus,
 * the time both take on a 20 MB GeoJSON with a missing comma near its end, and what each adds
 * to a bundle (minified + gzip, esbuild); (3) scripts/serve.mjs against sirv serving dist/ (run
 * `npx vite build` first): the headers each sends for a hashed asset and for index.html, and the
 * time to fetch the first-load files 40 times over (Accept-Encoding: br).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { createServer } from 'node:http';
import { startServer } from './serve.mjs';
import { locateJsonError } from '../src/core/import/json-error';

// The former src/core/travel/min-heap.ts, verbatim.
/** Binary min-heap of (vertex, key) pairs on typed arrays; grows when full. Callers do lazy deletion (skip popped ids whose key is stale). */
export class MinHeap {
  private ids: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }
  topKey(): number {
    return this.keys[0];
  }
  push(id: number, key: number): void {
    if (this.size === this.ids.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.ids[i] = this.ids[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.ids[i] = id;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.ids[0];
    const lastId = this.ids[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.keys[c + 1] < this.keys[c]) c++;
      if (this.keys[c] >= lastKey) break;
      this.ids[i] = this.ids[c];
      this.keys[i] = this.keys[c];
      i = c;
    }
    this.ids[i] = lastId;
    this.keys[i] = lastKey;
    return top;
  }
  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const keys = new Float64Array(this.keys.length * 2);
    ids.set(this.ids);
    keys.set(this.keys);
    this.ids = ids;
    this.keys = keys;
  }
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx scripts/eval-libraries.ts <folder with flatqueue and jsonc-parser installed>');
const req = createRequire(join(dir, 'package.json'));
const resolveIn = (name: string) => req.resolve(name);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const FlatQueue = (await import(pathToFileURL(resolveIn('flatqueue')).href)).default as any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const jsonc = (await import(pathToFileURL(resolveIn('jsonc-parser')).href)) as any;
const version = (name: string) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version as string;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const iqr = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor((s.length - 1) * 0.25)].toFixed(0)}–${s[Math.ceil((s.length - 1) * 0.75)].toFixed(0)}`;
};
/** CPU ms of `f` (this process: the machine is shared). */
function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

// ---------------------------------------------------------------- 1. priority queue
{
  // The 都市区 grid is 688 × 743 cells of 250 m; friction 1–20 min/km-like values, 8 neighbours,
  // 13 origins (the circle's seats), lazy deletion as in access-field.ts.
  const W = 688;
  const H = 743;
  const N = W * H;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const friction = new Float64Array(N).map(() => 0.2 + rnd() * 4);
  const origins = Array.from({ length: 13 }, () => Math.floor(rnd() * N));
  interface Q { push(id: number, key: number): void; pop(): number | undefined }
  // As access-field.ts does: read the top key, pop, skip stale entries (lazy deletion).
  const spread = (q: Q, size: () => number, top: () => number): number => {
    const dist = new Float64Array(N).fill(Infinity);
    for (const o of origins) {
      dist[o] = 0;
      q.push(o, 0);
    }
    const D = Math.SQRT2;
    while (size() > 0) {
      const du = top();
      const u = q.pop()!;
      if (du > dist[u]) continue;
      const x = u % W;
      const y = (u - x) / W;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if ((dx === 0 && dy === 0) || xx < 0 || xx >= W) continue;
          const v = yy * W + xx;
          const nd = du + ((friction[u] + friction[v]) / 2) * (dx && dy ? D : 1);
          if (nd < dist[v]) {
            dist[v] = nd;
            q.push(v, nd);
          }
        }
      }
    }
    let s = 0;
    for (let i = 0; i < N; i++) s += dist[i];
    return s;
  };
  const variants: Record<string, () => number> = {
    'ours (MinHeap, typed arrays, grows)': () => {
      const h = new MinHeap(Math.max(16, N)); // access-field.ts sizes it to the grid
      return spread(h, () => h.size, () => h.topKey());
    },
    [`flatqueue ${version('flatqueue')} (growable arrays)`]: () => {
      const q = new FlatQueue();
      return spread(q, () => q.length, () => q.peekValue());
    },
    [`flatqueue ${version('flatqueue')} (fixed typed arrays, capacity 8 × cells)`]: () => {
      const q = new FlatQueue(8 * N);
      return spread(q, () => q.length, () => q.peekValue());
    },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const sums: Record<string, number> = {};
  for (let r = 0; r < 9; r++) {
    for (const [k, f] of Object.entries(variants)) times[k].push(cpuMs(() => (sums[k] = f())));
  }
  console.log(`priority queue: least-cost spread over ${W} × ${H} cells from 13 origins, 9 rounds (first is warm-up, dropped), CPU ms`);
  for (const k of Object.keys(variants)) {
    const t = times[k].slice(1);
    console.log(`  ${k}: median ${median(t).toFixed(0)} ms (IQR ${iqr(t)}); sum of costs ${sums[k].toFixed(3)}`);
  }
}

// ---------------------------------------------------------------- 2. JSON error location
{
  const code = (c: number) => jsonc.printParseErrorCode(c) as string;
  const lineCol = (text: string, offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  const firstJsoncError = (text: string) => {
    const errors: { error: number; offset: number }[] = [];
    jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return errors[0];
  };
  const unitCases: string[] = ['{"a":1 "b":2}', '[1,2,]', '{"a":1,}', '{"a":\n', '{"a" 1}', '{a:1}', "{'a':1}", '[NaN]', '[-Infinity]', '// c\n{}', '["a\nb"]', '["a\tb"]', '["\\x"]', '[01]', '[1.]', '[1}', '{}\n{}', '[True]'];
  const files = ['missing-comma.geojson', 'trailing-comma.geojson', 'truncated.geojson', 'single-quotes.json', 'nan-literal.geojson', 'comment.json'];
  const cases = [...unitCases.map((t) => [JSON.stringify(t), t] as const), ...files.map((f) => [f, readFileSync(join('tests/fixtures/bad', f), 'utf8')] as const)];
  let samePlace = 0;
  let jsoncMissed = 0;
  console.log(`\nJSON errors: first problem found by ours and by jsonc-parser ${version('jsonc-parser')} (parse, comments and trailing commas disallowed)`);
  for (const [name, text] of cases) {
    const o = locateJsonError(text);
    const j = firstJsoncError(text);
    const jl = j ? lineCol(text, j.offset) : null;
    if (!j) jsoncMissed++;
    const same = o && jl && o.line === jl.line && o.column === jl.column;
    if (same) samePlace++;
    console.log(`  ${name.padEnd(26)} ours ${o ? `${o.problem} ${o.line}:${o.column}` : 'none'}  |  jsonc ${j ? `${code(j.error)} ${jl!.line}:${jl!.column}` : 'NO ERROR'}${same ? '' : '  ← differs'}`);
  }
  console.log(`  same line:column in ${samePlace} of ${cases.length}; jsonc-parser found no error in ${jsoncMissed}`);

  // Time on a large file: the counties GeoJSON repeated to ≈ 20 MB, one comma removed near the end.
  const one = readFileSync('geodata/web/counties.geojson', 'utf8');
  const fc = JSON.parse(one) as { features: unknown[] };
  const copies = Math.ceil(20e6 / one.length);
  let big = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: copies }, () => fc.features).flat() });
  const cut = big.lastIndexOf('],[');
  big = big.slice(0, cut + 1) + big.slice(cut + 2);
  const t = { ours: [] as number[], jsonc: [] as number[] };
  for (let r = 0; r < 5; r++) {
    t.ours.push(cpuMs(() => locateJsonError(big)));
    t.jsonc.push(cpuMs(() => firstJsoncError(big)));
  }
  const oBig = locateJsonError(big)!;
  const jBig = firstJsoncError(big);
  console.log(`  ${(big.length / 1e6).toFixed(1)} MB, comma removed at offset ${cut + 1}: ours ${oBig.problem} at ${oBig.offset} in ${median(t.ours).toFixed(0)} ms (IQR ${iqr(t.ours)}); jsonc-parser ${code(jBig.error)} at ${jBig.offset} in ${median(t.jsonc).toFixed(0)} ms (IQR ${iqr(t.jsonc)}) CPU, median of 5`);

  const bundle = (contents: string, resolveDir: string) =>
    gzipSync(buildSync({ stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', mainFields: ['module', 'main'] }).outputFiles[0].contents, { level: 9 }).length / 1024;
  const oursKb = bundle(`export { locateJsonError } from './src/core/import/json-error.ts';`, process.cwd());
  const jsoncKb = bundle(`export { parse, printParseErrorCode } from 'jsonc-parser';`, dir);
  console.log(`  bundle (esbuild, minified, gzip): ours ${oursKb.toFixed(1)} KB; jsonc-parser parse + printParseErrorCode ${jsoncKb.toFixed(1)} KB`);
}

// ---------------------------------------------------------------- 3. static server
{
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const sirv = (await import(pathToFileURL(resolveIn('sirv')).href)).default as any;
  const ours = await startServer('dist');
  const handler = sirv('dist', { brotli: true, gzip: true, etag: true, maxAge: 31536000, immutable: true });
  const theirs = createServer((req, res) => handler(req, res, () => res.writeHead(404).end('not found')));
  await new Promise<void>((ok) => theirs.listen(0, '127.0.0.1', () => ok()));
  const theirsUrl = `http://127.0.0.1:${(theirs.address() as { port: number }).port}/`;
  const html = readFileSync('dist/index.html', 'utf8');
  const firstLoad = ['', ...[...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1])];
  const fetchAll = async (base: string) => {
    let bytes = 0;
    for (const f of firstLoad) bytes += (await (await fetch(base + f, { headers: { 'accept-encoding': 'br' } })).arrayBuffer()).byteLength;
    return bytes;
  };
  const hashed = firstLoad.find((f) => /assets\/index-.*\.js$/.test(f))!;
  console.log(`\nstatic server: first-load files (${firstLoad.length}: index.html + what it references), Accept-Encoding: br`);
  for (const [name, base] of [['serve.mjs', ours.url], [`sirv ${version('sirv')}`, theirsUrl]] as const) {
    const a = await fetch(base + hashed, { headers: { 'accept-encoding': 'br' } });
    const b = await fetch(base, { headers: { 'accept-encoding': 'br' } });
    const missing = await fetch(base + 'assets/no-such-file.js');
    console.log(`  ${name}: ${hashed} → ${a.headers.get('content-encoding')}, cache-control "${a.headers.get('cache-control')}"; index.html → cache-control "${b.headers.get('cache-control')}"; missing file → ${missing.status}`);
  }
  const times: Record<string, number[]> = { 'serve.mjs': [], sirv: [] };
  let sent = 0;
  for (let r = 0; r < 6; r++) {
    for (const [name, base] of [['serve.mjs', ours.url], ['sirv', theirsUrl]] as const) {
      const t0 = performance.now();
      for (let k = 0; k < 40; k++) sent = await fetchAll(base);
      times[name].push(performance.now() - t0);
    }
  }
  for (const k of Object.keys(times)) console.log(`  ${k}: 40 × first load (${(sent / 1024).toFixed(0)} KB each) in median ${median(times[k].slice(1)).toFixed(0)} ms (IQR ${iqr(times[k].slice(1))}) wall, 5 rounds after a warm-up`);
  await ours.close();
  await new Promise<void>((ok) => theirs.close(() => ok()));
}
