#!/usr/bin/env node
/**
 * A plain static file server for dist/ (no dependencies): what a presenter runs from a USB stick,
 * `node scripts/serve.mjs dist [port]`, and what the end-to-end tests serve the build with.
 * Binds 127.0.0.1 only; answers 404 for missing files (unlike `vite preview`); sends the right
 * MIME type for .js/.mjs (module workers are strict) and .geojson. Sends the `.br` / `.gz` file the
 * build wrote beside a file when the browser accepts that encoding, and lets the browser keep
 * content-hashed files (`name-HASH.ext`) for a year; everything else is revalidated (no-cache).
 * No dependencies (not sirv): a presenter copies this one file and dist/ onto a USB stick.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Vite's content-hashed output: `assets/name-HASH.ext` (HASH: 8 base64url characters). */
const HASHED = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** The precompressed sibling to send for `file`, if the request accepts one and it exists. */
function encoded(file, acceptEncoding = '') {
  const accepts = (name) => new RegExp(`(^|[\\s,])${name}(?!;q=0(\\.0*)?(\\s|,|$))`).test(acceptEncoding);
  for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepts(name) && existsSync(file + ext)) return { encoding: name, path: file + ext };
  }
  return null;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { url, close }.
 * @param {string} dir
 * @param {number} [port]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
      const pre = encoded(file, String(req.headers['accept-encoding'] ?? ''));
      const body = pre?.path ?? file;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': statSync(body).size,
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
      };
      if (pre) headers['content-encoding'] = pre.encoding;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(body).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      ok({ url: `http://127.0.0.1:${actual}/`, port: actual, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
  startServer(dir, port).then(({ url }) => console.log(`温州都市区地图 / Wenzhou plan map: ${url}  (Ctrl+C to stop)`));
}
