/**
 * Paragraph ids of the plan text (温政发〔2019〕18号). Pure and tiny: the link format imports it
 * without pulling in the text.
 *
 * A paragraph's id is the number of the section it stands in, written as the catalogue writes
 * `section` (scripts/sources/plan-catalogue.json): `一`, `三(一)1`, `四(三)10`, `五(二)`. The
 * section's first paragraph carries the bare number, so `三(一)1` names both the section and its
 * opening paragraph; a later paragraph of the same section gets `¶k` (k = 2, 3 …): `首¶3`.
 * Text outside the numbered sections is in two pseudo-sections: `首` (the notice, the plan title
 * and its preamble, before 一) and `附` (the attachment line at the end).
 * Headings that hold no paragraph of their own (`三`, `三(一)`) are section ids only.
 */

/** Separator between a section number and a later paragraph's ordinal. */
export const PARAGRAPH_SEP = '¶';

const NUM = '[一二三四五六七八九十]';
const SHAPE = new RegExp(`^(?:首|附|${NUM}{1,2}(?:\\(${NUM}{1,2}\\))?(?:\\d{1,2})?)(?:${PARAGRAPH_SEP}\\d{1,3})?$`);

/** Whether `s` has the shape of a section or paragraph id (not whether the text has it). */
export function isParagraphIdShape(s: string): boolean {
  return s.length <= 16 && SHAPE.test(s);
}

/** The section a paragraph id belongs to: `首¶3` → `首`, `三(一)1` → `三(一)1`. */
export function sectionOf(paragraphId: string): string {
  const i = paragraphId.indexOf(PARAGRAPH_SEP);
  return i < 0 ? paragraphId : paragraphId.slice(0, i);
}

/** The id of the `k`-th (1-based) paragraph of `section`. */
export function paragraphId(section: string, k: number): string {
  return k <= 1 ? section : `${section}${PARAGRAPH_SEP}${k}`;
}
