/**
 * The parts of the link, one row each (format and rules: format.ts): the key in the hash, the label
 * a notice gives it when it cannot be read, how a snapshot writes it and how a value is read back.
 * Each row also says how the part is read from the app (`read`) and written back (`apply`), so a
 * new part is a new row here and its field in `Snapshot`; url-sync.svelte.ts only loops over rows.
 * The order of the rows is the order of the parts in the hash.
 */
import type { Feature } from 'geojson';
import type { Map } from 'maplibre-gl';
import { YEARS } from '../../core/plan/model';
import { RING_REFS } from '../../core/travel/circles';
import { SCENARIOS } from '../../core/travel/graph';
import { isParagraphIdShape } from '../../core/plan/text/ids';
import { TAB_KEYS } from '../state/tabs';
import type { AppState } from '../state/app.svelte';
import type { ImportsState } from '../state/imports.svelte';
import type { PresenterController } from '../state/presenter.svelte';
import { linkPayloads, textFromLinkPayload } from './link-imports';
import { MAX_LINK_IMPORT_CHARS, REGION_BOUNDS, parseCamera, type DecodeContext, type LinkSelection, type Notice, type Snapshot } from './format';

export interface LinkPart {
  /** The key in the hash. */
  key: string;
  /** Older or hand-typed keys read as this part (`embed` for `e`). */
  aliases?: readonly string[];
  /** What a notice calls the part when its value cannot be read. */
  label: Notice;
  /** The value this snapshot writes for the part, or null to leave it out. */
  encode(s: Partial<Snapshot>): string | null;
  /** Reads a value into the snapshot; false when it cannot be read (the caller adds the part's notice). */
  decode(value: string, into: Partial<Snapshot>, ctx: DecodeContext, note: (n: Notice) => void): boolean;
  /** The part's field(s) of the snapshot of the current view. */
  read(v: LinkTarget): Partial<Snapshot>;
  /** Writes a read link's value (if the snapshot has one) back to the app. */
  apply(s: Partial<Snapshot>, v: LinkTarget): void;
  /**
   * When `apply` runs: `state` first, then `chapter` (a chapter brings its own view, so the `view`
   * and `camera` parts are not applied after it), then `view`, then `camera`. Default `state`.
   */
  stage?: 'state' | 'chapter' | 'view' | 'camera';
}

/** What the parts read from and write back to. */
export interface LinkTarget {
  app: AppState;
  presenter: PresenterController;
  map: Map | null;
  imports: ImportsState | null;
  embed: boolean;
  counties: Feature[];
  onOrigin?: (lonLat: [number, number]) => void;
  /** Import tokens already re-imported (a hash read again does not import again). */
  appliedImports: Set<string>;
}

/** The travel parts ride in the link on the travel tab or once an origin is set. */
const travelShown = ({ app }: LinkTarget) => app.tab === 'travel' || app.travel.origin !== null;

export const DROPPED_LAYERS: Notice = { zh: '链接中的部分图层不存在，已忽略。', en: 'Some layers in the link do not exist and were ignored.' };
export const CLAMPED: Notice = { zh: '链接中的地图视角超出都市区范围，已调整。', en: 'The map view in the link was outside the metropolitan area and was adjusted.' };

/** A part whose value is one of a fixed list. */
function oneOf<K extends keyof Snapshot>(key: string, field: K, values: readonly Snapshot[K][], label: Notice, io: Pick<LinkPart, 'read' | 'apply' | 'stage'>): LinkPart {
  return {
    key,
    label,
    ...io,
    encode: (s) => (s[field] == null || s[field] === '' ? null : String(s[field])),
    decode: (value, into) => {
      const v = values.find((x) => String(x) === value);
      if (v === undefined) return false;
      into[field] = v;
      return true;
    },
  };
}

/** A flag written as `1`; `0` reads as off without a notice. */
function flag(key: string, field: 'embed' | 'readerWide', label: Notice, io: Pick<LinkPart, 'read' | 'apply'>, aliases?: readonly string[], empty = false): LinkPart {
  return {
    key,
    aliases,
    label,
    ...io,
    encode: (s) => (s[field] ? '1' : null),
    decode: (value, into) => {
      if (value === '1' || (empty && value === '')) into[field] = true;
      else if (value !== '0') return false;
      return true;
    },
  };
}

/** A plan-text paragraph or section id. */
function paragraph(key: string, field: 'readerPosition' | 'readerParagraph', label: Notice, io: Pick<LinkPart, 'read' | 'apply'>): LinkPart {
  return {
    key,
    label,
    ...io,
    encode: (s) => {
      const v = s[field];
      return v ? encodeURIComponent(v) : null;
    },
    decode: (value, into) => {
      if (!isParagraphIdShape(value)) return false;
      into[field] = value;
      return true;
    },
  };
}

export const PARTS: readonly LinkPart[] = [
  oneOf('lang', 'lang', ['zh', 'en'], { zh: '语言', en: 'language' }, {
    read: ({ app }) => ({ lang: app.lang }),
    apply: (s, { app }) => s.lang && (app.lang = s.lang),
  }),
  {
    key: 'c',
    label: { zh: '地图视角', en: 'map view' },
    stage: 'camera',
    read: ({ map }) => {
      const c = map?.getCenter();
      return { camera: map && c ? { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() } : null };
    },
    apply: (s, { map }) => s.camera && map?.jumpTo(s.camera),
    encode: ({ camera }) => (camera ? [round(camera.center[0], 5), round(camera.center[1], 5), round(camera.zoom, 2), round(camera.bearing, 1), round(camera.pitch, 1)].join(',') : null),
    decode: (value, into, _ctx, note) => {
      const cam = parseCamera(value);
      if (!cam) return false;
      into.camera = cam.camera;
      if (cam.clamped) note(CLAMPED);
      return true;
    },
  },
  {
    key: 'l',
    label: { zh: '图层', en: 'layers' },
    stage: 'view',
    read: ({ app }) => ({ visible: [...app.visible] }),
    apply: (s, { app }) => s.visible && (app.visible = s.visible),
    encode: ({ visible }) => (visible ? visible.map(encodeURIComponent).join(',') : null),
    decode: (value, into, ctx, note) => {
      if (value === '') {
        into.visible = [];
        return true;
      }
      const known = new Set(ctx.layerKeys);
      const tokens = value.split(',').slice(0, 200);
      const keys = [...new Set(tokens.filter((k) => known.has(k)))];
      if (keys.length === 0) return false;
      into.visible = keys;
      if (keys.length < tokens.length) note(DROPPED_LAYERS);
      return true;
    },
  },
  {
    key: 'sel',
    label: { zh: '选中对象', en: 'selection' },
    stage: 'view',
    read: ({ app: { selection: sel } }) => ({ selection: sel ? (sel.kind === 'plan' ? { kind: 'plan', id: sel.id, featureId: sel.featureId } : { kind: 'county', id: sel.id }) : null }),
    apply: ({ selection: sel }, { app, counties }) => {
      if (sel?.kind === 'plan') app.select({ kind: 'plan', id: sel.id, featureId: sel.featureId });
      else if (sel?.kind === 'county') {
        const feature = counties.find((f) => String(f.properties?.adcode) === sel.id);
        if (feature) app.select({ kind: 'county', id: sel.id, feature });
      }
    },
    encode: ({ selection: sel }) => (sel ? encodeURIComponent(`${sel.kind}:${sel.id}${sel.kind === 'plan' && sel.featureId ? `:${sel.featureId}` : ''}`) : null),
    decode: (value, into, ctx) => {
      const sel = parseSelection(value, ctx);
      if (sel) into.selection = sel;
      return sel !== null;
    },
  },
  oneOf('y', 'year', YEARS, { zh: '年份', en: 'year' }, {
    stage: 'view',
    read: ({ app }) => ({ year: app.year }),
    apply: (s, { app }) => s.year && (app.year = s.year),
  }),
  oneOf('t', 'tab', TAB_KEYS, { zh: '面板', en: 'panel' }, {
    read: ({ app }) => ({ tab: app.tab }),
    apply: (s, { app }) => s.tab && (app.tab = s.tab),
  }),
  // The scenario is the year (one control; decodeState made y and sc agree).
  oneOf('sc', 'scenario', SCENARIOS, { zh: '交通情景', en: 'travel scenario' }, {
    read: (v) => (travelShown(v) ? { scenario: v.app.travel.scenario } : {}),
    apply: (s, { app }) => s.scenario && (app.travel.scenario = s.scenario),
  }),
  oneOf('r', 'ring', RING_REFS, { zh: '交通圈', en: 'travel circle' }, {
    read: (v) => (travelShown(v) ? { ring: v.app.travel.ring } : {}),
    apply: (s, { app }) => s.ring && (app.travel.ring = s.ring),
  }),
  {
    key: 'm',
    label: { zh: '交通圈时限', en: 'travel cut-off' },
    read: (v) => (travelShown(v) ? { maxMinutes: v.app.travel.maxMinutes } : {}),
    apply: (s, { app }) => s.maxMinutes != null && (app.travel.maxMinutes = s.maxMinutes),
    encode: ({ maxMinutes }) => (maxMinutes != null ? String(maxMinutes) : null),
    decode: (value, into) => {
      const m = /^\d{2,3}$/.test(value) ? Number(value) : NaN;
      if (!(m >= 15 && m <= 120 && m % 15 === 0)) return false;
      into.maxMinutes = m;
      return true;
    },
  },
  {
    key: 'o',
    label: { zh: '起点', en: 'origin point' },
    stage: 'view',
    read: (v) => (travelShown(v) ? { origin: v.app.travel.origin } : {}),
    apply: (s, { app, onOrigin }) => {
      if (!s.origin) return;
      app.travel.origin = s.origin;
      onOrigin?.(s.origin);
    },
    encode: ({ origin }) => (origin ? `${round(origin[0], 5)},${round(origin[1], 5)}` : null),
    decode: (value, into) => {
      const o = parseOrigin(value);
      if (!o) return false;
      into.origin = o;
      return true;
    },
  },
  {
    key: 'ch',
    label: { zh: '演示章节', en: 'presentation chapter' },
    stage: 'chapter',
    read: ({ presenter }) => ({ chapter: presenter.active ? presenter.index : null }),
    // A chapter brings its own camera, layers, year and highlight.
    apply: (s, { presenter }) => s.chapter != null && presenter.enter(s.chapter),
    encode: ({ chapter }) => (chapter != null ? String(chapter) : null),
    decode: (value, into, ctx) => {
      const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      if (!(Number.isInteger(n) && n < (ctx.chapterCount ?? Infinity))) return false;
      into.chapter = n;
      return true;
    },
  },
  flag('e', 'embed', { zh: '嵌入模式', en: 'embed mode' }, { read: ({ embed }) => ({ embed }), apply: () => {} }, ['embed'], true),
  {
    key: 'imp',
    label: { zh: '导入图层', en: 'imported layers' },
    stage: 'view',
    read: ({ imports }) => ({ imports: imports ? linkPayloads(imports.layers, MAX_LINK_IMPORT_CHARS).included : [] }),
    apply: (s, { imports, appliedImports }) => {
      for (const token of s.imports ?? []) {
        if (appliedImports.has(token) || !imports) continue;
        appliedImports.add(token);
        const { text, name } = textFromLinkPayload(token);
        // Parsed in the import worker like any file: the link is untrusted input.
        void imports.importText(text, name);
      }
    },
    encode: ({ imports }) => (imports?.length ? imports.join('~') : null),
    decode: (value, into) => {
      const tokens = value.split('~').slice(0, 10);
      const ok = tokens.filter((x) => /^[A-Za-z0-9_-]{1,16000}$/.test(x));
      if (ok.length) into.imports = ok;
      return ok.length === tokens.length;
    },
  },
  paragraph('rp', 'readerPosition', { zh: '全文阅读位置', en: 'reading position in the plan text' }, {
    read: ({ app }) => (app.tab === 'text' ? { readerPosition: app.reader.position } : {}),
    apply: (s, { app }) => s.readerPosition && (app.reader.position = s.readerPosition),
  }),
  paragraph('hp', 'readerParagraph', { zh: '全文突出段落', en: 'highlighted paragraph of the plan text' }, {
    read: ({ app }) => ({ readerParagraph: app.reader.paragraph }),
    apply: (s, { app }) => s.readerParagraph && (app.reader.paragraph = s.readerParagraph),
  }),
  flag('rw', 'readerWide', { zh: '宽屏阅读', en: 'wide reading mode' }, {
    read: ({ app }) => (app.tab === 'text' ? { readerWide: app.reader.wide } : {}),
    apply: (s, { app }) => s.readerWide && (app.reader.wide = true),
  }),
];

function parseSelection(value: string, ctx: DecodeContext): LinkSelection | null {
  const m = /^(plan|county):([A-Za-z0-9_.-]{1,80})(?::([A-Za-z0-9_.-]{1,80}))?$/.exec(value);
  if (!m) return null;
  const [, kind, id, featureId] = m;
  if (kind === 'plan') {
    if (!new Set(ctx.planIds).has(id)) return null;
    return featureId ? { kind, id, featureId } : { kind, id };
  }
  if (featureId || !ctx.countyIds || !new Set(ctx.countyIds).has(id)) return null;
  return { kind: 'county', id };
}

/** `lon,lat` inside the region, or null. */
function parseOrigin(value: string): [number, number] | null {
  const [lon, lat, ...rest] = value.split(',').map(Number);
  const B = REGION_BOUNDS;
  return !rest.length && lon >= B.west && lon <= B.east && lat >= B.south && lat <= B.north ? [lon, lat] : null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
