import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map } from 'maplibre-gl';
import { holdFirstPaint } from './first-paint';

/** MapLibre's painter keeps `render` on its prototype, as this one does. */
class FakePainter {
  frames: string[] = [];
  render(label: string): void {
    this.frames.push(label);
  }
}

/** A map whose sources load when the test says so. */
function fakeMap(ids: string[]) {
  const painter = new FakePainter();
  const loaded = new Set<string>();
  const inStyle = new Set(ids);
  const repaints = { n: 0 };
  const map = {
    painter,
    getSource: (id: string) => (inStyle.has(id) ? {} : undefined),
    isSourceLoaded: (id: string) => loaded.has(id),
    triggerRepaint: () => repaints.n++,
  };
  // What MapLibre does on every frame: this.painter.render(…).
  const frame = (label: string) => map.painter.render(label);
  return { map: map as unknown as Map, painter, loaded, inStyle, frame, repaints };
}

describe('holdFirstPaint', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('paints nothing until every source is loaded, then paints that frame and every later one', () => {
    const f = fakeMap(['sea', 'plan']);
    const status = holdFirstPaint(f.map, ['sea', 'plan'], { timeoutMs: 4000, now });
    f.frame('1');
    f.loaded.add('sea');
    clock = 300;
    f.frame('2');
    expect(f.painter.frames).toEqual([]);
    expect(status).toMatchObject({ held: 2, paintedAfterMs: null });
    f.loaded.add('plan');
    clock = 900;
    f.frame('3');
    f.loaded.delete('plan'); // a later reload does not hold painting again
    f.frame('4');
    expect(f.painter.frames).toEqual(['3', '4']);
    expect(status).toEqual({ held: 2, paintedAfterMs: 900, timedOut: false });
    // MapLibre's own method is back: no wrapper left on the instance.
    expect(Object.prototype.hasOwnProperty.call(f.painter, 'render')).toBe(false);
  });

  it('counts a source that is not in the style yet as not loaded', () => {
    const f = fakeMap([]);
    holdFirstPaint(f.map, ['towns'], { now });
    f.frame('1');
    f.inStyle.add('towns');
    f.frame('2');
    expect(f.painter.frames).toEqual([]);
    f.loaded.add('towns');
    f.frame('3');
    expect(f.painter.frames).toEqual(['3']);
  });

  it('paints what it has once the time is up, asks for that frame, and says it timed out', () => {
    const f = fakeMap(['sea', 'rivers']);
    f.loaded.add('sea');
    const status = holdFirstPaint(f.map, ['sea', 'rivers'], { timeoutMs: 4000, now });
    f.frame('1');
    clock = 4000;
    vi.advanceTimersByTime(4000);
    expect(f.repaints.n).toBe(1);
    f.frame('2');
    expect(f.painter.frames).toEqual(['2']);
    expect(status).toEqual({ held: 1, paintedAfterMs: 4000, timedOut: true });
  });

  it('does not ask for a frame at the time-out when the map has already painted', () => {
    const f = fakeMap(['sea']);
    holdFirstPaint(f.map, ['sea'], { timeoutMs: 4000, now });
    f.loaded.add('sea');
    f.frame('1');
    vi.advanceTimersByTime(5000);
    expect(f.repaints.n).toBe(0);
  });

  it('leaves a map without the paint method alone', () => {
    const map = { getSource: () => ({}), isSourceLoaded: () => false, triggerRepaint: () => {} } as unknown as Map;
    expect(holdFirstPaint(map, ['sea'])).toEqual({ held: 0, paintedAfterMs: 0, timedOut: false });
    expect(vi.getTimerCount()).toBe(0);
  });
});
