/**
 * The plan text → an outline (一 … 五, (一) …, 1. …) and its paragraphs with stable ids (ids.ts).
 * Pure: no Svelte, no MapLibre; runs in Node tests and in the lazily loaded reader chunk.
 *
 * The published text has one paragraph per line. A line `三、总体格局` opens a top-level section,
 * `(一)优化都市区空间格局` a second-level one, `1.构建…格局。…` a numbered item whose title runs
 * to the first `。` (the same holds for `(一)加强组织领导。…` in 五, whose second level has no
 * items). Item numbers restart in each part of 三 and run 1–32 through 四, so a section id joins
 * the levels: `三(一)1`, `四(三)10`.
 */
import { paragraphId } from './ids';

export interface Paragraph {
  /** Stable id, see ids.ts. */
  id: string;
  /** Id of the section it stands in. */
  section: string;
  /** The number as printed (`1.`, `(一)`), when the paragraph opens a numbered section. */
  label: string;
  /** The paragraph's text without its number; its first `titleLength` characters are the title. */
  text: string;
  titleLength: number;
}

export interface Section {
  id: string;
  level: 0 | 1 | 2 | 3;
  /** The number as printed: `三、`, `(一)`, `1.`; empty for the pseudo-sections 首 and 附. */
  label: string;
  titleZh: string;
  children: Section[];
  /** Ids of the paragraphs directly in this section, in order. */
  paragraphs: string[];
}

export interface PlanText {
  /** Top-level sections in document order: 首, 一 … 五, 附. */
  outline: Section[];
  /** Every paragraph in document order. */
  paragraphs: Paragraph[];
}

const CN = '一二三四五六七八九十';
const L1 = new RegExp(`^([${CN}]{1,2})、(.+)$`);
const L2 = new RegExp(`^\\(([${CN}]{1,2})\\)(.+)$`);
const L3 = /^(\d{1,2})\.(.+)$/;

/** Parses the plan's published plain text (one paragraph per line, blank lines between). */
export function parsePlanText(source: string): PlanText {
  const outline: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const lines = source.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

  const front = section('首', 0, '', '文首');
  outline.push(front);
  let l1: Section | null = null;
  let l2: Section | null = null;
  let current: Section = front;

  const add = (s: Section, label: string, text: string, titleLength: number) => {
    const id = paragraphId(s.id, s.paragraphs.length + 1);
    s.paragraphs.push(id);
    paragraphs.push({ id, section: s.id, label, text, titleLength });
  };

  for (const line of lines) {
    let m: RegExpExecArray | null;
    if (line.startsWith('附件')) {
      current = section('附', 0, '', '附件');
      outline.push(current);
      l1 = l2 = null;
      add(current, '', line, 0);
    } else if ((m = L1.exec(line)) && line.length < 30) {
      l1 = section(m[1], 1, `${m[1]}、`, m[2]);
      l2 = null;
      outline.push(l1);
      current = l1;
    } else if (l1 && (m = L2.exec(line))) {
      const [title, body] = splitTitle(m[2]);
      l2 = section(`${l1.id}(${m[1]})`, 2, `(${m[1]})`, title);
      l1.children.push(l2);
      current = l2;
      if (body !== '') add(l2, l2.label, m[2], Math.min(m[2].length, title.length + 1));
    } else if (l1 && (m = L3.exec(line))) {
      const parent = l2 ?? l1;
      const [title] = splitTitle(m[2]);
      const s = section(`${parent.id}${m[1]}`, 3, `${m[1]}.`, title);
      parent.children.push(s);
      current = s;
      add(s, s.label, m[2], Math.min(m[2].length, title.length + 1));
    } else {
      add(current, '', line, 0);
    }
  }
  return { outline, paragraphs };
}

/** Every section of `outline`, depth first, in document order. */
export function flattenOutline(outline: Section[]): Section[] {
  return outline.flatMap((s) => [s, ...flattenOutline(s.children)]);
}

// --- private helpers ---

function section(id: string, level: Section['level'], label: string, titleZh: string): Section {
  return { id, level, label, titleZh, children: [], paragraphs: [] };
}

/** `构建…格局。温州都市区…` → [`构建…格局`, `温州都市区…`]; no `。` → the whole line is the title. */
function splitTitle(s: string): [string, string] {
  const i = s.indexOf('。');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
