/** fontverter (a dependency of subset-font; the font test reads the generated WOFF2 through it). */
declare module 'fontverter' {
  export function convert(font: Uint8Array, to: 'truetype' | 'sfnt' | 'woff' | 'woff2', from?: string): Promise<Buffer>;
}
