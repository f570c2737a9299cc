import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;
const JS = 'console.log("温州");\n'.repeat(200);

/** Raw response (node:http does not decode, unlike fetch). */
function request(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(server.url + path, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wz-serve-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets/index-Ab12_-Cd.js'), JS);
  writeFileSync(join(root, 'assets/index-Ab12_-Cd.js.br'), brotliCompressSync(JS));
  writeFileSync(join(root, 'assets/index-Ab12_-Cd.js.gz'), gzipSync(JS));
  writeFileSync(join(root, 'assets/plain.js'), JS);
  server = await startServer(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('sends the precompressed file the browser accepts, brotli first', async () => {
    const br = await request('assets/index-Ab12_-Cd.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(brotliCompressSync(JS))).toBe(true);
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const gz = await request('assets/index-Ab12_-Cd.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(gzipSync(JS))).toBe(true);
    const refused = await request('assets/index-Ab12_-Cd.js', 'br;q=0, gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const none = await request('assets/index-Ab12_-Cd.js');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(JS);
    for (const r of [br, gz, none]) expect(r.headers.vary).toBe('accept-encoding');
  });

  it('lets the browser keep hashed files for a year and revalidate the rest', async () => {
    expect((await request('assets/index-Ab12_-Cd.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request('assets/plain.js', 'br')).headers['cache-control']).toBe('no-cache');
    expect((await request('', 'br')).headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing file and 403 outside the root', async () => {
    expect((await request('assets/missing-Ab12_-Cd.js')).status).toBe(404);
    expect((await request('..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });
});
