/** UI strings of sharing, embedding and presenter mode (issue #5), Chinese first and English second. */
import type { Lang } from './i18n';

export const SHARE_STRINGS = {
  share: { zh: '分享', en: 'Share' },
  shareHint: { zh: '复制指向当前视图的链接或嵌入代码', en: 'Copy a link to this view, or code to embed it' },
  shareTitle: { zh: '分享当前视图', en: 'Share this view' },
  link: { zh: '链接', en: 'Link' },
  linkHint: { zh: '打开此链接即可恢复当前的地图视角、图层、语言和选中对象。', en: 'Opening this link restores the map view, layers, language and selection.' },
  embed: { zh: '嵌入代码', en: 'Embed code' },
  embedHint: { zh: '把地图嵌入网页（无侧栏，含来源和“打开完整地图”链接）。', en: 'Put the map in a web page (no sidebar; with sources and an “open the full map” link).' },
  copy: { zh: '复制', en: 'Copy' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  copyEmbed: { zh: '复制嵌入代码', en: 'Copy embed code' },
  copied: { zh: '已复制', en: 'Copied' },
  importsOmitted: { zh: '以下导入图层过大，未包含在链接中', en: 'These imported layers are too large and are not included in the link' },
  copyFailed: { zh: '无法自动复制，请手动选择并复制。', en: 'Could not copy automatically; select the text and copy it.' },
  close: { zh: '关闭', en: 'Close' },
  openFull: { zh: '打开完整地图', en: 'Open the full map' },
  openFullHint: { zh: '在新窗口中打开完整的交互地图', en: 'Open the full interactive map in a new window' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  linkNotice: { zh: '链接提示', en: 'About this link' },
  present: { zh: '演示', en: 'Present' },
  presentHint: { zh: '演示模式：按章节浏览方案（→ 下一页，Esc 退出）', en: 'Presenter mode: the plan chapter by chapter (→ next, Esc leaves)' },
  presenter: { zh: '演示', en: 'Presentation' },
  chapter: { zh: '章节', en: 'Chapter' },
  prev: { zh: '上一章', en: 'Previous chapter' },
  next: { zh: '下一章', en: 'Next chapter' },
  notes: { zh: '讲稿', en: 'Notes' },
  notesHint: { zh: '显示或隐藏讲稿（N）', en: 'Show or hide speaker notes (N)' },
  fullscreen: { zh: '全屏', en: 'Full screen' },
  fullscreenHint: { zh: '全屏（F）', en: 'Full screen (F)' },
  exit: { zh: '退出演示', en: 'Leave' },
  exitHint: { zh: '退出演示（Esc）', en: 'Leave presenter mode (Esc)' },
  exploring: { zh: '自由浏览中', en: 'Exploring freely' },
  returnToChapter: { zh: '返回本章视角', en: 'Return to the chapter' },
  keys: { zh: '→ / 空格 下一章 · ← 上一章 · N 讲稿 · F 全屏 · Esc 退出', en: '→ / Space next · ← back · N notes · F full screen · Esc leave' },
  sheetHandle: { zh: '展开或收起面板', en: 'Expand or collapse the panel' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ShareKey = keyof typeof SHARE_STRINGS;

export function ts(key: ShareKey, lang: Lang): string {
  return SHARE_STRINGS[key][lang];
}
