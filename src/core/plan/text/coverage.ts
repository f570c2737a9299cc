/** What each paragraph of the plan text puts on the map: the inventory ids it names, and whether any is drawn. */
import type { PlanDocument } from './document';

export interface ParagraphRefs {
  ids: string[];
  /** mapped: at least one named item has features; listed: named, none drawn; none: names nothing. */
  kind: 'none' | 'mapped' | 'listed';
}

/** The references of every paragraph, by paragraph id (`byId`: feature counts of the plan index). */
export function paragraphRefs(doc: PlanDocument, byId: ReadonlyMap<string, { features: number }>): Map<string, ParagraphRefs> {
  return new Map(
    doc.paragraphs.map((p) => {
      const ids = [...new Set((doc.mentions.get(p.id) ?? []).map((m) => m.id))];
      const kind = ids.length === 0 ? 'none' : ids.some((id) => (byId.get(id)?.features ?? 0) > 0) ? 'mapped' : 'listed';
      return [p.id, { ids, kind }] as const;
    }),
  );
}
