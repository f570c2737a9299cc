/**
 * Search over places and projects in Chinese, English and pinyin: "龙港", "longgang", "lg" and
 * "Longgang City" all find 龙港. Pinyin and initials are precomputed by scripts/build-plan.ts.
 */
export interface Searchable {
  name_zh: string;
  name_en: string;
  py: string;
  initials: string;
}

export interface Hit<T> {
  item: T;
  score: number;
}

/** Lower-case, no spaces, no punctuation, no tone marks. */
export function normalise(q: string): string {
  return q
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’\-–—_.,，。·()（）]/g, '');
}

/** Score of one item for a normalised query; 0 = no match. Exact and prefix matches rank first. */
export function score(item: Searchable, q: string): number {
  if (!q) return 0;
  const zh = item.name_zh;
  const en = normalise(item.name_en);
  if (zh === q || en === q) return 100;
  if (zh.startsWith(q) || item.py.startsWith(q) || en.startsWith(q)) return 80;
  if (/^[a-z]+$/.test(q) && q.length <= 4 && item.initials.startsWith(q)) return 70;
  if (zh.includes(q) || item.py.includes(q) || en.includes(q)) return 50;
  return 0;
}

/** Items matching `query`, best first (stable for equal scores), at most `limit`. */
export function search<T extends Searchable>(items: readonly T[], query: string, limit = 20): Hit<T>[] {
  const q = normalise(query);
  if (!q) return [];
  return items
    .map((item, i) => ({ item, score: score(item, q), i }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map(({ item, score: s }) => ({ item, score: s }));
}
