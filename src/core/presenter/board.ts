/**
 * What a chapter's `board` shows on the slide, as plain data: the targets with their outcomes, and
 * the plan items' status since 2019. The travel seat table comes from the travel model at run time.
 * Pure: no svelte, no maplibre.
 */
import type { Lang } from '../i18n/i18n';
import { PLAN_TARGETS, targetAmount, type PlanTarget } from '../plan/targets';
import { OUTCOMES, OUTCOME_STATUSES, countOutcomes, type OutcomeStatus, type ProjectOutcome, type TargetOutcome } from '../plan/targets-outcomes';

export interface TargetBoardRow {
  target: PlanTarget;
  outcome: TargetOutcome | null;
}

/** Targets for the slide: those dated 2022 or 2035, and any with an outcome found; the plan's order. */
export function targetBoardRows(targets: readonly PlanTarget[] = PLAN_TARGETS): TargetBoardRow[] {
  return targets
    .filter((t) => t.year !== null || OUTCOMES.targets[t.id])
    .map((t) => ({ target: t, outcome: OUTCOMES.targets[t.id] ?? null }));
}

/** How many targets carry each kind of year, and how many have a sourced outcome. */
export function targetSummary(targets: readonly PlanTarget[] = PLAN_TARGETS): { total: number; y2022: number; y2035: number; noYear: number; withOutcome: number } {
  return {
    total: targets.length,
    y2022: targets.filter((t) => t.year === 2022).length,
    y2035: targets.filter((t) => t.year === 2035).length,
    noYear: targets.filter((t) => t.year === null).length,
    withOutcome: targets.filter((t) => OUTCOMES.targets[t.id]).length,
  };
}

/** A target's amount as a short slide string (约 8000 亿元 / about 800 bn yuan). */
export function amountLabel(t: PlanTarget, lang: Lang): string {
  if (t.valueText) return t.valueText[lang];
  const a = targetAmount(t, lang);
  const n = a.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: a.decimals });
  return [a.prefix, n, a.unit].filter(Boolean).join(' ');
}

export interface OutcomeBoard {
  counts: Record<OutcomeStatus, number>;
  total: number;
  /** Items with a dated source, newest first. */
  sourced: { id: string; outcome: ProjectOutcome }[];
}

/** The status today of the given plan ids (rings excluded by the caller), newest source first. */
export function outcomeBoard(ids: readonly string[]): OutcomeBoard {
  const sourced = ids
    .filter((id) => OUTCOMES.projects[id])
    .map((id) => ({ id, outcome: OUTCOMES.projects[id] }))
    .sort((a, b) => b.outcome.date.localeCompare(a.outcome.date) || a.id.localeCompare(b.id));
  return { counts: countOutcomes(ids), total: ids.length, sourced };
}

export { OUTCOME_STATUSES };
