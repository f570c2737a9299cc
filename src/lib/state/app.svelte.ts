/**
 * App state: the single source of truth. Map components turn changes here into MapLibre calls.
 */
import type { Feature } from 'geojson';
import type { Lang } from '../i18n';

export type MapStatus = 'loading' | 'ready' | 'no-webgl' | 'failed';

export interface Selection {
  kind: 'county' | 'plan';
  id: string;
  feature: Feature;
}

export class AppState {
  lang = $state<Lang>('zh');
  selection = $state.raw<Selection | null>(null);
  mapStatus = $state<MapStatus>('loading');
  notice = $state<string | null>(null);

  toggleLang(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
  }

  select(s: Selection | null): void {
    this.selection = s;
  }
}
