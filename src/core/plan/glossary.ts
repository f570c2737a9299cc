/**
 * One English name per place and term of the plan (issue 12). The catalogue, chapters, targets and
 * UI strings use these names; glossary.test.ts fails when a Chinese name is rendered another way in
 * any English string, or when Chinese is left in an English text. `avoid` lists the other renderings
 * that were found in the app before; patterns match whole words.
 */

export interface GlossaryTerm {
  zh: string;
  en: string;
  /** Other English forms of the same name, which must not appear in English strings. */
  avoid: RegExp[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { zh: '大罗山', en: 'Daluo Mountain', avoid: [/\bDaluo ?[Ss]han\b/, /\bDaluoshan\b/, /\bDaluo Mountains\b/] },
  { zh: '瓯江口', en: 'Oujiangkou', avoid: [/\bOujiangkou New District\b/, /\bOu River mouth industrial/i] },
  { zh: '瓯江', en: 'Ou River', avoid: [/\bOujiang\b(?!kou)/, /\bOu Jiang\b/, /\bOu river\b/] },
  { zh: '浙南产业集聚区', en: 'Southern Zhejiang Industrial Cluster', avoid: [/\bZhenan Industrial\b/i, /\bSouth Zhejiang Industrial\b/i, /\bZhejiang South Industrial\b/i] },
  { zh: '浙南科技城', en: 'Southern Zhejiang Science and Technology City', avoid: [/\bZhenan Science\b/i] },
  { zh: '鳌江', en: 'Ao River', avoid: [/\bAojiang\b/, /\bAo Jiang\b/] },
  { zh: '雁荡山', en: 'Yandang Mountains', avoid: [/\bYandang Mountain\b(?!s)/, /\bYandang ?[Ss]han\b/, /\bYandangshan\b/] },
  { zh: '飞云江', en: 'Feiyun River', avoid: [/\bFeiyunjiang\b/, /\bFeiyun Jiang\b/] },
  { zh: '楠溪江', en: 'Nanxi River', avoid: [/\bNanxijiang\b/, /\bNanxi Jiang\b/] },
  { zh: '塘河', en: 'Tang River', avoid: [/\bTanghe\b/, /\bTang He\b/] },
  { zh: '江心屿', en: 'Jiangxin Island', avoid: [/\bJiangxinyu\b/, /\bJiangxin Islet\b/] },
  { zh: '南怀瑾', en: 'Nan Huai-Chin', avoid: [/\bNan Huaijin\b/, /\bNan Huai Jin\b/] },
  { zh: '月光经济', en: 'evening economy', avoid: [/\bmoonlight economy\b/i, /\bnight-time economy\b/i, /\bnight economy\b/i, /\bMoonlight \(/] },
  { zh: '东海', en: 'East China Sea', avoid: [/\bEast Sea\b/] },
  { zh: '温州肯恩大学', en: 'Wenzhou-Kean University', avoid: [/\bWenzhou Kean University\b/] },
  { zh: '创新城市', en: 'Innovative city', avoid: [/\binnovation city\b/i] },
  { zh: '开放城市', en: 'Open city', avoid: [] },
  { zh: '便捷城市', en: 'Accessible city', avoid: [/\bconnected city\b/i, /\bconvenient city\b/i] },
  { zh: '宜居城市', en: 'Liveable city', avoid: [/\blivable city\b/i] },
  { zh: '花园城市', en: 'Garden city', avoid: [] },
  { zh: '智慧城市', en: 'Smart city', avoid: [] },
  { zh: '人文城市', en: 'Cultural city', avoid: [/\bcity of culture\b/i, /\bhumanistic city\b/i] },
  { zh: '时尚城市', en: 'Fashion city', avoid: [/\bcity of fashion\b/i] },
];

/** The glossary's English for a Chinese name (exact match), or undefined. */
export function glossaryEn(zh: string): string | undefined {
  return GLOSSARY.find((t) => t.zh === zh)?.en;
}

/** Problems in one English string: other renderings of a glossary name, and Chinese characters left in. */
export function englishProblems(text: string, where: string): string[] {
  const out: string[] = [];
  for (const t of GLOSSARY) for (const re of t.avoid) {
    const m = re.exec(text);
    if (m) out.push(`${where}: "${m[0]}" — the glossary says ${t.zh} = "${t.en}"`);
  }
  const cjk = /[\u3400-\u9fff\u3008-\u3011\u3014\u3015]+/.exec(text);
  if (cjk) out.push(`${where}: Chinese left in English: "${cjk[0]}"`);
  return out;
}

/**
 * Where a Chinese name contains glossary terms, the terms its English name must contain (longest
 * terms first, so 瓯江口 is not also read as 瓯江).
 */
export function expectedEnglish(nameZh: string): string[] {
  let rest = nameZh;
  const out: string[] = [];
  for (const t of [...GLOSSARY].sort((a, b) => b.zh.length - a.zh.length)) {
    if (!rest.includes(t.zh)) continue;
    out.push(t.en);
    rest = rest.split(t.zh).join('\u0000');
  }
  return out;
}
