/**
 * The reader's own strings (loaded with the reader), Chinese first, English second; together with
 * the first-render table of strings.ts.
 */
import type { Lang } from './i18n';
import { READER_STRINGS } from './plan-text';

const OWN = {
  heading: { zh: '方案全文', en: 'Full text of the plan' },
  source: { zh: '温政发〔2019〕18号，2019年12月12日，温州市人民政府、丽水市人民政府', en: 'Document 温政发〔2019〕18号, 12 Dec 2019, Wenzhou and Lishui governments' },
  notTranslated: {
    zh: '原文为中文。',
    en: 'The full text is in Chinese and is not translated here. Section titles and the names of mapped items are given in English beside the Chinese (working translations, not official).',
  },
  outline: { zh: '目录', en: 'Contents' },
  search: { zh: '在全文中搜索', en: 'Search the text' },
  searchPlaceholder: { zh: '搜索全文，如 M1、江心屿', en: 'Search the Chinese text, e.g. M1, 江心屿' },
  hits: { zh: '处匹配', en: 'matches' },
  noHits: { zh: '无匹配', en: 'No match' },
  wide: { zh: '宽屏阅读', en: 'Wide reading' },
  wideHint: { zh: '全文与地图并排显示', en: 'Show the text beside the map' },
  print: { zh: '打印全文', en: 'Print text' },
  printHint: { zh: '打印全文及其地图对象（A4）', en: 'Print the text with its map references (A4)' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  shownOnMap: { zh: '已在地图上显示', en: 'Shown on the map' },
  onMap: { zh: '地图对象', en: 'On the map' },
  nothingMappable: { zh: '本段无可上图内容', en: 'Nothing in this paragraph is mapped' },
  noLocation: { zh: '无位置', en: 'no location' },
  listedOnly: { zh: '本段提及的项目在方案中无具体位置，仅列于项目列表', en: 'The items named here have no location in the plan; they are in the project list only' },
  coverage: { zh: '段落有地图对象', en: 'paragraphs name mapped items' },
  quoteHere: { zh: '引文所在', en: 'quote' },
} satisfies Record<string, Record<Lang, string>>;

export const ALL_READER_STRINGS = { ...READER_STRINGS, ...OWN };
export type AllReaderStringKey = keyof typeof ALL_READER_STRINGS;
