/**
 * Strings of the plan-text reader, Chinese first, English second (kept apart from the shared
 * i18n tables). This small table is for what the first render shows (the tab, the detail pane's
 * link into the text, the map's status chip); the reader's own strings are in reader-strings.ts,
 * loaded with it. English section titles are in section-titles.ts.
 */
import type { Lang } from './i18n';

export const READER_STRINGS = {
  tab: { zh: '全文', en: 'Text' },
  loading: { zh: '正在加载全文…', en: 'Loading the text…' },
  loadFailed: { zh: '全文加载失败', en: 'The text failed to load' },
  clearHighlight: { zh: '取消显示', en: 'Clear' },
  inText: { zh: '在全文中定位', en: 'Find in the full text' },
  namedIn: { zh: '全文中提及之处', en: 'Named in the text at' },
  paragraphCaption: { zh: '方案原文', en: 'Plan text (Chinese original)' },
  itemsShown: { zh: '项已在地图上突出显示', en: 'items highlighted on the map' },
  withoutLocation: { zh: '项无位置', en: 'without a location' },
} satisfies Record<string, Record<Lang, string>>;

export type ReaderStringKey = keyof typeof READER_STRINGS;
