/**
 * Copies the rows of the stations this map uses out of the public station table
 * github.com/listenzcc/China-rail-way-stations-data raw/cnstation.csv (commit 031a6c8; its readme:
 * "Station data from heywhale https://www.heywhale.com/mw/dataset/600555c17ed5ab0015f00244/file")
 * into scripts/sources/cnstation-extract.json, verbatim (header + rows), so the build never fetches.
 * The rows carry GCJ-02 (lng火星/lat火星), WGS-84 and BD-09 columns; build-rail-stations.ts converts
 * the GCJ-02 pair with gcoord and checks it against the WGS-84 pair.
 * Run once with a local copy of the file:
 *   git -C <clone> show 031a6c8:raw/cnstation.csv > /tmp/cnstation.csv
 *   npx tsx scripts/extract-cnstation.ts /tmp/cnstation.csv
 */
import { readFileSync } from 'node:fs';
import { fromRoot, writeJson } from './lib/io';

/** Names as the dataset spells them (c. 2021: 鳌江 = today's 平阳, 永嘉 = 温州北, 绅坊 = 乐清东; 台州站 = 台州西). */
export const WANTED = ['温州站', '温州南站', '瑞安站', '鳌江站', '苍南站', '青田站', '永嘉站', '绅坊站', '乐清站', '雁荡山站', '丽水站', '台州站', '温岭站', '福鼎'];

if (process.argv[1] && /extract-cnstation\.ts$/.test(process.argv[1])) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npx tsx scripts/extract-cnstation.ts <cnstation.csv>');
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0];
  const rows = WANTED.map((name) => {
    const hits = lines.filter((l) => l.split(',')[0] === name);
    if (hits.length !== 1) throw new Error(`${name}: ${hits.length} rows`);
    return hits[0];
  });
  writeJson(fromRoot('scripts/sources/cnstation-extract.json'), {
    generator: 'scripts/extract-cnstation.ts',
    source: 'https://github.com/listenzcc/China-rail-way-stations-data/blob/031a6c8ae0fbba6475d6ac50bc607a09d27fff71/raw/cnstation.csv',
    origin: 'readme of that repository: "Station data from heywhale https://www.heywhale.com/mw/dataset/600555c17ed5ab0015f00244/file"; the repository states no licence — rows copied for reference with credit',
    datumColumns: { 'lng火星,lat火星': 'GCJ-02', 'WGS84_Lng,WGS84_Lat': 'WGS-84', 'BD_Lng,BD_Lat': 'BD-09' },
    header,
    rows,
  });
  console.log(`cnstation-extract.json: ${rows.length} rows`);
}
