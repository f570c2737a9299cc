/**
 * Which Chromium the tests (and `npm run bench:load`) drive, in this order:
 * 1. `CHROMIUM_PATH` when set (no probe: the caller asked for it);
 * 2. the system Chromium (`/usr/bin/chromium`) when it is present AND starts (`--version` answers);
 * 3. the headless Chromium inside the npm package `@sparticuz/chromium` (a devDependency, so
 *    `npm ci` brings it): unpacked to the temp dir on first use (≈ 1–2 s), WebGL on SwiftShader.
 * Plain JS so that scripts/run-tests.mjs and scripts/bench-load.mjs share it with the e2e helpers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM = '/usr/bin/chromium';
/** Software WebGL: every choice below runs on SwiftShader (no GPU on CI or in a container). */
const SOFTWARE_GL = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

/** True when `path --version` exits 0 within 20 s and names Chromium/Chrome. */
export function browserStarts(path) {
  if (!existsSync(path)) return false;
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0 && /chrom/i.test(r.stdout ?? '');
}

/** @type {Promise<{ executablePath: string, args: string[], source: string }> | undefined} */
let found;

/**
 * @returns {Promise<{ executablePath: string, args: string[], source: string }>}
 *   `args` are the launch switches that choice needs (the caller adds its own after them).
 */
export function findBrowser() {
  found ??= (async () => {
    const override = process.env.CHROMIUM_PATH;
    if (override) return { executablePath: override, args: ['--no-sandbox', ...SOFTWARE_GL], source: 'CHROMIUM_PATH' };
    if (browserStarts(SYSTEM)) return { executablePath: SYSTEM, args: ['--no-sandbox', ...SOFTWARE_GL], source: 'system' };
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const executablePath = await sparticuz.executablePath();
    // Its args minus --disable-features (that would replace Playwright's own list) and
    // --disable-web-security (the CSP and off-host checks must see what a real browser does).
    // Also minus --single-process, --in-process-gpu and --no-zygote (made for AWS Lambda): in one
    // process a 3D-terrain screenshot or a long presenter run stalled past 30 s and took the
    // browser down with it; a normal multi-process browser runs them as the system one does.
    const LAMBDA_ONLY = new Set(['--single-process', '--in-process-gpu', '--no-zygote', '--disable-web-security']);
    const args = sparticuz.args.filter((a) => !a.startsWith('--disable-features=') && !LAMBDA_ONLY.has(a) && !a.startsWith('--headless'));
    return { executablePath, args: [...args, ...SOFTWARE_GL], source: '@sparticuz/chromium' };
  })();
  return found;
}
