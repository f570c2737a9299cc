/**
 * Copies the Wenzhou S1/S2 station list out of the public "地铁图" mini-program source
 * github.com/metromancn/MetroMapOpenMiniProgram src/data/wz.js (MIT licence, commit 087310a)
 * into scripts/sources/metroman-wz-extract.json, verbatim (one row per station: name, lat, lng as
 * the file writes them), so the build never fetches.
 * Datum: GCJ-02. The app measures the distance from each station to the phone's position, which it
 * asks for with `wx.getLocation({ type: 'gcj02' })` (src/pages/station/station.js), so the station
 * pairs are GCJ-02; build-rail-stations.ts converts them with gcoord.
 * Run once with a local clone:
 *   git -C <clone> show 087310aa159d44583cc5fef240466439570dbd62:src/data/wz.js > /tmp/wz.js
 *   npx tsx scripts/extract-metroman-wz.ts /tmp/wz.js
 */
import { readFileSync } from 'node:fs';
import { fromRoot, writeJson } from './lib/io';

export const METROMAN_WZ =
  'https://github.com/metromancn/MetroMapOpenMiniProgram/blob/087310aa159d44583cc5fef240466439570dbd62/src/data/wz.js';

if (process.argv[1] && /extract-metroman-wz\.ts$/.test(process.argv[1])) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npx tsx scripts/extract-metroman-wz.ts <wz.js>');
  const text = readFileSync(path, 'utf8');
  const rows = [...text.matchAll(/name: '([^']+)'.*?lat: '([\d.]+)', lng: '([\d.]+)'/g)].map((m) => `${m[1]},${m[2]},${m[3]}`);
  const lines = [...text.matchAll(/name: '(S\d线)'.*?stations: \[([^\]]+)\]/g)].map((m) => `${m[1]}: ${m[2].trim()}`);
  if (rows.length < 30) throw new Error(`only ${rows.length} station rows found`);
  writeJson(fromRoot('scripts/sources/metroman-wz-extract.json'), {
    generator: 'scripts/extract-metroman-wz.ts',
    source: METROMAN_WZ,
    licence: 'MIT (LICENSE of github.com/metromancn/MetroMapOpenMiniProgram, © 2019 metromancn)',
    datum: 'GCJ-02 (the app compares these pairs with wx.getLocation({ type: "gcj02" }), src/pages/station/station.js)',
    header: 'name,lat,lng',
    lines,
    rows,
  });
  console.log(`metroman-wz-extract.json: ${rows.length} rows`);
}
