import { describe, expect, it } from 'vitest';
import { findMentions, pieces } from './mentions';
import { isParagraphIdShape, paragraphId, sectionOf } from './ids';

describe('findMentions', () => {
  it('takes the longest phrase where candidates overlap', () => {
    const rules = [{ id: 'a', phrase: '高铁新城' }, { id: 'b', phrase: '高铁新城、临港经济区' }];
    expect(findMentions('建设高铁新城、临港经济区等', rules)).toEqual([{ id: 'b', start: 2, end: 12 }]);
  });

  it('counts a phrase with a context only inside that context', () => {
    const rules = [{ id: 'yq', phrase: '滨海新区', in: '开发区、滨海新区' }];
    expect(findMentions('滨海新区;开发区、滨海新区', rules)).toEqual([{ id: 'yq', start: 9, end: 13 }]);
  });

  it('leaves out occurrences inside a notIn phrase', () => {
    const rules = [{ id: 'm', phrase: '温州都市区', notIn: '温州都市区建设' }];
    expect(findMentions('温州都市区建设;温州都市区范围', rules)).toEqual([{ id: 'm', start: 8, end: 13 }]);
  });
});

describe('pieces', () => {
  it('cuts at the title end, mentions and marks, and keeps a mention cut by a mark as one mention', () => {
    const ps = pieces('标题。甲乙丙丁', 3, [{ id: 'x', start: 3, end: 6 }], [{ start: 4, end: 7, kind: 'hit' }]);
    expect(ps.map((p) => [p.text, p.id, p.mention, p.title, p.marks.join()])).toEqual([
      ['标题。', null, -1, true, ''],
      ['甲', 'x', 0, false, ''],
      ['乙丙', 'x', 0, false, 'hit'],
      ['丁', null, -1, false, 'hit'],
    ]);
  });
});

describe('paragraph ids', () => {
  it('accepts section numbers and ¶k suffixes, refuses anything else', () => {
    for (const ok of ['一', '三(一)1', '四(三)10', '五(二)', '首¶3', '附']) expect(isParagraphIdShape(ok), ok).toBe(true);
    for (const bad of ['', '六x', '三(一)1¶', '<b>', '三(一)123', 'abc']) expect(isParagraphIdShape(bad), bad).toBe(false);
    expect(paragraphId('首', 1)).toBe('首');
    expect(paragraphId('首', 3)).toBe('首¶3');
    expect(sectionOf('首¶3')).toBe('首');
  });
});
