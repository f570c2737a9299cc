/**
 * Presenter chapters: the data format of chapters.json and its validator. A chapter is a slide:
 * a camera, the catalogue layers to show, plan ids to highlight, a year, an optional travel
 * circle, and a title, caption and speaker notes in Chinese and English.
 */
import type { Lang } from '../i18n/i18n';
import { ALL_KEYS } from '../plan/catalogue';
import { YEARS, type PlanYear } from '../plan/model';
import { RING_REFS, type RingRef } from '../travel/circles';
import { SCENARIOS, type Scenario } from '../travel/graph';
import raw from './chapters.json';

/** Cameras in chapters.json are authored for this screen (px); other screens get a scaled zoom. */
export const REFERENCE_VIEWPORT = { width: 1920, height: 1080 } as const;

export type Bilingual = Record<Lang, string>;

export interface ChapterCamera {
  /** WGS-84 `[lon, lat]`, degrees. */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Chapter {
  id: string;
  title: Bilingual;
  caption: Bilingual;
  notes: Bilingual;
  camera: ChapterCamera;
  /** Catalogue keys (src/core/plan/catalogue.ts). */
  visible: string[];
  /** plan-index ids; the first is selected (and so drawn highlighted). */
  highlight: string[];
  year: PlanYear;
  travel?: { ring: RingRef; scenario: Scenario };
  /** 3D relief under the chapter (e.g. 环山、跨江、面海); sets `app.terrain`. */
  terrain?: boolean;
  /** A plan paragraph in the plan-index notation (三(一)1) shown as the chapter's caption. */
  paragraph?: string;
  /** A panel drawn on the slide: the targets with outcomes, the status since 2019, or the model's seat table. */
  board?: ChapterBoard;
}

export const BOARDS = ['targets', 'outcomes', 'seats'] as const;
export type ChapterBoard = (typeof BOARDS)[number];

export interface ValidationContext {
  layerKeys: readonly string[];
  planIds: Iterable<string>;
}

/** Checks chapters.json-shaped data; returns one readable message per problem (empty = valid). */
export function validateChapters(data: unknown, ctx: ValidationContext): string[] {
  const errors: string[] = [];
  const chapters = (data as { chapters?: unknown } | null)?.chapters;
  if (!Array.isArray(chapters) || chapters.length === 0) return ['`chapters` must be a non-empty array'];
  const keys = new Set(ctx.layerKeys);
  const ids = new Set(ctx.planIds);
  const seen = new Set<string>();
  chapters.forEach((c: Record<string, unknown>, i) => {
    const at = `chapter ${i} (${typeof c?.id === 'string' ? c.id : '?'})`;
    const err = (m: string) => errors.push(`${at}: ${m}`);
    if (typeof c !== 'object' || c === null) return err('not an object');
    if (typeof c.id !== 'string' || !/^[a-z0-9-]+$/.test(c.id)) err('id must be lower-case letters, digits and -');
    else if (seen.has(c.id)) err('duplicate id');
    else seen.add(c.id);
    for (const f of ['title', 'caption', 'notes'] as const) {
      const b = c[f] as Partial<Bilingual> | undefined;
      if (!b || typeof b.zh !== 'string' || typeof b.en !== 'string' || !b.zh.trim() || !b.en.trim()) err(`${f} needs non-empty zh and en`);
    }
    const cam = c.camera as Partial<ChapterCamera> | undefined;
    const [lon, lat] = Array.isArray(cam?.center) ? cam.center : [NaN, NaN];
    if (!cam || !(lon >= 118.5 && lon <= 122.3 && lat >= 26.3 && lat <= 29.4)) err('camera.center must be [lon, lat] inside the region');
    if (!cam || typeof cam.zoom !== 'number' || cam.zoom < 5 || cam.zoom > 18) err('camera.zoom must be 5–18');
    if (!cam || typeof cam.bearing !== 'number' || typeof cam.pitch !== 'number' || cam.pitch < 0 || cam.pitch > 85) err('camera.bearing and camera.pitch (0–85) are numbers');
    if (!Array.isArray(c.visible) || c.visible.some((k) => !keys.has(k))) err(`visible must list catalogue keys (${[...keys].join(', ')})`);
    if (!Array.isArray(c.highlight) || c.highlight.some((k) => !ids.has(k))) err(`highlight has ids not in plan-index.json: ${Array.isArray(c.highlight) ? c.highlight.filter((k) => !ids.has(k)).join(', ') : '(not an array)'}`);
    if (!YEARS.includes(c.year as PlanYear)) err(`year must be one of ${YEARS.join(', ')}`);
    if (c.travel !== undefined) {
      const t = c.travel as { ring?: unknown; scenario?: unknown };
      if (!RING_REFS.includes(t.ring as RingRef) || !SCENARIOS.includes(t.scenario as Scenario)) err(`travel needs ring (${RING_REFS.join(', ')}) and scenario (${SCENARIOS.join(', ')})`);
      // The plan dates all three circles to 2022 (二): a circle shown on another network is not the plan's promise.
      else if (t.scenario === 'plan-2035') err('a 1-hour circle is promised for 2022 (二): show it on existing-2019 or plan-2022');
    }
    if (c.terrain !== undefined && typeof c.terrain !== 'boolean') err('terrain must be true or false');
    if (c.paragraph !== undefined && (typeof c.paragraph !== 'string' || !SECTION.test(c.paragraph))) err('paragraph must be a section like 三(一)1');
    if (c.board !== undefined && !BOARDS.includes(c.board as ChapterBoard)) err(`board must be one of ${BOARDS.join(', ')}`);
    if (c.board === 'seats' && c.travel === undefined) err('a seats board needs a travel circle');
  });
  return errors;
}

/** Plan-index section notation: 二, 三(一)2, 四(三)12, 五(二). */
const SECTION = /^[一二三四五](?:\([一二三四五六七八]\)\d{0,2})?$/;

/** Plan ids that no chapter highlights (the deck must show every plan item at least once). */
export function uncoveredIds(chapters: readonly Pick<Chapter, 'highlight'>[], planIds: Iterable<string>): string[] {
  const shown = new Set(chapters.flatMap((c) => c.highlight));
  return [...planIds].filter((id) => !shown.has(id));
}

/** The chapters shipped with the app (validated by chapters.test.ts and, in development, on load). */
export const CHAPTERS: readonly Chapter[] = (raw as unknown as { chapters: Chapter[] }).chapters;

// In development the shipped chapters are checked on load too (plan ids are checked by the unit test,
// which reads plan-index.json; here every highlighted id is accepted).
if (import.meta.env?.DEV) {
  const problems = validateChapters(raw, { layerKeys: ALL_KEYS, planIds: CHAPTERS.flatMap((c) => c.highlight) });
  if (problems.length) console.error(`chapters.json:\n${problems.join('\n')}`);
}

/** Zoom for a chapter on a screen of `width`×`height` px, so it frames what it frames at 1920×1080. */
export function fitZoom(zoom: number, width: number, height: number): number {
  if (!(width > 0 && height > 0)) return zoom;
  return zoom + Math.log2(Math.min(width / REFERENCE_VIEWPORT.width, height / REFERENCE_VIEWPORT.height));
}
