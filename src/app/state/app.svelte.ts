/**
 * App state: the single source of truth. Map components turn changes here into MapLibre calls.
 */
import type { Feature } from 'geojson';
import type { Lang } from '../../core/i18n/i18n';
import { DEFAULT_VISIBLE } from '../../core/plan/catalogue';
import type { PlanYear } from '../../core/plan/model';
import type { OutcomeStatus } from '../../core/plan/targets-outcomes';
import { TravelState } from './travel.svelte';
import { ReaderState } from './reader.svelte';
import type { Tab } from './tabs';

export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'failed';
export type { Tab } from './tabs';

export type Selection =
  | { kind: 'county'; id: string; feature: Feature }
  | { kind: 'plan'; id: string; featureId?: string };

export interface ListFilters {
  action: number | null;
  task: number | null;
  status: string | null;
  county: string | null;
  /** Status today (scripts/sources/plan-outcomes.json): filters the project list and the map's plan features. */
  outcome: OutcomeStatus | null;
}

export class AppState {
  lang = $state<Lang>('zh');
  mapStatus = $state<MapStatus>('loading');
  notice = $state<string | null>(null);
  tab = $state<Tab>('layers');
  visible = $state<string[]>([...DEFAULT_VISIBLE]);
  year = $state<PlanYear>(2035);
  opacity = $state(1);
  /** 3D relief (hillshade + terrain) on the map; a presenter chapter with `terrain: true` turns it on. */
  terrain = $state(false);
  selection = $state.raw<Selection | null>(null);
  filters = $state<ListFilters>({ action: null, task: null, status: null, county: null, outcome: null });
  /** Bumped to ask the map to fit the current selection (list/search clicks, not map clicks). */
  fitRequest = $state(0);
  /** The three 1-hour circles, scenarios and click-anywhere catchments (issue #4); its scenario is `year` (one time control). */
  travel = new TravelState(this);
  /** The plan-text reader: wide mode, highlighted paragraph, reading position (issue 16). */
  reader = new ReaderState();

  toggleLang(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
  }

  select(s: Selection | null, fit = false): void {
    this.selection = s;
    if (fit && s) this.fitRequest++;
  }

  isVisible(key: string): boolean {
    return this.visible.includes(key);
  }

  setVisible(keys: string[], on: boolean): void {
    const rest = this.visible.filter((k) => !keys.includes(k));
    this.visible = on ? [...rest, ...keys] : rest;
  }
}
