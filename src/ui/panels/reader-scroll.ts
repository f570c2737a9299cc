/** Scrolling the plan text (PlanReader): bring a section or paragraph into view; which one is at the top. */

/** Scrolls `scroller` so that the section or paragraph `id` is at the top or centred, and focuses it (for screen readers). */
export function revealIn(scroller: HTMLElement, id: string, block: 'start' | 'center', smooth = true): void {
  const sel = `[data-sid="${CSS.escape(id)}"], [data-pid="${CSS.escape(id)}"]`;
  const el = scroller.querySelector<HTMLElement>(sel);
  if (!el) return;
  const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  const offset = block === 'center' ? Math.max(8, (scroller.clientHeight - el.offsetHeight) / 2) : 8;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  scroller.scrollTo({ top: scroller.scrollTop + top - offset, behavior: smooth && !reduce ? 'smooth' : 'auto' });
  el.focus({ preventScroll: true });
}

/** Id of the first paragraph not yet scrolled past (the reading position); null for one without an id, undefined when none. */
export function topParagraph(scroller: HTMLElement): string | null | undefined {
  const top = scroller.getBoundingClientRect().top + 4;
  for (const el of scroller.querySelectorAll<HTMLElement>('[data-pid]')) {
    if (el.getBoundingClientRect().bottom > top) return el.dataset.pid ?? null;
  }
  return undefined;
}
