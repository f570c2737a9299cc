/**
 * The sidebar's tabs, declared once: their order in the sidebar, their labels (from the string
 * tables) and the values the link accepts for `t=` (app/link/parts.ts). A new tab is a row here and
 * its panel in App.svelte.
 */
import type { Lang } from '../../core/i18n/i18n';
import { STRINGS } from '../../core/i18n/i18n';
import { READER_STRINGS } from '../../core/i18n/plan-text';

export const TABS = [
  { key: 'layers', label: STRINGS.tabLayers },
  { key: 'projects', label: STRINGS.tabProjects },
  { key: 'travel', label: STRINGS.tabTravel },
  { key: 'targets', label: STRINGS.tabTargets },
  { key: 'import', label: STRINGS.tabImport },
  { key: 'text', label: READER_STRINGS.tab },
] as const satisfies readonly { key: string; label: Record<Lang, string> }[];

export type Tab = (typeof TABS)[number]['key'];

export const TAB_KEYS: readonly Tab[] = TABS.map((t) => t.key);
