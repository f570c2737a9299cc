/**
 * The plan's own vocabulary: layers, statuses and the year control. Pure data shared by the
 * build script, the validation tests and the app.
 */

export const PLAN_LAYERS = ['regions', 'centres', 'axes', 'belts', 'corridors', 'districts', 'projects', 'transport', 'rings'] as const;
export type PlanLayer = (typeof PLAN_LAYERS)[number];

export const STATUSES = ['existing', 'under-construction', 'planned'] as const;
export type Status = (typeof STATUSES)[number];

export const YEARS = [2019, 2022, 2035] as const;
export type PlanYear = (typeof YEARS)[number];

/** The eight actions (八大建设行动, 四(一)–(八)) with their task ranges. */
export const ACTIONS = [
  { n: 1, zh: '创新城市', en: 'Innovative city', tasks: [1, 4] },
  { n: 2, zh: '开放城市', en: 'Open city', tasks: [5, 8] },
  { n: 3, zh: '便捷城市', en: 'Accessible city', tasks: [9, 13] },
  { n: 4, zh: '宜居城市', en: 'Liveable city', tasks: [14, 18] },
  { n: 5, zh: '花园城市', en: 'Garden city', tasks: [19, 22] },
  { n: 6, zh: '智慧城市', en: 'Smart city', tasks: [23, 25] },
  { n: 7, zh: '人文城市', en: 'Cultural city', tasks: [26, 29] },
  { n: 8, zh: '时尚城市', en: 'Fashion city', tasks: [30, 32] },
] as const;

/** A plan item as catalogued from the plan text (scripts/sources/plan-catalogue.json). */
export interface PlanEntry {
  id: string;
  name_zh: string;
  name_en: string;
  layer: PlanLayer;
  action: number | null;
  task: number | null;
  section: string;
  quote_zh: string;
  summary_en: string;
  status: Status;
  since: { zh: string; en: string; date: string; source: string } | null;
  year: number | null;
}

/**
 * The first year of the year control (2019 / 2022 / 2035) in which an item is on the map:
 * existing in 2019 → 2019; under construction in 2019 → built by the plan's 2022 horizon;
 * planned → its target year if the plan gives one, else the 2035 horizon.
 */
export function visibleFromYear(status: Status, targetYear: number | null): PlanYear {
  if (status === 'existing') return 2019;
  if (status === 'under-construction') return 2022;
  return targetYear !== null && targetYear <= 2022 ? 2022 : 2035;
}
