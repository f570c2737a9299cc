/**
 * The app's font covers what the app shows: checked against the generated files' own character
 * maps (read with HarfBuzz, independently of the generator's bookkeeping), and new strings in a
 * new geodata file are picked up without touching the generator.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFont, collectText } from './build-font.mjs';

const OUT = 'src/generated/fonts';

/** Code points in a woff2 file's cmap. */
async function cmap(file: string): Promise<Set<number>> {
  const fontverter = await import('fontverter');
  const hb = (await import('harfbuzzjs')) as unknown as { Blob: new (b: Uint8Array) => unknown; Face: new (b: unknown, i: number) => { collectUnicodes(): Uint32Array } };
  const sfnt = await fontverter.convert(readFileSync(file), 'truetype');
  return new Set(new hb.Face(new hb.Blob(sfnt), 0).collectUnicodes());
}

describe('the app font', () => {
  it('has a glyph for every Chinese character of the map labels and the UI', async () => {
    await buildFont();
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as { faces: { file: string }[] };
    const covered = new Set<number>();
    for (const f of manifest.faces) for (const cp of await cmap(join(OUT, f.file))) covered.add(cp);
    const names = ['counties', 'context', 'plan'].flatMap((n) =>
      (JSON.parse(readFileSync(`geodata/web/${n}.geojson`, 'utf8')) as { features: { properties: Record<string, unknown> }[] }).features.map((f) => String(f.properties.name_zh ?? '')),
    );
    const ui = readFileSync('src/core/i18n/i18n.ts', 'utf8');
    const chinese = [...new Set([...names.join(''), ...ui].filter((c) => /\p{Script=Han}/u.test(c)))];
    expect(chinese.length).toBeGreaterThan(300);
    expect(chinese.filter((c) => !covered.has(c.codePointAt(0)!))).toEqual([]);
    // And the cut is a cut: far fewer glyphs than the ≈ 7 000 of the simplified-Chinese file.
    expect((await cmap(join(OUT, 'wz-sans-cjk.woff2'))).size).toBeLessThan(3000);
  });

  it('puts the space in every file and its unicode-range (what document.fonts.load(font) asks for, so MapLibre loads every file before its first label glyph)', async () => {
    await buildFont();
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as { faces: { file: string; ranges: string[] }[] };
    const coversSpace = (r: string) => {
      const [lo, hi] = r.slice(2).split('-').map((x) => parseInt(x, 16));
      return lo <= 0x20 && 0x20 <= (hi ?? lo);
    };
    expect(manifest.faces.length).toBeGreaterThanOrEqual(3);
    for (const f of manifest.faces) {
      expect(f.ranges.some(coversSpace), f.file).toBe(true);
      expect((await cmap(join(OUT, f.file))).has(0x20), f.file).toBe(true);
    }
    const css = readFileSync(join(OUT, 'fonts.css'), 'utf8');
    expect(css.match(/unicode-range: [^;]*U\+(20|0000-00FF)\b/g)).toHaveLength(manifest.faces.length);
  });

  it('picks up the names of a new web geodata file on its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'wz-font-'));
    try {
      mkdirSync(join(root, 'geodata/web'), { recursive: true });
      writeFileSync(join(root, 'geodata/web/townships.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name_zh: '峃口镇' }, geometry: null }] }));
      const { cjk } = collectText(root);
      expect([...'峃口镇'].every((c) => cjk.includes(c))).toBe(true);
      expect(cjk).not.toContain('温'); // nothing else in that root says 温
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
