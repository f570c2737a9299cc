import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { injectCspMeta } from './src/core/security/csp.ts';
import { buildFont } from './scripts/font/build-font.mjs';

/** Build only: writes the strict Content-Security-Policy (src/core/security/csp.ts) into dist/index.html. The dev server keeps Vite's inline HMR client working. */
function contentSecurityPolicy(): Plugin {
  return { name: 'wz-csp', apply: 'build', transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html) } };
}

/**
 * The app's own font (scripts/font/build-font.mjs): regenerated from the app's strings whenever Vite
 * or Vitest starts (cached by character set). In the build, index.html also preloads the main font
 * files and the web GeoJSON the app fetches at start, so both load while the JS is still loading.
 */
function appFont(): Plugin {
  return {
    name: 'wz-font',
    async config() {
      await buildFont({ log: (m: string) => console.log(m) });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const fonts = Object.keys(ctx.bundle).filter((f) => /\/wz-sans-(cjk|latin)-[\w-]+\.woff2$/.test(f));
        // The web GeoJSON the entry chunk fetches at start (src/app/data/): fetched while the JS loads.
        const entry = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry);
        const imported = entry?.type === 'chunk' ? [...(entry.viteMetadata?.importedAssets ?? [])] : [];
        const data = imported.filter((f) => {
          const asset = ctx.bundle?.[f];
          // Not the files MapLibre's worker fetches itself by URL (rivers, estuaries, towns: basemap-assets.ts):
          // a worker's fetch cannot use the page's preload, so each of them was downloaded twice.
          return asset?.type === 'asset' && asset.originalFileNames.some((n) => /^geodata\/web\/.+\.(geo)?json$/.test(n) && !/^geodata\/web\/(rivers|estuaries|townships)\./.test(n));
        });
        const links = [
          ...fonts.map((f) => `<link rel="preload" href="./${f}" as="font" type="font/woff2" crossorigin>`),
          ...data.map((f) => `<link rel="preload" href="./${f}" as="fetch" crossorigin>`),
        ].join('\n    ');
        return html.replace('</title>', `</title>\n    ${links}`);
      },
    },
  };
}

/**
 * Build only: writes `.br` and `.gz` beside every compressible file of dist/ (scripts/serve.mjs
 * sends them when the browser accepts them). Brotli at quality 9: 11 saves ≈ 5 % more and takes
 * ten times as long, on every test build.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'wz-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    writeBundle() {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
      for (const file of walk(outDir)) {
        if (!/\.(html|js|mjs|css|json|geojson|svg)$/.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * `virtual:wz-outcome-status`: plan id → status from scripts/sources/plan-outcomes.json, without the
 * texts and sources (src/core/plan/outcome-status.ts): the first screen needs only the statuses, so
 * the whole file (≈ 10 KB gzip) stays in the chunks that show it.
 */
function outcomeStatuses(): Plugin {
  const id = 'virtual:wz-outcome-status';
  const file = 'scripts/sources/plan-outcomes.json';
  return {
    name: 'wz-outcome-status',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      this.addWatchFile(file);
      const { projects } = JSON.parse(readFileSync(file, 'utf8')) as { projects: Record<string, { status: string }> };
      return `export default ${JSON.stringify(Object.fromEntries(Object.entries(projects).map(([k, v]) => [k, v.status])))};`;
    },
  };
}

// base './' so that dist/ works from any sub-path and from a USB stick served by any static server.
export default defineConfig({
  base: './',
  plugins: [appFont(), outcomeStatuses(), svelte(), contentSecurityPolicy(), precompress()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Module workers are strict about MIME types; some static servers send .mjs wrongly.
        assetFileNames: (info) =>
          (info.names?.[0] ?? '').endsWith('.mjs') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
