/**
 * Each plan item's status today (issue 12), without the texts and sources: what the first screen
 * needs (project list, map filter, filter chip). The statuses come from
 * scripts/sources/plan-outcomes.json through a build-time module (vite.config.ts `outcomeStatuses`),
 * so the first-load JS carries ≈ 1 KB instead of the whole file; the full file with texts and
 * sources is `OUTCOMES` in targets-outcomes.ts (detail pane, targets panel, presenter boards).
 * Pure: no svelte, no maplibre.
 */
import STATUSES from 'virtual:wz-outcome-status';
import type { LocalText } from '../i18n/targets';

export const OUTCOME_STATUSES = ['open', 'partly-open', 'under-construction', 'not-started', 'unknown'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const OUTCOME_LABELS: Record<OutcomeStatus, LocalText> = {
  open: { zh: '已建成或已实现', en: 'built or achieved' },
  'partly-open': { zh: '部分建成', en: 'partly open' },
  'under-construction': { zh: '在建', en: 'under construction' },
  'not-started': { zh: '未开工', en: 'not started' },
  unknown: { zh: '未查到', en: 'not found' },
};

/** The statuses alone, in the shape of plan-outcomes.json's `projects`. */
export const PROJECT_STATUSES: { projects: Record<string, { status: OutcomeStatus }> } = {
  projects: Object.fromEntries(Object.entries(STATUSES).map(([id, status]) => [id, { status: status as OutcomeStatus }])),
};

/** The status of a plan item today, or 'unknown' when no dated source was found. */
export function outcomeStatus(id: string, data: { projects: Record<string, { status: OutcomeStatus } | undefined> } = PROJECT_STATUSES): OutcomeStatus {
  return data.projects[id]?.status ?? 'unknown';
}
