/**
 * The layers of ARCHITECTURE.md, checked on the import graph (scripts/lib/import-graph.ts reads the
 * import statements of every .ts/.svelte file under src/):
 *   src/core  pure TypeScript: no Svelte, no MapLibre, no DOM, no app state, no Vite-only asset import;
 *             runs in Node tests, in the workers and in scripts alike;
 *   src/app   state (rune classes), the link, data loaders, workers: no UI, no MapLibre at run time;
 *   src/ui    Svelte components and the MapLibre glue.
 * Also: no import cycle between files, and the folders (src/core/plan, src/app/link, src/ui/map …)
 * form a graph without cycles, so every folder has a place in one order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf, sourceFiles, type ImportEdge } from '../../scripts/lib/import-graph';

const ROOT = new URL('../../', import.meta.url).pathname;
const files = sourceFiles(ROOT, 'src');
const edges = files.flatMap((f) => importsOf(ROOT, f));
const isTest = (f: string) => /\.test\.ts$/.test(f) || f.includes('/test/');
const layer = (f: string) => f.split('/')[1];
const show = (e: ImportEdge) => `${e.from} → ${e.to ?? e.spec}`;

describe('import boundaries', () => {
  it('reads the whole tree (the parser finds the imports it should)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(edges.filter((e) => e.dynamic).length).toBeGreaterThan(10);
    expect(edges.some((e) => e.from === 'src/main.ts' && e.to === 'src/ui/App.svelte')).toBe(true);
  });

  it('has every source file in one of the three layers', () => {
    const stray = files.filter((f) => !['core', 'app', 'ui'].includes(layer(f)) && !['src/main.ts', 'src/vite-env.d.ts'].includes(f) && !f.startsWith('src/types/'));
    expect(stray).toEqual([]);
  });

  it('keeps the core free of Svelte, MapLibre, app state, UI and Vite-only asset imports', () => {
    const bad = edges.filter((e) => {
      if (layer(e.from) !== 'core') return false;
      // A test may read what it checks against: an app module, a build script, data.
      if (e.to) return !e.to.startsWith('src/core/') && !isTest(e.from) && !(e.to.startsWith('scripts/sources/') && e.to.endsWith('.json')) && !e.to.startsWith('geodata/');
      return /^svelte(\/|$)|^maplibre-gl(\/|$)/.test(e.spec) || /\?(url|raw|worker)/.test(e.spec);
    });
    expect(bad.map(show)).toEqual([]);
    expect(files.filter((f) => layer(f) === 'core' && /\.svelte(\.ts)?$/.test(f))).toEqual([]);
  });

  it('keeps the core free of the DOM and of runes (it runs in Node and in workers)', () => {
    const dom = /\b(document|window|localStorage|sessionStorage|navigator|location|requestAnimationFrame)\s*[.(]|\$(state|derived|effect)\b/;
    const bad = files.filter((f) => layer(f) === 'core' && !isTest(f)).filter((f) => dom.test(readFileSync(ROOT + f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')));
    expect(bad).toEqual([]);
  });

  it('keeps app state free of the UI and of MapLibre at run time', () => {
    const bad = edges.filter((e) => layer(e.from) === 'app' && ((e.to && layer(e.to) === 'ui') || (!e.typeOnly && /^maplibre-gl(\/|$)/.test(e.spec))));
    expect(bad.map(show)).toEqual([]);
  });

  it('lets the UI reach data only through src/app/data or the core (no file of scripts/ or geodata/)', () => {
    const bad = edges.filter((e) => layer(e.from) === 'ui' && e.to && !e.to.startsWith('src/'));
    expect(bad.map(show)).toEqual([]);
  });

  it('has no import cycle between files (type imports included)', () => {
    expect(findCycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no cycle between folders (no back-edge: each folder only imports folders below it)', () => {
    const folder = (f: string) => f.split('/').slice(0, 3).join('/').replace(/\.(svelte|ts)$/, '');
    const folderEdges = edges
      .filter((e) => e.to?.startsWith('src/') && !isTest(e.from) && folder(e.from) !== folder(e.to))
      .map((e) => ({ ...e, from: folder(e.from), to: folder(e.to!), dynamic: false, typeOnly: false }));
    expect(findCycles(folderEdges).map((c) => c.join(' → '))).toEqual([]);
  });
});
