/**
 * Keeps the address in step with the app (issue #5): reads the start hash once the map is ready
 * and applies it to AppState, the presenter and the camera; afterwards rewrites the hash
 * (history.replaceState, debounced) as state and camera change. The format is in url.ts.
 */
import type { Feature } from 'geojson';
import type { Map } from 'maplibre-gl';
import { ALL_KEYS } from '../../core/plan/catalogue';
import type { PresenterController } from '../state/presenter.svelte';
import type { AppState } from '../state/app.svelte';
import { decodeState, encodeState, isEmbedHash, MAX_LINK_IMPORT_CHARS, type Notice, type Snapshot } from './url';
import type { ImportsState } from '../state/imports.svelte';
import { linkPayloads } from './link-imports';
import { PARTS, type LinkPart, type LinkTarget } from './parts';

/** Hash rewrites wait this long after the last change (ms). */
export const WRITE_DEBOUNCE_MS = 300;

export interface SyncContext {
  planIds: string[];
  counties: Feature[];
  /** Called with a restored catchment origin, to compute it. */
  onOrigin?: (lonLat: [number, number]) => void;
}

export class UrlSync {
  notices = $state.raw<Notice[]>([]);
  /** Embed mode (`e=1`): read at construction, before anything loads, so the chrome never flashes. */
  readonly embed: boolean;
  private map: Map | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastWritten = '';
  /** Imported layers: small ones ride in the link, re-imported (as untrusted input) on open. */
  imports: ImportsState | null = null;
  private appliedImports = new Set<string>();

  constructor(private app: AppState, private presenter: PresenterController) {
    this.embed = typeof location !== 'undefined' && isEmbedHash(location.hash);
  }

  private counties: Feature[] = [];
  private onOrigin: SyncContext['onOrigin'];

  /** Applies the current hash to the app and `map`, and starts writing; returns the remover. */
  attach(map: Map, ctx: SyncContext): () => void {
    this.map = map;
    this.counties = ctx.counties;
    this.onOrigin = ctx.onOrigin;
    this.apply(location.hash, ctx);
    const onMove = () => this.schedule();
    const onHash = () => {
      if (location.hash !== this.lastWritten) this.apply(location.hash, ctx);
    };
    map.on('moveend', onMove);
    window.addEventListener('hashchange', onHash);
    // The hash follows the snapshot: one effect reads every state the link records (imported layers
    // included), so a new link part needs no watch list. Camera moves come through `moveend`.
    const unwatch = $effect.root(() => {
      $effect(() => {
        void encodeState(this.snapshot());
        this.schedule();
      });
    });
    return () => {
      unwatch();
      map.off('moveend', onMove);
      window.removeEventListener('hashchange', onHash);
      if (this.timer) clearTimeout(this.timer);
      this.map = null;
    };
  }

  /** The view as a snapshot (camera only once the map is attached): each part of the link reads its own. */
  snapshot(): Partial<Snapshot> {
    const target = this.target();
    return Object.assign({}, ...PARTS.map((p) => p.read(target))) as Partial<Snapshot>;
  }

  private target(): LinkTarget {
    const { app, presenter, map, imports, embed, counties, onOrigin, appliedImports } = this;
    return { app, presenter, map, imports, embed, counties, onOrigin, appliedImports };
  }

  /** Names of imported layers too large for the link (the share dialog says so). */
  get omittedImports(): string[] {
    return this.imports ? linkPayloads(this.imports.layers, MAX_LINK_IMPORT_CHARS).omitted : [];
  }

  /** Absolute link to the current view; `embed` forces embed mode on or off. */
  link(embed?: boolean): string {
    const s = this.snapshot();
    const hash = encodeState({ ...s, embed: embed ?? s.embed });
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  /** Rewrites the hash soon (call on every state or camera change). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), WRITE_DEBOUNCE_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.map) return;
    const hash = encodeState(this.snapshot());
    if (hash === location.hash) return;
    this.lastWritten = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  dismiss(): void {
    this.notices = [];
  }

  private apply(hash: string, ctx: SyncContext): void {
    const { snapshot: s, notices } = decodeState(hash, {
      layerKeys: ALL_KEYS,
      planIds: ctx.planIds,
      countyIds: ctx.counties.map((f) => String(f.properties?.adcode ?? '')),
      chapterCount: this.presenter.count,
    });
    this.notices = notices;
    const target = this.target();
    const run = (stage: LinkPart['stage']) => PARTS.filter((p) => (p.stage ?? 'state') === stage).forEach((p) => p.apply(s, target));
    run('state');
    run('chapter');
    // A chapter brings its own camera, layers, year and highlight.
    if (s.chapter != null) return;
    run('view');
    run('camera');
  }
}
