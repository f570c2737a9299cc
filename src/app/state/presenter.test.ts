import { describe, expect, it } from 'vitest';
import { PresenterController, applyChapter, keyToCommand } from './presenter.svelte';
import { AppState } from './app.svelte';
import { CHAPTERS } from '../../core/presenter/chapters';

describe('keyToCommand', () => {
  it.each([
    ['ArrowRight', 'ArrowRight', 'next'],
    [' ', 'Space', 'next'],
    ['PageDown', 'PageDown', 'next'],
    ['ArrowLeft', 'ArrowLeft', 'prev'],
    ['PageUp', 'PageUp', 'prev'],
    ['Home', 'Home', 'home'],
    ['End', 'End', 'end'],
    ['Escape', 'Escape', 'exit'],
    ['f', 'KeyF', 'fullscreen'],
    ['F', 'KeyF', 'fullscreen'],
    ['n', 'KeyN', 'notes'],
    ['Process', 'KeyN', 'notes'],
    ['Unidentified', 'Space', 'next'],
  ])('%j (%s) → %s', (key, code, cmd) => {
    expect(keyToCommand(key, code)).toBe(cmd);
  });

  it.each([['a', 'KeyA'], ['Enter', 'Enter'], ['ArrowUp', 'ArrowUp'], ['Tab', 'Tab'], ['', '']])('%j is not a command', (key, code) => {
    expect(keyToCommand(key, code)).toBeNull();
  });
});

describe('PresenterController', () => {
  it('steps through the chapters and stops at both ends', () => {
    const p = new PresenterController(CHAPTERS);
    p.enter();
    expect(p.active).toBe(true);
    p.prev();
    expect(p.index).toBe(0);
    p.run('next');
    expect(p.chapter.id).toBe(CHAPTERS[1].id);
    p.run('end');
    expect(p.index).toBe(CHAPTERS.length - 1);
    p.next();
    expect(p.index).toBe(CHAPTERS.length - 1);
    p.run('home');
    expect(p.index).toBe(0);
  });

  it('clamps a chapter number and asks for a camera move on every change', () => {
    const p = new PresenterController(CHAPTERS);
    p.enter(999);
    expect(p.index).toBe(CHAPTERS.length - 1);
    const before = p.cameraRequest;
    p.exploring = true;
    p.returnToChapter();
    expect(p.exploring).toBe(false);
    expect(p.cameraRequest).toBe(before + 1);
  });

  it('toggles notes and leaves on exit', () => {
    const p = new PresenterController(CHAPTERS);
    p.enter(2);
    p.run('notes');
    expect(p.notesOpen).toBe(true);
    p.run('exit');
    expect(p.active).toBe(false);
  });
});

describe('applyChapter', () => {
  it('turns relief on for a terrain chapter and off again for the next one', () => {
    const app = new AppState();
    const relief = CHAPTERS.find((c) => c.terrain === true)!;
    const flat = CHAPTERS.find((c) => !c.terrain)!;
    applyChapter(app, relief);
    expect(app.terrain).toBe(true);
    applyChapter(app, flat);
    expect(app.terrain).toBe(false);
  });
});
