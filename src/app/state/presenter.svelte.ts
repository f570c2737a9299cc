/**
 * Presenter mode state: which chapter is on, whether notes are shown, whether the audience is
 * exploring freely. Keys map to commands through the pure `keyToCommand`; the overlay component
 * turns chapters into camera moves, and `applyChapter` turns them into app state.
 */
import type { AppState } from './app.svelte';
import type { Chapter } from '../../core/presenter/chapters';

export type Command = 'next' | 'prev' | 'home' | 'end' | 'exit' | 'fullscreen' | 'notes';

/** Slide-style keys (a clicker sends PageUp/PageDown). `key`/`code` as in KeyboardEvent. */
export function keyToCommand(key: string, code: string): Command | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    case 'Escape':
    case 'Esc':
      return 'exit';
  }
  if (code === 'Space') return 'next';
  // Letters by physical key too, so F and N work with a Chinese IME or another layout.
  if (key === 'f' || key === 'F' || code === 'KeyF') return 'fullscreen';
  if (key === 'n' || key === 'N' || code === 'KeyN') return 'notes';
  return null;
}

export class PresenterController {
  active = $state(false);
  index = $state(0);
  notesOpen = $state(false);
  /** The user has panned/zoomed away from the chapter's camera. */
  exploring = $state(false);
  /** Bumped whenever the chapter's camera should be (re)applied: the overlay flies there. */
  cameraRequest = $state(0);

  constructor(readonly chapters: readonly Chapter[]) {}

  get chapter(): Chapter {
    return this.chapters[this.index];
  }

  get count(): number {
    return this.chapters.length;
  }

  enter(index = 0): void {
    this.active = true;
    this.goto(index);
  }

  exit(): void {
    this.active = false;
    this.exploring = false;
  }

  goto(index: number): void {
    this.index = Math.min(this.count - 1, Math.max(0, Math.trunc(index) || 0));
    this.exploring = false;
    this.cameraRequest++;
  }

  next(): void {
    if (this.index < this.count - 1) this.goto(this.index + 1);
  }

  prev(): void {
    if (this.index > 0) this.goto(this.index - 1);
  }

  home(): void {
    this.goto(0);
  }

  end(): void {
    this.goto(this.count - 1);
  }

  /** Back to the chapter's camera after exploring. */
  returnToChapter(): void {
    this.exploring = false;
    this.cameraRequest++;
  }

  toggleNotes(): void {
    this.notesOpen = !this.notesOpen;
  }

  /** Runs a navigation command; `exit`/`fullscreen` are the caller's (they touch the page). */
  run(cmd: Command): void {
    if (cmd === 'next') this.next();
    else if (cmd === 'prev') this.prev();
    else if (cmd === 'home') this.home();
    else if (cmd === 'end') this.end();
    else if (cmd === 'notes') this.toggleNotes();
    else if (cmd === 'exit') this.exit();
  }
}

/** A chapter's layers, year, relief, highlight and travel circle → app state. */
export function applyChapter(app: AppState, c: Chapter): void {
  app.visible = [...c.visible];
  app.year = c.year;
  app.terrain = c.terrain ?? false;
  app.select(c.highlight[0] ? { kind: 'plan', id: c.highlight[0] } : null);
  const tr = app.travel;
  if (c.travel) {
    tr.ring = c.travel.ring;
    tr.scenario = c.travel.scenario;
    tr.add = [];
    tr.remove = [];
    tr.showDifference = c.travel.scenario !== 'existing-2019';
    app.tab = 'travel';
  } else if (app.tab === 'travel') {
    app.tab = 'layers';
  }
}
