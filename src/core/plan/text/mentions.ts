/**
 * Finds the phrases of a paragraph that name inventory items (rules in mention-rules.ts) and
 * splits a paragraph into pieces for display. Offsets are UTF-16 indices into the paragraph text.
 */
import type { MentionRule } from './mention-rules';

export interface Mention {
  id: string;
  start: number;
  end: number;
}

/** Non-overlapping mentions in `text`, in order; where candidates overlap, the longest one starting first wins. */
export function findMentions(text: string, rules: readonly MentionRule[]): Mention[] {
  const found: Mention[] = [];
  for (const rule of rules) {
    const windows = rule.in ? spans(text, rule.in) : null;
    const excluded = rule.notIn ? spans(text, rule.notIn) : [];
    for (const start of occurrences(text, rule.phrase)) {
      const end = start + rule.phrase.length;
      if (windows && !windows.some(([a, b]) => start >= a && end <= b)) continue;
      if (excluded.some(([a, b]) => start >= a && end <= b)) continue;
      found.push({ id: rule.id, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

export interface Piece {
  text: string;
  /** Inventory id when this piece is (part of) a mention. */
  id: string | null;
  /** Index of that mention in the paragraph's list (a mention cut by a mark spans several pieces). */
  mention: number;
  /** Inside the paragraph's inline title. */
  title: boolean;
  /** Inside a marked range (a quote or a search hit), by the range's kind. */
  marks: string[];
}

export interface MarkRange {
  start: number;
  end: number;
  kind: string;
}

/** Cuts `text` at the title end, every mention edge and every mark edge. */
export function pieces(text: string, titleLength: number, mentions: readonly Mention[], marks: readonly MarkRange[] = []): Piece[] {
  const cuts = new Set<number>([0, text.length, titleLength]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  for (const m of marks) cuts.add(Math.max(0, m.start)).add(Math.min(text.length, m.end));
  const at = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const [a, b] = [at[i], at[i + 1]];
    if (a === b) continue;
    const mention = mentions.findIndex((m) => m.start <= a && b <= m.end);
    out.push({
      text: text.slice(a, b),
      id: mention >= 0 ? mentions[mention].id : null,
      mention,
      title: b <= titleLength,
      marks: marks.filter((m) => m.start <= a && b <= m.end).map((m) => m.kind),
    });
  }
  return out;
}

function spans(text: string, phrase: string): (readonly [number, number])[] {
  return occurrences(text, phrase).map((s) => [s, s + phrase.length] as const);
}

/** Start offsets of every occurrence of `needle` in `hay` (non-overlapping scan). */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Search marks of `query` (trimmed) in each paragraph that contains it, by paragraph id. */
export function searchHits(paragraphs: readonly { id: string; text: string }[], query: string): Map<string, MarkRange[]> {
  const out = new Map<string, MarkRange[]>();
  if (!query) return out;
  for (const p of paragraphs) {
    const at = occurrences(p.text, query);
    if (at.length) out.set(p.id, at.map((s) => ({ start: s, end: s + query.length, kind: 'hit' })));
  }
  return out;
}
