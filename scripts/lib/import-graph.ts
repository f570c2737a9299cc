/**
 * The app's import graph from its source text (no bundler): every `import … from`, `export … from`,
 * side-effect `import '…'`, dynamic `import('…')`, `new URL('…', import.meta.url)` and
 * `import.meta.glob('…')` in `.ts`/`.svelte` files, relative ones resolved to repository paths.
 * Used by the architecture test (tests/unit/architecture.test.ts) and `npx tsx scripts/import-graph.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export interface ImportEdge {
  /** Importing file, repository-relative with `/`. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** Repository-relative target for a relative specifier (query stripped), else null (a package). */
  to: string | null;
  /** `import type` / `export type`: erased at build time. */
  typeOnly: boolean;
  /** `import('…')`: a chunk loaded on demand. */
  dynamic: boolean;
}

const SOURCE = /\.(ts|svelte)$/;

/** Source files (`.ts`, `.svelte`) under `dir` (repository-relative), recursively, sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = posix.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Every import of one file (relative targets resolved against the repository root). */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = stripComments(readFileSync(join(root, file), 'utf8'));
  const edges: ImportEdge[] = [];
  const add = (spec: string, typeOnly: boolean, dynamic: boolean) =>
    edges.push({ from: file, spec, to: spec.startsWith('.') ? resolveSpec(root, file, spec) : null, typeOnly, dynamic });
  for (const m of text.matchAll(/(?:^|[;\n}])\s*(import|export)(\s+type)?\s+[^;'"]*?\sfrom\s*['"]([^'"]+)['"]/g)) add(m[3], !!m[2], false);
  for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) add(m[1], false, false);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1], false, true);
  for (const m of text.matchAll(/new URL\(\s*['"](\.[^'"]*[^/'"])['"]\s*,\s*import\.meta\.url/g)) add(m[1], false, false);
  for (const m of text.matchAll(/import\.meta\.glob\(\s*['"](\.[^'"]+)['"]/g)) add(m[1], false, false);
  return edges;
}

/** The file a relative specifier names, repository-relative (extension and `/index` tried as the bundler does). */
export function resolveSpec(root: string, from: string, spec: string): string {
  const bare = spec.replace(/\?.*$/, '');
  const base = posix.normalize(posix.join(posix.dirname(from), bare));
  for (const c of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(join(root, c)) && statSync(join(root, c)).isFile()) return c;
  }
  return base;
}

/** Files on an import cycle (static imports, `import type` included: a type cycle still ties two modules together), each cycle once as a path. */
export function findCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.to && !e.dynamic && !next.get(e.from)?.includes(e.to)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const cycles: string[][] = [];
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of next.get(n) ?? []) {
      if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of [...next.keys()].sort()) if (!state.has(n)) visit(n);
  return cycles;
}

/** Repository-relative path with `/` (for messages). */
export const repoPath = (root: string, abs: string): string => relative(root, abs).split('\\').join('/');

/** Comments out (block and line), strings kept: a `//` inside a quoted URL stays. */
function stripComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}
