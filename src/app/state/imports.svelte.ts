/**
 * Imported layers and what the user is looking at in them (a clicked feature, a site report).
 * The single source of truth for ImportPanel, ImportedLayers and SiteReport; features are held
 * raw (never deep proxies: they can be 1e6 positions).
 */
import { OVERLAY } from '../../core/style/theme';
import type { Feature } from 'geojson';
import type { Datum } from '../../core/geo/datum';
import { guessDatumHint, type DatumHint } from '../../core/import/datum-hint';
import { toGeoJsonString } from '../../core/import/export';
import type { ImportClient } from '../workers/import-client';
import type { ImportResult } from '../../core/import/result';

export interface ImportedLayer {
  id: string;
  name: string;
  features: Feature[];
  colour: string;
  visible: boolean;
  /** 0…1 */
  opacity: number;
}

/** A feature to report on, with a title for the report (file name or drawing mode). */
export interface ReportTarget {
  feature: Feature;
  title: string;
}

/** Colour-blind-safe palette (Okabe–Ito), cycled per new layer. */
export const LAYER_COLOURS = OVERLAY.importLayers;

/** The outcome of the last import, as the panel shows it. */
export interface ImportOutcome {
  name: string;
  result: ImportResult;
  /** The layer it created (none when nothing loaded). */
  layerId: string | null;
  /** Set when names in the file suggest another datum than the one chosen. */
  hint: DatumHint | null;
}

export class ImportsState {
  layers = $state.raw<ImportedLayer[]>([]);
  /** The datum the next import is read in (an explicit choice; WGS-84 by default). */
  datum = $state<Datum>('WGS84');
  /** 0…1 while the worker parses, null when idle. */
  progress = $state<number | null>(null);
  last = $state.raw<ImportOutcome | null>(null);
  /** The imported feature whose properties are shown. */
  inspected = $state.raw<{ layerId: string; feature: Feature } | null>(null);
  report = $state.raw<ReportTarget | null>(null);
  private counter = 0;
  private client: ImportClient | null = null;
  private lastSource: { file?: File; text?: string } | null = null;

  /** `onstart` is called when an import begins (the app opens the import tab). */
  constructor(private onstart: () => void = () => {}) {}

  /** Imports a picked or dropped file in the chosen datum. Never throws; the map keeps its layers. */
  async importFile(file: File): Promise<ImportOutcome> {
    const start = await file.slice(0, 4096).text().catch(() => '');
    this.lastSource = { file };
    return this.run(file.name, guessDatumHint(file.name, start), (c, onProgress) => c.importFile(file, { datum: this.datum, name: file.name }, onProgress));
  }

  /** Imports pasted GeoJSON text. */
  async importText(text: string, name = 'pasted'): Promise<ImportOutcome> {
    this.lastSource = { text };
    return this.run(name, guessDatumHint('', text.slice(0, 4096)), (c, onProgress) => c.importText(text, { datum: this.datum, name }, onProgress));
  }

  /**
   * Reads the last source again in `datum`; its earlier layer is replaced only once the new read
   * has loaded (a failed or timed-out read leaves the map as it was).
   */
  async reimport(datum: Datum): Promise<void> {
    if (!this.lastSource || this.progress !== null) return;
    const previous = this.last?.layerId ?? null;
    this.datum = datum;
    const outcome = await this.retry();
    if (previous && outcome?.layerId) this.remove(previous);
  }

  /** Reads the last source again in the chosen datum (after a timeout or failure); null when there is none. */
  async retry(): Promise<ImportOutcome | null> {
    const src = this.lastSource;
    if (!src || this.progress !== null) return null;
    if (src.file) return this.importFile(src.file);
    if (src.text !== undefined) return this.importText(src.text, this.last?.name);
    return null;
  }

  /** True when the last import failed in a way that a second try may cure (a stuck or crashed worker). */
  get canRetry(): boolean {
    const code = this.last?.result.fatal?.code;
    return this.lastSource !== null && (code === 'import-timeout' || code === 'import-failed');
  }

  /** Stops the import worker (tab closed / component gone). */
  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }
  /** Adds a layer and returns its id. */
  add(name: string, features: Feature[]): string {
    const id = `import-${++this.counter}`;
    const colour = LAYER_COLOURS[(this.counter - 1) % LAYER_COLOURS.length];
    this.layers = [...this.layers, { id, name, features, colour, visible: true, opacity: 0.8 }];
    return id;
  }

  remove(id: string): void {
    this.layers = this.layers.filter((l) => l.id !== id);
    if (this.inspected?.layerId === id) this.inspected = null;
  }

  toggle(id: string): void {
    this.update(id, (l) => ({ ...l, visible: !l.visible }));
  }

  style(id: string, s: { colour?: string; opacity?: number }): void {
    this.update(id, (l) => ({ ...l, ...(s.colour ? { colour: s.colour } : {}), ...(s.opacity !== undefined ? { opacity: Math.min(1, Math.max(0, s.opacity)) } : {}) }));
  }

  get(id: string): ImportedLayer | undefined {
    return this.layers.find((l) => l.id === id);
  }

  /** The layer as an RFC 7946 GeoJSON file text. */
  exportText(id: string): string | null {
    const l = this.get(id);
    return l ? toGeoJsonString(l.features, { name: l.name }, 2) : null;
  }

  /** Downloads the layer as `<name>.geojson` (a Blob URL: allowed by the CSP, no popup). */
  exportLayer(id: string): void {
    const text = this.exportText(id);
    const l = this.get(id);
    if (text === null || !l) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/geo+json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${l.name.replace(/\.(geo)?json$/i, '').replace(/[\\/:*?"<>|]+/g, '_') || 'layer'}.geojson`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  inspect(layerId: string, feature: Feature | null): void {
    this.inspected = feature ? { layerId, feature } : null;
  }

  openReport(target: ReportTarget | null): void {
    this.report = target;
  }

  private async run(name: string, hint: DatumHint | null, go: (c: ImportClient, onProgress: (f: number) => void) => Promise<ImportResult>): Promise<ImportOutcome> {
    this.onstart();
    this.progress = 0;
    let result: ImportResult;
    try {
      const client = await this.loadClient();
      result = typeof client === 'string' ? notLoaded(client) : await go(client, (f) => (this.progress = f));
    } finally {
      this.progress = null;
    }
    const layerId = result.ok && result.features.length ? this.add(name, result.features) : null;
    const outcome = { name, result, layerId, hint: hint && hint.datum !== this.datum ? hint : null };
    this.last = outcome;
    return outcome;
  }

  /**
   * The client (and every import message text) is loaded with the first import, not at start. A
   * chunk that does not load (server gone, build replaced) is a failed import with a message, not a
   * progress bar that never ends; the next import tries again.
   */
  private async loadClient(): Promise<ImportClient | string> {
    if (this.client) return this.client;
    try {
      const { createImportClient } = await import('../workers/import-client');
      return (this.client ??= createImportClient());
    } catch (e) {
      return String((e as Error)?.message ?? e).slice(0, 200);
    }
  }

  private update(id: string, fn: (l: ImportedLayer) => ImportedLayer): void {
    this.layers = this.layers.map((l) => (l.id === id ? fn(l) : l));
  }
}

/**
 * The result of an import whose code did not load. Written here, not with the message catalogue
 * (`core/import/messages.ts`), which loads with that same code and is not in the first-load JS.
 */
function notLoaded(detail: string): ImportResult {
  return {
    ok: false,
    fatal: { code: 'import-failed', zh: `导入功能未能加载（${detail}）。请刷新页面后重试；地图上已有的内容不受影响。`, en: `The import code did not load (${detail}). Reload the page and try again; what is on the map is kept.` },
    features: [],
    rejected: [],
    warnings: [],
    stats: { features: 0, vertices: 0, bbox: null },
  };
}
