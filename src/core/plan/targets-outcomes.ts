/**
 * What became of the plan since Dec 2019 (issue 12): target outcomes and project statuses with
 * dated sources, from scripts/sources/plan-outcomes.json. An id without an entry is `unknown`:
 * nothing is inferred from the 2019 status or the plan's target year. Pure: no svelte, no maplibre.
 */
import raw from '../../../scripts/sources/plan-outcomes.json';
import { OUTCOME_LABELS, OUTCOME_STATUSES, outcomeStatus, type OutcomeStatus } from './outcome-status';
import type { LocalText } from '../i18n/targets';

export { OUTCOME_LABELS, OUTCOME_STATUSES, outcomeStatus, type OutcomeStatus };

/** A plan item's status as a dated public source states it. */
export interface ProjectOutcome {
  status: Exclude<OutcomeStatus, 'unknown'>;
  zh: string;
  en: string;
  /** When the source says the status held, YYYY-MM. */
  date: string;
  /** A URL a reader can open. */
  source: string;
}

/** A target's outcome: the figure found for `year`, in the target's Chinese unit. */
export interface TargetOutcome {
  year: number;
  value: number | null;
  /** Whether the target was reached; null where the source cannot say (e.g. it covers part of the area). */
  met: boolean | null;
  zh: string;
  en: string;
  source: string;
  date: string;
}

export interface OutcomesFile {
  targets: Record<string, TargetOutcome>;
  projects: Record<string, ProjectOutcome>;
}

export const OUTCOMES: OutcomesFile = raw as unknown as OutcomesFile;

/** How many of `ids` are in each status. */
export function countOutcomes(ids: readonly string[], data: OutcomesFile = OUTCOMES): Record<OutcomeStatus, number> {
  const out = Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, 0])) as Record<OutcomeStatus, number>;
  for (const id of ids) out[outcomeStatus(id, data)]++;
  return out;
}

/** Checks plan-outcomes.json-shaped data; one readable message per problem (empty = valid). */
export function validateOutcomes(data: unknown, ctx: { planIds: Iterable<string>; targetIds: Iterable<string> }): string[] {
  const errors: string[] = [];
  const d = data as Partial<OutcomesFile> | null;
  if (!d || typeof d.targets !== 'object' || typeof d.projects !== 'object') return ['needs `targets` and `projects` objects'];
  const plan = new Set(ctx.planIds);
  const targets = new Set(ctx.targetIds);
  const common = (at: string, o: Record<string, unknown>) => {
    if (typeof o.zh !== 'string' || !o.zh.trim() || typeof o.en !== 'string' || !o.en.trim()) errors.push(`${at}: needs zh and en`);
    if (typeof o.en === 'string' && /[\u3400-\u9fff]/.test(o.en)) errors.push(`${at}: Chinese in en`);
    if (typeof o.source !== 'string' || !/^https?:\/\/\S+$/.test(o.source)) errors.push(`${at}: source must be a URL`);
    if (typeof o.date !== 'string' || !/^20\d\d-(0[1-9]|1[0-2])$/.test(o.date)) errors.push(`${at}: date must be YYYY-MM`);
  };
  for (const [id, o] of Object.entries(d.projects as unknown as Record<string, Record<string, unknown>>)) {
    const at = `projects.${id}`;
    if (!plan.has(id)) errors.push(`${at}: not a plan id`);
    if (!OUTCOME_STATUSES.includes(o.status as OutcomeStatus) || o.status === 'unknown') errors.push(`${at}: status must be open, partly-open, under-construction or not-started (leave unknown ids out)`);
    common(at, o);
  }
  for (const [id, o] of Object.entries(d.targets as unknown as Record<string, Record<string, unknown>>)) {
    const at = `targets.${id}`;
    if (!targets.has(id)) errors.push(`${at}: not a target id`);
    if (typeof o.year !== 'number' || o.year < 2019) errors.push(`${at}: year must be 2019 or later`);
    if (!(o.value === null || typeof o.value === 'number')) errors.push(`${at}: value must be a number or null`);
    if (!(o.met === null || typeof o.met === 'boolean')) errors.push(`${at}: met must be true, false or null`);
    common(at, o);
  }
  return errors;
}
