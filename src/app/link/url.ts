/**
 * Every state is a link (issue #5): one versioned hash format for the whole view.
 *
 *   #v=1&lang=en&c=120.65,28.01,9.5,0,0&l=regions,centres,axes&sel=plan:jiangxin-island
 *    &y=2022&t=travel&sc=plan-2022&r=ring-city&o=120.6,27.9&ch=3&e=1
 *
 * | part  | meaning                                   | values                                              |
 * |-------|-------------------------------------------|-----------------------------------------------------|
 * | v     | format version                            | `1` (anything else: best-effort read + a notice)    |
 * | lang  | language                                  | `zh` · `en`                                         |
 * | c     | camera `lon,lat,zoom,bearing,pitch`       | degrees WGS-84, zoom 5–18; clamped to the region    |
 * | l     | visible catalogue keys, comma-separated   | keys of src/lib/plan/catalogue.ts; empty = none     |
 * | sel   | selection `plan:<id>[:<featureId>]`       | ids of geodata/web/plan-index.json                  |
 * |       | or `county:<adcode>`                      | adcodes of the index's counties                     |
 * | y     | plan year                                 | `2019` · `2022` · `2035`                            |
 * | t     | sidebar tab                               | `layers` `projects` `targets` `travel` `import` `text` |
 * | sc    | travel scenario (= the year: one control) | `existing-2019` · `plan-2022` · `plan-2035`         |
 * | r     | travel ring                               | `ring-urban` · `ring-city` · `ring-metro`           |
 * | m     | travel cut-off, minutes (rings every 15)  | 15 · 30 · … · 120                                   |
 * | o     | clicked catchment origin `lon,lat`        | inside the region                                   |
 * | ch    | presenter chapter (0-based); enters it    | 0 … chapters − 1                                    |
 * | e     | embed mode (also `embed=1`)               | `1`                                                 |
 * | imp   | small imported layers, `~`-separated      | base64url of each layer's GeoJSON (re-imported as   |
 * |       |                                           | untrusted input); at most MAX_LINK_IMPORT_CHARS     |
 * | rp    | plan-text reading position (paragraph id) | ids of src/lib/plan/text/ids.ts, e.g. `四(三)12`    |
 * | hp    | paragraph/section shown on the map        | same ids; its items are highlighted                 |
 * | rw    | plan-text wide reading mode               | `1`                                                 |
 *
 * The year and the travel scenario are one state: a link whose `y` and `sc` disagree (written
 * before they were joined) is read with `sc` on the travel tab and `y` elsewhere, with a notice.
 *
 * Each part is read on its own: a malformed, unknown or out-of-range part is left out of the
 * snapshot (the app keeps its default for it) and adds a bilingual notice. Decoding never throws.
 * Values that leave this module are always re-built from validated tokens, never echoed input.
 */
import type { Lang } from '../../core/i18n/i18n';
import { YEARS, type PlanYear } from '../../core/plan/model';
import { RING_REFS, type RingRef } from '../../core/travel/circles';
import { SCENARIOS, SCENARIO_OF_YEAR, YEAR_OF_SCENARIO, type Scenario } from '../../core/travel/graph';
import type { Tab } from '../state/app.svelte';
import { isParagraphIdShape } from '../../core/plan/text/ids';

export const URL_VERSION = 1;
/** Hashes longer than this are not read at all (characters). */
export const MAX_HASH_CHARS = 16000;
/** Imported layers ride in the link only while all of them together stay under this (characters). */
export const MAX_LINK_IMPORT_CHARS = 6000;
/** Where a camera or origin may be: the metropolitan area with a margin (WGS-84 degrees). */
export const REGION_BOUNDS = { west: 118.5, south: 26.3, east: 122.3, north: 29.4 } as const;
export const ZOOM_RANGE = [5, 18] as const;
export const PITCH_MAX_DEG = 85;
export const TABS = ['layers', 'projects', 'targets', 'travel', 'import', 'text'] as const satisfies readonly Tab[];

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export type LinkSelection = { kind: 'plan'; id: string; featureId?: string } | { kind: 'county'; id: string };

export interface Snapshot {
  lang: Lang;
  camera: Camera | null;
  visible: string[];
  selection: LinkSelection | null;
  year: PlanYear;
  tab: Tab;
  scenario: Scenario;
  ring: RingRef;
  /** Largest travel cut-off, minutes (multiple of 15, 15–120). */
  maxMinutes: number;
  origin: [number, number] | null;
  chapter: number | null;
  embed: boolean;
  /** base64url GeoJSON of small imported layers (absent = none). */
  imports?: string[];
  /** Plan-text reader (issue 16): reading position, paragraph shown on the map, wide mode. */
  readerPosition?: string | null;
  readerParagraph?: string | null;
  readerWide?: boolean;
}

/** What a link may refer to: ids are checked against these. */
export interface DecodeContext {
  layerKeys: readonly string[];
  planIds: Iterable<string>;
  countyIds?: Iterable<string>;
  chapterCount?: number;
}

export interface Notice {
  zh: string;
  en: string;
}

export interface Decoded {
  snapshot: Partial<Snapshot>;
  notices: Notice[];
}

/** Builds the hash (with its leading `#`) for a snapshot; absent/null parts are left out. */
export function encodeState(s: Partial<Snapshot>): string {
  const parts: string[] = [`v=${URL_VERSION}`];
  if (s.lang) parts.push(`lang=${s.lang}`);
  if (s.camera) {
    const { center, zoom, bearing, pitch } = s.camera;
    parts.push(`c=${[round(center[0], 5), round(center[1], 5), round(zoom, 2), round(bearing, 1), round(pitch, 1)].join(',')}`);
  }
  if (s.visible) parts.push(`l=${s.visible.map(encodeURIComponent).join(',')}`);
  if (s.selection) {
    const sel = s.selection;
    const tail = sel.kind === 'plan' && sel.featureId ? `:${sel.featureId}` : '';
    parts.push(`sel=${encodeURIComponent(`${sel.kind}:${sel.id}${tail}`)}`);
  }
  if (s.year != null) parts.push(`y=${s.year}`);
  if (s.tab) parts.push(`t=${s.tab}`);
  if (s.scenario) parts.push(`sc=${s.scenario}`);
  if (s.ring) parts.push(`r=${s.ring}`);
  if (s.maxMinutes != null) parts.push(`m=${s.maxMinutes}`);
  if (s.origin) parts.push(`o=${round(s.origin[0], 5)},${round(s.origin[1], 5)}`);
  if (s.chapter != null) parts.push(`ch=${s.chapter}`);
  if (s.embed) parts.push('e=1');
  if (s.imports?.length) parts.push(`imp=${s.imports.join('~')}`);
  if (s.readerPosition) parts.push(`rp=${encodeURIComponent(s.readerPosition)}`);
  if (s.readerParagraph) parts.push(`hp=${encodeURIComponent(s.readerParagraph)}`);
  if (s.readerWide) parts.push('rw=1');
  return `#${parts.join('&')}`;
}

/** Reads a hash (with or without `#`); every part independently, with a notice per problem. */
export function decodeState(hash: unknown, ctx: DecodeContext): Decoded {
  const snapshot: Partial<Snapshot> = {};
  const notices: Notice[] = [];
  const note = (n: Notice) => {
    if (!notices.some((x) => x.en === n.en)) notices.push(n);
  };
  if (typeof hash !== 'string') return { snapshot, notices };
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.trim() === '') return { snapshot, notices };
  if (raw.length > MAX_HASH_CHARS) return { snapshot, notices: [TOO_LONG] };

  const params = new Map<string, string | null>();
  for (const piece of raw.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = safeDecode(eq < 0 ? piece : piece.slice(0, eq));
    if (key === null) continue;
    if (!params.has(key)) params.set(key, safeDecode(eq < 0 ? '' : piece.slice(eq + 1)));
  }

  const v = params.get('v');
  // A hand-typed `#ch=0` has no version: read it as the current one.
  if (v !== undefined && v !== String(URL_VERSION)) note(OUTDATED);

  const bad = (label: Notice) => note(partNotice(label));
  for (const [key, value] of params) {
    if (!KNOWN.has(key)) {
      note(UNKNOWN_PARTS);
      continue;
    }
    if (value === null) {
      if (key in LABELS) bad(LABELS[key as keyof typeof LABELS]);
      continue;
    }
    switch (key) {
      case 'lang':
        if (value === 'zh' || value === 'en') snapshot.lang = value;
        else bad(LABELS.lang);
        break;
      case 'c': {
        const cam = parseCamera(value);
        if (cam) {
          snapshot.camera = cam.camera;
          if (cam.clamped) note(CLAMPED);
        } else bad(LABELS.c);
        break;
      }
      case 'l': {
        if (value === '') {
          snapshot.visible = [];
          break;
        }
        const known = new Set(ctx.layerKeys);
        const tokens = value.split(',').slice(0, 200);
        const keys = [...new Set(tokens.filter((k) => known.has(k)))];
        if (keys.length === 0) bad(LABELS.l);
        else {
          snapshot.visible = keys;
          if (keys.length < tokens.length) note(DROPPED_LAYERS);
        }
        break;
      }
      case 'sel': {
        const sel = parseSelection(value, ctx);
        if (sel) snapshot.selection = sel;
        else bad(LABELS.sel);
        break;
      }
      case 'y': {
        const y = YEARS.find((x) => String(x) === value);
        if (y) snapshot.year = y;
        else bad(LABELS.y);
        break;
      }
      case 't': {
        const tab = TABS.find((x) => x === value);
        if (tab) snapshot.tab = tab;
        else bad(LABELS.t);
        break;
      }
      case 'sc': {
        const sc = SCENARIOS.find((x) => x === value);
        if (sc) snapshot.scenario = sc;
        else bad(LABELS.sc);
        break;
      }
      case 'r': {
        const r = RING_REFS.find((x) => x === value);
        if (r) snapshot.ring = r;
        else bad(LABELS.r);
        break;
      }
      case 'm': {
        const m = /^\d{2,3}$/.test(value) ? Number(value) : NaN;
        if (m >= 15 && m <= 120 && m % 15 === 0) snapshot.maxMinutes = m;
        else bad(LABELS.m);
        break;
      }
      case 'o': {
        const o = parseLonLat(value);
        if (o && inRegion(o)) snapshot.origin = o;
        else bad(LABELS.o);
        break;
      }
      case 'ch': {
        const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
        const max = ctx.chapterCount ?? Infinity;
        if (Number.isInteger(n) && n < max) snapshot.chapter = n;
        else bad(LABELS.ch);
        break;
      }
      case 'imp': {
        const tokens = value.split('~').slice(0, 10);
        const ok = tokens.filter((x) => /^[A-Za-z0-9_-]{1,16000}$/.test(x));
        if (ok.length) snapshot.imports = ok;
        if (ok.length < tokens.length) bad(LABELS.imp);
        break;
      }
      case 'rp':
      case 'hp':
        if (isParagraphIdShape(value)) snapshot[key === 'rp' ? 'readerPosition' : 'readerParagraph'] = value;
        else bad(LABELS[key]);
        break;
      case 'rw':
        if (value === '1') snapshot.readerWide = true;
        else if (value !== '0') bad(LABELS.rw);
        break;
      case 'e':
      case 'embed':
        if (value === '1' || value === '') snapshot.embed = true;
        else if (value !== '0') bad(LABELS.e);
        break;
    }
  }
  // One time control: an older link may carry a year and a scenario that disagree.
  if (snapshot.year != null && snapshot.scenario && YEAR_OF_SCENARIO[snapshot.scenario] !== snapshot.year) {
    if (snapshot.tab === 'travel') snapshot.year = YEAR_OF_SCENARIO[snapshot.scenario];
    else snapshot.scenario = SCENARIO_OF_YEAR[snapshot.year];
    note(TIME_JOINED);
  }
  return { snapshot, notices };
}

/** Just the embed flag, for deciding the page chrome before anything has loaded. */
export function isEmbedHash(hash: string): boolean {
  return decodeState(hash, { layerKeys: [], planIds: [] }).snapshot.embed === true;
}

/** Camera from `lon,lat,zoom[,bearing[,pitch]]`; clamped into the region and zoom range. */
export function parseCamera(value: string): { camera: Camera; clamped: boolean } | null {
  const nums = value.split(',').map(Number);
  if (nums.length < 3 || nums.length > 5 || nums.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom, bearing = 0, pitch = 0] = nums;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  const B = REGION_BOUNDS;
  const camera: Camera = {
    center: [clamp(lon, B.west, B.east), clamp(lat, B.south, B.north)],
    zoom: clamp(zoom, ZOOM_RANGE[0], ZOOM_RANGE[1]),
    bearing: ((((bearing + 180) % 360) + 360) % 360) - 180,
    pitch: clamp(pitch, 0, PITCH_MAX_DEG),
  };
  const clamped = camera.center[0] !== lon || camera.center[1] !== lat || camera.zoom !== zoom || camera.pitch !== pitch;
  return { camera, clamped };
}

// --- private helpers ---

const LABELS = {
  lang: { zh: '语言', en: 'language' },
  c: { zh: '地图视角', en: 'map view' },
  l: { zh: '图层', en: 'layers' },
  sel: { zh: '选中对象', en: 'selection' },
  y: { zh: '年份', en: 'year' },
  t: { zh: '面板', en: 'panel' },
  sc: { zh: '交通情景', en: 'travel scenario' },
  r: { zh: '交通圈', en: 'travel circle' },
  m: { zh: '交通圈时限', en: 'travel cut-off' },
  o: { zh: '起点', en: 'origin point' },
  ch: { zh: '演示章节', en: 'presentation chapter' },
  e: { zh: '嵌入模式', en: 'embed mode' },
  imp: { zh: '导入图层', en: 'imported layers' },
  rp: { zh: '全文阅读位置', en: 'reading position in the plan text' },
  hp: { zh: '全文突出段落', en: 'highlighted paragraph of the plan text' },
  rw: { zh: '宽屏阅读', en: 'wide reading mode' },
} satisfies Record<string, Notice>;
const KNOWN = new Set(['v', 'embed', ...Object.keys(LABELS)]);

const OUTDATED: Notice = { zh: '链接格式版本不符，已尽量读取其中可识别的部分。', en: 'The link is from another version; the parts that could be read were kept.' };
const UNKNOWN_PARTS: Notice = { zh: '链接中有无法识别的部分，已忽略。', en: 'Parts of the link were not recognised and were ignored.' };
const DROPPED_LAYERS: Notice = { zh: '链接中的部分图层不存在，已忽略。', en: 'Some layers in the link do not exist and were ignored.' };
const CLAMPED: Notice = { zh: '链接中的地图视角超出都市区范围，已调整。', en: 'The map view in the link was outside the metropolitan area and was adjusted.' };
const TIME_JOINED: Notice = { zh: '链接中的年份与交通情景不一致（二者现为同一控件），已按当前面板取其一。', en: 'The link\'s year and travel scenario disagreed (they are now one control); the one of its panel was used.' };
const TOO_LONG: Notice = { zh: '链接过长，无法读取，已显示默认视图。', en: 'The link is too long to read; showing the default view.' };

function partNotice(label: Notice): Notice {
  return { zh: `链接中的“${label.zh}”无法识别，已使用默认值。`, en: `The link's ${label.en} could not be read; using the default.` };
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

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

function parseLonLat(value: string): [number, number] | null {
  const nums = value.split(',').map(Number);
  if (nums.length !== 2 || nums.some((n) => !Number.isFinite(n))) return null;
  return [nums[0], nums[1]];
}

function inRegion([lon, lat]: [number, number]): boolean {
  const B = REGION_BOUNDS;
  return lon >= B.west && lon <= B.east && lat >= B.south && lat <= B.north;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
