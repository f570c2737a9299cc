/**
 * Validates every committed GeoJSON file under geodata/ (structure, geometry, coordinates,
 * required properties) and exits non-zero on the first file with problems. Run: `npm run validate`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCollection, validatePlanPoints, validateTownships } from './lib/validate/geodata';
import type { FeatureCollection } from 'geojson';
import { fromRoot, readJson } from './lib/io';

function* geojsonFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* geojsonFiles(path);
    else if (name.endsWith('.geojson')) yield path;
  }
}

let failed = 0;
let checked = 0;
for (const path of geojsonFiles(fromRoot('geodata'))) {
  const rel = relative(fromRoot(), path);
  // Kinks on the large full-resolution polygons take seconds; their web copies are checked.
  const checkKinks = !rel.startsWith('geodata/base/') && !/admin\/(context|regions)/.test(rel);
  const data = readJson(path);
  const errors = validateCollection(data, { checkKinks });
  if (!errors.length && rel.endsWith('/townships.geojson')) errors.push(...validateTownships(data as FeatureCollection, rel.startsWith('geodata/base/')));
  if (!errors.length && /plan\/plan\.geojson$|web\/plan\.geojson$/.test(rel)) errors.push(...validatePlanPoints(data as FeatureCollection));
  checked++;
  if (errors.length) {
    failed++;
    console.error(`✗ ${rel}\n  ${errors.slice(0, 20).join('\n  ')}${errors.length > 20 ? `\n  … ${errors.length - 20} more` : ''}`);
  } else {
    console.log(`✓ ${rel}`);
  }
}
console.log(`geodata: ${checked} files checked, ${failed} with problems`);
process.exit(failed ? 1 : 0);
