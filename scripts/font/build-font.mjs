/**
 * The app's own font, so that Chinese labels do not depend on the machine's fonts (a projector PC or
 * a fresh machine without a CJK font would draw boxes). At build time (and when Vite or Vitest
 * starts) this collects every character the app can show — all text under src/ (i18n tables,
 * components, chapters), scripts/sources/*.json, geodata/web/* (names, including any new gazetteer
 * file) and the plan text geodata/plan/source/*.txt — and subsets Noto Sans SC (npm
 * @fontsource/noto-sans-sc, SIL OFL 1.1) to exactly those characters with subset-font (HarfBuzz):
 *   src/generated/fonts/wz-sans-cjk.woff2    every CJK character in that text (from the simplified-Chinese file)
 *   src/generated/fonts/wz-sans-latin.woff2  Latin, punctuation (from the Latin file)
 *   src/generated/fonts/wz-sans-xN.woff2     the few characters neither has (e.g. 峃, →), from fontsource's slices
 *   src/generated/fonts/manifest.json, fonts.css  the files with their unicode-range, for MapLibre and for CSS
 * New strings are picked up on the next build. The output is cached by a hash of the character
 * set, so an unchanged set costs only the scan. src/generated/ is not committed.
 *
 * Run alone: node scripts/font/build-font.mjs (prints the sizes and any character the font lacks).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const OUT = join(ROOT, 'src/generated/fonts');
const FONTS = join(ROOT, 'node_modules/@fontsource/noto-sans-sc/files');
/** The CSS family the UI uses and the MapLibre `text-font` name the style's font-faces answer to. */
export const FAMILY = 'WZ Sans';
/** Bump to rebuild the files when this script changes. */
const VERSION = '3';

/** Where the app's strings live; every file below these (by extension) is scanned. */
const SCAN = [
  ['src', /\.(ts|svelte|json)$/],
  ['scripts/sources', /\.json$/],
  ['geodata/web', /\.(geojson|json)$/],
  ['geodata/plan/source', /\.txt$/],
];

/** True for the characters the CJK file carries: CJK ideographs, CJK punctuation, full-width forms. */
export const isCjk = (cp) =>
  (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef);
/** The CSS/MapLibre unicode-range of the CJK file (the Latin file covers the rest). */
export const CJK_RANGES = ['U+2E80-9FFF', 'U+F900-FAFF', 'U+FE30-FE4F', 'U+FF00-FFEF'];

function* files(dir, pattern) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) yield* files(path, pattern);
    else if (pattern.test(name)) yield path;
  }
}

/** Every character in the app's strings, split into the CJK file's and the Latin file's. */
export function collectText(root = ROOT) {
  const cjk = new Set();
  const other = new Set();
  for (const [dir, pattern] of SCAN) {
    for (const path of files(join(root, dir), pattern)) {
      for (const ch of readFileSync(path, 'utf8')) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20) continue;
        (isCjk(cp) ? cjk : other).add(ch);
      }
    }
  }
  // Printable ASCII always (user input: search, import names, typed titles).
  for (let cp = 0x20; cp < 0x7f; cp++) other.add(String.fromCodePoint(cp));
  const sorted = (s) => [...s].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('');
  return { cjk: sorted(cjk), other: sorted(other) };
}

/** fontsource's slices of Noto Sans SC with their unicode-range (for characters outside the two main files). */
function slices() {
  const css = readFileSync(join(FONTS, '../400.css'), 'utf8');
  const out = [];
  for (const m of css.matchAll(/src: url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g)) {
    const ranges = m[2].split(',').map((r) => r.trim().slice(2).split('-').map((x) => parseInt(x, 16)));
    out.push({ file: m[1], covers: (cp) => ranges.some(([lo, hi]) => cp >= lo && cp <= (hi ?? lo)) });
  }
  return out;
}

/** Compact CSS unicode-range list of the code points in `text`. */
export function unicodeRanges(text) {
  const cps = [...new Set([...text].map((c) => c.codePointAt(0)))].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    const hex = (n) => n.toString(16).toUpperCase();
    out.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return out;
}

/** The space, in every file's range (see buildFont): what `document.fonts.load(font)` asks for. */
export const SPACE_RANGE = 'U+20';

/** Latin file's range: what fontsource declares for its Latin slice. */
export const LATIN_RANGES = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];

/**
 * Writes the subsets (when the character set changed), `manifest.json` (file → unicode-range, in
 * the order MapLibre should try them) and `fonts.css` (the same as @font-face rules for the UI).
 * @returns {Promise<{ files: { file: string, chars: number, bytes: number }[], missing: string, cached: boolean }>}
 */
export async function buildFont({ log = () => {} } = {}) {
  const { cjk, other } = collectText();
  const key = createHash('sha256').update(VERSION).update(cjk).update('\0').update(other).digest('hex').slice(0, 16);
  const manifestPath = join(OUT, 'manifest.json');
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (old.key === key && old.faces.every((f) => existsSync(join(OUT, f.file)))) return { ...old.stats, cached: true };
  }
  const { default: subsetFont } = await import('subset-font');
  /** Subsets `source` to `text`; returns the woff2 and the characters it really has. */
  const subset = async (source, text) => {
    const sfnt = await subsetFont(readFileSync(join(FONTS, source)), text, { targetFormat: 'sfnt' });
    const have = await cmap(sfnt);
    return { woff2: await subsetFont(sfnt, text, { targetFormat: 'woff2' }), have: [...text].filter((c) => have.has(c.codePointAt(0))).join('') };
  };
  // Every file also carries the space and claims U+0020 in its unicode-range: MapLibre waits for
  // `document.fonts.load(<the label font>)` before it draws a label glyph, and that loads every face
  // whose range covers the sample text, a space. So the map draws no label in a fallback font,
  // however late a file arrives, without the app holding the map back (MapView).
  const cjkFace = await subset('noto-sans-sc-chinese-simplified-400-normal.woff2', cjk + ' ');
  const latinFace = await subset('noto-sans-sc-latin-400-normal.woff2', other);
  const got = new Set([...cjkFace.have, ...latinFace.have]);
  // Characters neither main file has (a rare place-name character such as 峃, arrows, maths): one
  // small file per fontsource slice that carries them, covering exactly those characters.
  const extras = [];
  const left = [...cjk, ...other].filter((c) => !got.has(c));
  const bySlice = new Map();
  for (const ch of left) {
    const slice = slices().find((s) => s.covers(ch.codePointAt(0)) && !s.file.includes('-latin-'));
    if (slice) bySlice.set(slice.file, (bySlice.get(slice.file) ?? '') + ch);
  }
  for (const [file, text] of bySlice) {
    const face = await subset(file, text + ' ');
    face.have = face.have.replace(/ /g, '');
    if (face.have) extras.push({ file: `wz-sans-x${extras.length + 1}.woff2`, woff2: face.woff2, text: face.have });
    for (const c of face.have) got.add(c);
  }
  const missing = left.filter((c) => !got.has(c) && c.codePointAt(0) > 0x7f).join('');
  const faces = [
    ...extras.map((x) => ({ file: x.file, woff2: x.woff2, ranges: [SPACE_RANGE, ...unicodeRanges(x.text)], chars: [...x.text].length })),
    { file: 'wz-sans-cjk.woff2', woff2: cjkFace.woff2, ranges: [SPACE_RANGE, ...CJK_RANGES], chars: [...cjkFace.have.replace(/ /g, '')].length },
    // Last: of the faces that claim the space, the browser draws it with the last one declared; the
    // Latin file's then, as before every file claimed it, so a Latin text is one run in one font.
    { file: 'wz-sans-latin.woff2', woff2: latinFace.woff2, ranges: LATIN_RANGES, chars: [...latinFace.have].length },
  ];
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const f of faces) writeFileSync(join(OUT, f.file), f.woff2);
  const stats = { files: faces.map((f) => ({ file: f.file, chars: f.chars, bytes: f.woff2.length })), missing };
  writeFileSync(manifestPath, JSON.stringify({ key, family: FAMILY, faces: faces.map((f) => ({ file: f.file, ranges: f.ranges })), stats }, null, 1));
  writeFileSync(
    join(OUT, 'fonts.css'),
    `/* Generated by scripts/font/build-font.mjs from Noto Sans SC (SIL OFL 1.1): only the characters the app shows. */\n` +
      faces
        .map((f) => `@font-face {\n  font-family: '${FAMILY}';\n  font-style: normal;\n  font-weight: 400;\n  font-display: swap;\n  src: url('./${f.file}') format('woff2');\n  unicode-range: ${f.ranges.join(', ')};\n}\n`)
        .join(''),
  );
  log(`font: ${faces.map((f) => `${f.file} ${f.chars} chars ${(f.woff2.length / 1024).toFixed(0)} KB`).join('; ')}${missing ? `; no glyph anywhere in Noto Sans SC for: ${missing}` : ''}`);
  return { ...stats, cached: false };
}

/** The code points a font has glyphs for. */
async function cmap(sfnt) {
  // harfbuzzjs comes with subset-font (it is its HarfBuzz); read the font's character map.
  const hb = await import('harfbuzzjs');
  const blob = new hb.Blob(sfnt);
  const face = new hb.Face(blob, 0);
  const have = new Set(face.collectUnicodes());
  face.destroy?.();
  blob.destroy?.();
  return have;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const r = await buildFont({ log: console.log });
  console.log(JSON.stringify(r), `${Date.now() - t0} ms`);
}
