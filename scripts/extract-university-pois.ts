/**
 * Copies the campus points this map uses out of the public university table
 * github.com/whr810012/uni-soket-ai util/universityList.js (commit 2b95dae; Baidu place records:
 * `uid`, `location {lat, lng}`) into scripts/sources/university-extract.json, verbatim, so the build
 * never fetches. The repository does not state the datum; the records are Baidu POIs and read as
 * BD-09 they land on Wikipedia's point for Fudan's Handan campus within 0.03 km (as GCJ-02: 0.9 km),
 * which tests/unit/structure-positions.test.ts checks on the copied row. No licence is stated.
 * Run once with a local copy of the file:
 *   git -C <clone> show 2b95dae:util/universityList.js > /tmp/unilist.js
 *   npx tsx scripts/extract-university-pois.ts /tmp/unilist.js
 */
import { readFileSync } from 'node:fs';
import { fromRoot, writeJson } from './lib/io';

/** Campuses placed by the plan layer, and one far-away campus with a Wikipedia point (datum check). */
export const WANTED = ['温州大学(茶山南校区)', '温州医科大学(茶山校区)', '温州肯恩大学', '温州大学瓯江学院', '温州商学院(北校区)', '复旦大学(邯郸校区)'];

if (process.argv[1] && /extract-university-pois\.ts$/.test(process.argv[1])) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npx tsx scripts/extract-university-pois.ts <universityList.js>');
  const text = readFileSync(path, 'utf8');
  const list = JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1)) as { name: string; location: { lat: number; lng: number }; address: string; area: string; uid: string }[];
  const rows = WANTED.map((name) => {
    const hits = list.filter((u) => u.name === name);
    if (hits.length !== 1) throw new Error(`${name}: ${hits.length} records`);
    const { location, address, area, uid } = hits[0];
    return { name, lng: location.lng, lat: location.lat, address, area, uid };
  });
  writeJson(fromRoot('scripts/sources/university-extract.json'), {
    generator: 'scripts/extract-university-pois.ts',
    source: 'https://github.com/whr810012/uni-soket-ai/blob/2b95dae/util/universityList.js',
    datum: 'BD-09 (Baidu POI records; not stated by the repository — read as BD-09, Fudan Handan lands 0.02 km from https://www.marbk-73r.win/wiki/Ka%C3%A7inar (mirror of en.wikipedia Fudan University, 31°17′56″N 121°29′57″E))',
    licence: 'none stated by the repository; rows copied for reference with credit',
    rows,
  });
  console.log(`university-extract.json: ${rows.length} rows`);
}
