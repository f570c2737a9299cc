import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TARGET_STRINGS } from './targets';

const COMPONENTS = ['src/ui/panels/TargetsPanel.svelte', 'src/ui/panels/TargetsTable.svelte', 'src/ui/common/BarChart.svelte'];
const source = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The markup of a component: without <script> and <style>, and with every {…} expression removed. */
function markupText(svelte: string): string {
  let s = svelte.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  // Strip {…} blocks, innermost first, so template literals inside expressions go too.
  for (let prev = ''; prev !== s; ) [prev, s] = [s, s.replace(/\{[^{}]*\}/g, ' ')];
  return s.replace(/<!--[\s\S]*?-->/g, ' ');
}

describe('targets dashboard strings', () => {
  it('has a non-empty Chinese and English text for every key, the Chinese one in Chinese', () => {
    for (const [key, v] of Object.entries(TARGET_STRINGS)) {
      expect(v.zh.trim(), `${key}.zh`).not.toBe('');
      expect(v.en.trim(), `${key}.en`).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(v.en), `${key}.en has Chinese`).toBe(false);
    }
  });

  it('defines every key that the dashboard components look up', () => {
    const used = new Set<string>();
    for (const path of COMPONENTS) for (const m of source(path).matchAll(/\bt\(TARGET_STRINGS,\s*(?:[^,()]*\?\s*)?'([A-Za-z0-9]+)'(?:\s*:\s*'([A-Za-z0-9]+)')?/g)) {
      used.add(m[1]);
      if (m[2]) used.add(m[2]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(Object.keys(TARGET_STRINGS), `t(TARGET_STRINGS, '${key}') in a component`).toContain(key);
  });

  it('leaves no hard-coded words in the components’ markup (all visible text goes through t(TARGET_STRINGS, …) or the data)', () => {
    for (const path of COMPONENTS) {
      const text = markupText(source(path))
        .replace(/<[^>]*>/g, ' ')
        .split(/\s+/)
        .filter((w) => /[A-Za-z\u4e00-\u9fff]/.test(w));
      expect(text, path).toEqual([]);
    }
  });

  it('keeps no attribute text a person would read (aria-label, title, alt, placeholder) hard-coded', () => {
    for (const path of COMPONENTS) {
      const hard = [...markupText(source(path)).matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g)].filter((m) => /[A-Za-z\u4e00-\u9fff]/.test(m[2]));
      expect(hard.map((m) => m[0]), path).toEqual([]);
    }
  });
});
