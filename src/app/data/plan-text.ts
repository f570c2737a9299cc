/**
 * The plan text for the app: the repo's own copy (geodata/plan/source/, see PROVENANCE.md) bundled
 * as a string into the lazily loaded chunk that imports this module, parsed once per entry list.
 * Import this module only with `import()`, so that neither the text nor the mention table is in
 * the first render.
 */
import source from '../../../geodata/plan/source/wenzhou-metro-action-plan-2019.zh.txt?raw';
import { buildPlanDocument, type PlanDocument, type QuotedEntry } from '../../core/plan/text/document';

export { findQuote, hasPlace, idsIn, paragraphsOf, placesOf, type PlanDocument } from '../../core/plan/text/document';
export { pieces, type Piece, type MarkRange } from '../../core/plan/text/mentions';
export { SECTION_TITLES_EN } from '../../core/plan/text/section-titles';

let cached: { entries: readonly QuotedEntry[]; doc: PlanDocument } | null = null;

/** The parsed plan text with its mentions and the quote places of `entries` (memoised; `[]`: whatever is cached). */
export function planDocument(entries: readonly QuotedEntry[] = []): PlanDocument {
  if (cached && (cached.entries === entries || entries.length === 0)) return cached.doc;
  cached = { entries, doc: buildPlanDocument(source, entries) };
  return cached.doc;
}
