import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { injectCspMeta } from './src/lib/security/csp.ts';
import { buildFont } from './scripts/font/build-font.mjs';

/** Build only: writes the strict Content-Security-Policy (src/lib/security/csp.ts) into dist/index.html. The dev server keeps Vite's inline HMR client working. */
function contentSecurityPolicy(): Plugin {
  return { name: 'wz-csp', apply: 'build', transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html) } };
}

/**
 * The app's own font (scripts/font/build-font.mjs): regenerated from the app's strings whenever Vite
 * or Vitest starts (cached by character set), and in the build the main files are preloaded so the
 * first frame's labels do not wait for the CSS to ask for them.
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
        const files = Object.keys(ctx.bundle).filter((f) => /\/wz-sans-(cjk|latin)-[\w-]+\.woff2$/.test(f));
        const links = files.map((f) => `<link rel="preload" href="./${f}" as="font" type="font/woff2" crossorigin>`).join('\n    ');
        return html.replace('</title>', `</title>\n    ${links}`);
      },
    },
  };
}

// base './' so that dist/ works from any sub-path and from a USB stick served by any static server.
export default defineConfig({
  base: './',
  plugins: [appFont(), svelte(), contentSecurityPolicy()],
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
