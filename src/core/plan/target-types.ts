/** The shape of a plan target (the table: targets-list.ts; what the app computes beside it: targets.ts). */
import type { LocalText } from '../i18n/targets';

/** What the app can set beside a target, or null when it is not computable from map data. */
export type Computable =
  /** Features drawn for these plan-index entries. */
  | { kind: 'placed'; entryIds: string[]; unit: LocalText; note: LocalText }
  /** The metro area's population from the county table, against the target. */
  | { kind: 'metroPopulation' }
  /** The total implied for 温州市's population by a per-capita rate (value per `per` residents). */
  | { kind: 'perCapita'; per: number; unit: LocalText; note: LocalText }
  /** How many of 温州市's 县(市) (not 区) the fraction means. */
  | { kind: 'countyFraction' }
  /** 万亩 converted to km² and set against the metro area's land. */
  | { kind: 'areaWanMu' };

export interface PlanTarget {
  id: string;
  /** 'overall' (二, 三), an action number 1–8 (四(n)), or 'long-range' (二: no year, or 2035). */
  group: 'overall' | 'long-range' | number;
  label: LocalText;
  /** The figure in the Chinese unit (亿元, 万亩 …). */
  value: number;
  unit: LocalText;
  /** Multiplies `value` for the English unit (亿元 → bn yuan: 0.1); 1 when absent. */
  enFactor?: number;
  comparator: 'about' | 'atLeast' | 'exact';
  /** Shown instead of value + unit where a number alone misleads (1/3, 10 lines / 200 km). */
  valueText?: LocalText;
  /** The year the plan attaches to this figure in the same sentence; null where it states none. */
  year: 2022 | 2035 | null;
  /** Why the map cannot measure it, where that is worth saying (e.g. no alignment given). */
  mapNote?: LocalText;
  /** Where the plan states it, in the plan-index notation: 二, 三(三)3, 四(四)17. */
  section: string;
  /** The plan's own words, verbatim (a substring of that section). */
  quote_zh: string;
  computable: Computable | null;
}
