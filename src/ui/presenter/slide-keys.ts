/**
 * The presenter's keys (→ / Space / PageDown next, ← / PageUp back, Home / End, Esc leaves,
 * F full screen, N notes: app/state/presenter.svelte.ts `keyToCommand`), on the window while
 * presenting. Keys typed into a field or a dialog stay there.
 */
import { keyToCommand, type PresenterController } from '../../app/state/presenter.svelte';

/** Listens for slide keys; `leave` runs on Esc. Returns the remover. */
export function listenSlideKeys(presenter: PresenterController, leave: () => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const cmd = keyToCommand(e.key, e.code);
    if (!cmd) return;
    // Space/Enter on a focused button is that button's; arrows and the rest are the deck's.
    if ((e.key === ' ' || e.code === 'Space') && target?.closest('button, a')) return;
    e.preventDefault();
    if (cmd === 'fullscreen') toggleFullscreen();
    else if (cmd === 'exit') leave();
    else presenter.run(cmd);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

/** Full screen on or off (a refusal by the browser is ignored). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
