/**
 * Every state is a link (issue #5): one versioned hash format for the whole view. This module holds
 * its types and limits; each part's encoder, decoder and notice label are one row of parts.ts, and
 * url.ts writes and reads the whole hash over that table.
 *
 *   #v=1&lang=en&c=120.65,28.01,9.5,0,0&l=regions,centres,axes&sel=plan:jiangxin-island
 *    &y=2022&t=travel&sc=plan-2022&r=ring-city&o=120.6,27.9&ch=3&e=1
 *
 * | part  | meaning                                   | values                                              |
 * |-------|-------------------------------------------|-----------------------------------------------------|
 * | v     | format version                            | `1` (anything else: best-effort read + a notice)    |
 * | lang  | language                                  | `zh` · `en`                                         |
 * | c     | camera `lon,lat,zoom,bearing,pitch`       | degrees WGS-84, zoom 5–18; clamped to the region    |
 * | l     | visible catalogue keys, comma-separated   | keys of src/core/plan/catalogue.ts; empty = none    |
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
 * | rp    | plan-text reading position (paragraph id) | ids of src/core/plan/text/ids.ts, e.g. `四(三)12`   |
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
import type { PlanYear } from '../../core/plan/model';
import type { RingRef } from '../../core/travel/circles';
import type { Scenario } from '../../core/travel/graph';
import type { Tab } from '../state/tabs';

export const URL_VERSION = 1;
/** Hashes longer than this are not read at all (characters). */
export const MAX_HASH_CHARS = 16000;
/** Imported layers ride in the link only while all of them together stay under this (characters). */
export const MAX_LINK_IMPORT_CHARS = 6000;
/** Where a camera or origin may be: the metropolitan area with a margin (WGS-84 degrees). */
export const REGION_BOUNDS = { west: 118.5, south: 26.3, east: 122.3, north: 29.4 } as const;
export const ZOOM_RANGE = [5, 18] as const;
export const PITCH_MAX_DEG = 85;

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

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
