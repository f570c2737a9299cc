/**
 * Copies the rows the township gazetteer needs out of a local clone of GitHub `Vonng/adcode`
 * (CC BY 4.0, © Vonng; 2016 统计用区划代码 with Amap GCJ-02 centre points) into
 * scripts/sources/adcode-wenzhou-2016.csv: the county rows, every township row (乡/镇/街道), and
 * the village rows that carry a coordinate (used where a township row has none). Nothing is
 * fetched at build time; rerun this only to refresh the extract:
 *   git clone https://github.com/Vonng/adcode /tmp/adcode
 *   npx tsx scripts/extract-adcode.ts /tmp/adcode/data/adcode
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from './lib/io';

/** The 12 county-level units of Wenzhou in the 2016 snapshot (龙港 was still in 苍南) and 青田. */
export const ADCODE_FILES = ['330302', '330303', '330304', '330305', '330324', '330326', '330327', '330328', '330329', '330381', '330382', '331121'];

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/extract-adcode.ts <path to Vonng/adcode data/adcode>');
  process.exit(2);
}
/** Kept columns of the source CSV (its README documents them); the PostGIS `center` blob is dropped. */
const KEEP = [0, 1, 2, 3, 4, 5, 12, 13, 17, 18];
const header = 'code,parent,name,level,rank,adcode,longitude,latitude,county,town';
const kept: string[] = [];
for (const code of ADCODE_FILES) {
  for (const line of readFileSync(join(dir, `${code}.csv`), 'utf8').split('\n')) {
    const cols = line.split(',');
    if (cols.length < 14) continue;
    const level = cols[3];
    if (level === 'county' || level === 'town' || (level === 'village' && cols[12] !== '')) kept.push(KEEP.map((i) => cols[i]).join(','));
  }
}
writeFileSync(fromRoot('scripts/sources/adcode-wenzhou-2016.csv'), `${header}\n${kept.join('\n')}\n`);
console.log(`adcode extract: ${kept.length} rows`);
