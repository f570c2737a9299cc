import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type DecodeContext } from './url';

const ctx: DecodeContext = { layerKeys: ['regions'], planIds: ['rail-s1'] };

describe('plan-text parts of the link (rp, hp, rw)', () => {
  it('round-trips the reading position, the highlighted paragraph and wide mode', () => {
    const hash = encodeState({ tab: 'text', readerPosition: '四(三)12', readerParagraph: '三(一)1', readerWide: true });
    expect(hash).toBe(`#v=1&t=text&rp=${encodeURIComponent('四(三)12')}&hp=${encodeURIComponent('三(一)1')}&rw=1`);
    const { snapshot, notices } = decodeState(hash, ctx);
    expect(notices).toEqual([]);
    expect(snapshot).toEqual({ tab: 'text', readerPosition: '四(三)12', readerParagraph: '三(一)1', readerWide: true });
  });

  it('keeps a later paragraph (¶k) and a whole section', () => {
    const { snapshot } = decodeState(`#v=1&rp=${encodeURIComponent('首¶3')}&hp=${encodeURIComponent('四(二)')}`, ctx);
    expect(snapshot.readerPosition).toBe('首¶3');
    expect(snapshot.readerParagraph).toBe('四(二)');
  });

  it('drops a malformed part alone, with a notice, and keeps the rest', () => {
    const { snapshot, notices } = decodeState(`#v=1&lang=en&hp=${encodeURIComponent('<img>')}&rp=${encodeURIComponent('二')}&rw=x`, ctx);
    expect(snapshot).toEqual({ lang: 'en', readerPosition: '二' });
    expect(notices.map((n) => n.en)).toEqual([
      "The link's highlighted paragraph of the plan text could not be read; using the default.",
      "The link's wide reading mode could not be read; using the default.",
    ]);
  });

  it('still reads an old link without these parts', () => {
    const { snapshot, notices } = decodeState('#v=1&lang=zh&t=projects&sel=plan:rail-s1', ctx);
    expect(notices).toEqual([]);
    expect(snapshot).toEqual({ lang: 'zh', tab: 'projects', selection: { kind: 'plan', id: 'rail-s1' } });
  });
});
