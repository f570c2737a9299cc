/**
 * The plan text as the reader uses it: outline, paragraphs, the items each paragraph names, where
 * each item's catalogue quote stands, and every place an item is named. Pure.
 */
import { MENTION_RULES, type MentionRule } from './mention-rules';
import { findMentions, occurrences, type Mention } from './mentions';
import { flattenOutline, parsePlanText, type Paragraph, type Section } from './parse';

/** What the reader needs of a catalogue entry (geodata/web/plan-index.json). */
export interface QuotedEntry {
  id: string;
  section: string;
  quote_zh: string;
}

export interface QuoteSpot {
  paragraph: string;
  start: number;
  end: number;
}

export interface PlanDocument {
  outline: Section[];
  sections: Map<string, Section>;
  paragraphs: Paragraph[];
  byId: Map<string, Paragraph>;
  mentions: Map<string, Mention[]>;
  /** Where each entry's quote stands (absent: not found verbatim in its section). */
  quotes: Map<string, QuoteSpot>;
}

/** Builds the document from the plan's text, the catalogue entries and the mention rules. */
export function buildPlanDocument(source: string, entries: readonly QuotedEntry[] = [], rules: readonly MentionRule[] = MENTION_RULES): PlanDocument {
  const { outline, paragraphs } = parsePlanText(source);
  const sections = new Map(flattenOutline(outline).map((s) => [s.id, s]));
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const mentions = new Map(paragraphs.map((p) => [p.id, findMentions(p.text, rules)]));
  const quotes = new Map<string, QuoteSpot>();
  const partial = { paragraphs };
  for (const e of entries) {
    const spot = findQuote(partial, e);
    if (spot) quotes.set(e.id, spot);
  }
  return { outline, sections, paragraphs, byId, mentions, quotes };
}

/** Ids named in a section (all its paragraphs) or in one paragraph (`首¶3`), in order of first mention. */
export function idsIn(doc: PlanDocument, paragraphOrSection: string): string[] {
  const ids = doc.sections.has(paragraphOrSection) ? paragraphsOf(doc, paragraphOrSection) : doc.byId.has(paragraphOrSection) ? [paragraphOrSection] : [];
  return [...new Set(ids.flatMap((id) => (doc.mentions.get(id) ?? []).map((m) => m.id)))];
}

/** Every paragraph id of a section and its subsections, in document order. */
export function paragraphsOf(doc: PlanDocument, sectionId: string): string[] {
  const s = doc.sections.get(sectionId);
  return s ? flattenOutline([s]).flatMap((x) => x.paragraphs) : [];
}

/** Where `entry`'s quote stands verbatim: in a paragraph of its catalogue section. */
export function findQuote(doc: Pick<PlanDocument, 'paragraphs'>, entry: QuotedEntry): QuoteSpot | undefined {
  for (const p of doc.paragraphs) {
    if (p.section !== entry.section) continue;
    const [start] = occurrences(p.text, entry.quote_zh);
    if (start !== undefined) return { paragraph: p.id, start, end: start + entry.quote_zh.length };
  }
  return undefined;
}

/** Every paragraph naming `id`: its quote's paragraph first (`entry` finds it if the document has no quotes), then the others in document order. */
export function placesOf(doc: PlanDocument, id: string, entry?: QuotedEntry): string[] {
  const named = doc.paragraphs.filter((p) => doc.mentions.get(p.id)?.some((m) => m.id === id)).map((p) => p.id);
  const q = (doc.quotes.get(id) ?? (entry ? findQuote(doc, entry) : undefined))?.paragraph;
  return q ? [q, ...named.filter((p) => p !== q)] : named;
}

/** Whether `id` names a section or a paragraph of the document (link parts and chapters are checked with it). */
export function hasPlace(doc: PlanDocument, id: string): boolean {
  return doc.sections.has(id) || doc.byId.has(id);
}
