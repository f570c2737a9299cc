#!/usr/bin/env node
/**
 * `npm test`: validates the geodata, type-checks (svelte-check), builds the app, runs every Vitest project (unit + e2e in
 * Chromium) and ends with the plain line `N passed, N failed` that CI reads. The browser is found by
 * tests/e2e/helpers/find-browser.mjs (CHROMIUM_PATH, else a system Chromium that starts, else the
 * one the npm package @sparticuz/chromium brings, unpacked here once before the tests start).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from '../tests/e2e/helpers/find-browser.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
try {
  const browser = await findBrowser();
  console.log(`browser for the end-to-end tests: ${browser.executablePath} (${browser.source})`);
} catch (e) {
  console.error(`✗ no browser for the end-to-end tests: ${e instanceof Error ? e.message : e}\n  Set CHROMIUM_PATH to a Chromium, or run npm ci (it brings @sparticuz/chromium).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const results = '.vitest-results.json';
rmSync(results, { force: true });
let status = run('npx', ['tsx', 'scripts/validate-geodata.ts']);
if (status === 0) status = run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human']);
if (status === 0) status = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (status === 0) status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}`]);

let passed = 0;
let failed = status === 0 ? 0 : 1;
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  passed = r.numPassedTests;
  // A file that fails to load has no failing test of its own: count it once.
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length;
  failed = r.numFailedTests + brokenFiles + (status !== 0 && r.numFailedTests + brokenFiles === 0 ? 1 : 0);
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
} else {
  console.log(`${passed} passed, ${failed} failed`);
}
process.exit(status === 0 && failed === 0 ? 0 : 1);
