/**
 * Collects warnings, one entry per code: a file with 10 000 unclosed rings gives one message
 * ("… 10 000 in all: features 1, 2, 3 …"), not 10 000.
 */
import type { ImportMessage } from './messages';

const SHOWN_FEATURES = 5;

export class WarningLog {
  private readonly byCode = new Map<string, { first: ImportMessage; count: number; features: number[] }>();

  add(m: ImportMessage): void {
    const entry = this.byCode.get(m.code);
    if (!entry) {
      this.byCode.set(m.code, { first: m, count: 1, features: m.featureIndex === undefined ? [] : [m.featureIndex] });
      return;
    }
    entry.count++;
    if (m.featureIndex !== undefined && entry.features.length < SHOWN_FEATURES && !entry.features.includes(m.featureIndex)) {
      entry.features.push(m.featureIndex);
    }
  }

  /** The warnings, in order of first occurrence, with counts appended when a code repeats. */
  list(): ImportMessage[] {
    return [...this.byCode.values()].map(({ first, count, features }) => {
      if (count === 1) return first;
      const shown = features.map((i) => i + 1);
      const more = count > shown.length ? '…' : '';
      return {
        ...first,
        zh: `${first.zh}（共 ${count} 处${shown.length ? `，见第 ${shown.join('、')}${more} 个要素` : ''}）`,
        en: `${first.en} (${count} in all${shown.length ? `; features ${shown.join(', ')}${more ? ' …' : ''}` : ''})`,
      };
    });
  }
}
