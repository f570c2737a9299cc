/**
 * The app's own font (Noto Sans SC cut to the characters the app shows, generated at build time by
 * scripts/font/build-font.mjs into src/generated/fonts/): the same glyphs on every machine, with or
 * without a CJK font installed. The UI gets it through src/generated/fonts/fonts.css (imported in
 * main.ts); the map gets it through the style's `font-faces`, under the `text-font` name APP_FONT.
 */
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

/** CSS family and MapLibre `text-font` name of the app's font. */
export const APP_FONT = 'WZ Sans';

interface Manifest {
  family: string;
  faces: { file: string; ranges: string[] }[];
}

// Globs, not plain imports: the files exist only after the generator ran (Vite/Vitest start it).
const manifests = import.meta.glob<Manifest>('../../generated/fonts/manifest.json', { eager: true, import: 'default' });
const urls = import.meta.glob<string>('../../generated/fonts/*.woff2', { eager: true, query: '?url', import: 'default' });

/** The files in the order MapLibre should try them, each with its resolved URL and unicode-range. */
export function fontFiles(): { url: string; ranges: string[] }[] {
  const manifest = Object.values(manifests)[0];
  if (!manifest) return [];
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  return manifest.faces.flatMap((f) => {
    const url = urls[`../../generated/fonts/${f.file}`];
    return url ? [{ url: base ? new URL(url, base).href : url, ranges: f.ranges }] : [];
  });
}

/** The style's `font-faces`: APP_FONT → the generated files (MapLibre fetches each only when it draws a character it covers). */
export function fontFaces(): FontFacesSpecification {
  return { [APP_FONT]: fontFiles().map((f) => ({ url: f.url, 'unicode-range': f.ranges })) };
}
