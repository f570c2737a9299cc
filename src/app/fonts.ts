/**
 * The app's own font (Noto Sans SC cut to the characters the app shows, generated at build time by
 * scripts/font/build-font.mjs into src/generated/fonts/): the same glyphs on every machine, with or
 * without a CJK font installed. It is declared once, as CSS @font-face rules with unicode-range
 * (src/generated/fonts/fonts.css, imported in main.ts; index.html preloads the two main files), and
 * used by the UI and by the map alike: MapLibre draws labels with the browser's fonts when the style
 * has no `glyphs`, and the labels' `text-font` starts with APP_FONT (theme.ts LABEL_FONT).
 */

/** CSS family of the app's font (also the first `text-font` name of every label layer). */
export const APP_FONT = 'WZ Sans';

/**
 * Resolves once every file of the app's font is loaded (or after `timeoutMs`, so that a missing
 * font never holds the map back: the machine's fonts stand in). The map is created after this, so
 * MapLibre never rasterises a label glyph with a fallback font and caches it. MapLibre's own wait
 * (`document.fonts.load` of the family) only loads the face that covers a space: the Latin file.
 */
export function fontsReady(timeoutMs = 4000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === APP_FONT);
  const loaded = Promise.all(faces.map((f) => f.load().catch(() => null))).then(() => undefined);
  return Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
