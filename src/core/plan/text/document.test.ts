import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildPlanDocument, idsIn, placesOf } from './document';
import { flattenOutline } from './parse';
import { isParagraphIdShape, sectionOf } from './ids';
import { MENTION_RULES } from './mention-rules';
import { occurrences } from './mentions';
import { SECTION_TITLES_EN } from './section-titles';

const TEXT = readFileSync('geodata/plan/source/wenzhou-metro-action-plan-2019.zh.txt', 'utf8');
const CATALOGUE = JSON.parse(readFileSync('scripts/sources/plan-catalogue.json', 'utf8')) as { id: string; section: string; quote_zh: string; name_zh: string }[];
/** The ids of INVENTORY.md, read from its tables (first cell of each row that looks like an id). */
const INVENTORY_IDS = [...readFileSync('geodata/plan/source/INVENTORY.md', 'utf8').matchAll(/^\| ([a-z0-9][a-z0-9-]*) \|/gm)].map((m) => m[1]).filter((id) => id !== 'id');
const doc = buildPlanDocument(TEXT, CATALOGUE);

describe('outline', () => {
  it('has the plan five parts between the front matter and the attachment line', () => {
    expect(doc.outline.map((s) => s.id)).toEqual(['首', '一', '二', '三', '四', '五', '附']);
    expect(doc.outline.map((s) => s.titleZh).slice(1, 6)).toEqual(['指导思想', '建设目标', '总体格局', '重点任务', '保障措施']);
  });

  it('numbers 三 per part and 四 as the tasks 1–32 under the eight actions', () => {
    const san = doc.sections.get('三')!;
    expect(san.children.map((c) => [c.id, c.children.map((x) => x.id)])).toEqual([
      ['三(一)', ['三(一)1', '三(一)2']],
      ['三(二)', ['三(二)1', '三(二)2', '三(二)3']],
      ['三(三)', ['三(三)1', '三(三)2', '三(三)3']],
    ]);
    const si = doc.sections.get('四')!;
    expect(si.children).toHaveLength(8);
    const tasks = si.children.flatMap((c) => c.children.map((x) => x.label));
    expect(tasks).toEqual(Array.from({ length: 32 }, (_, i) => `${i + 1}.`));
    expect(doc.sections.get('四(三)10')?.titleZh).toBe('建设多向辐射的对外大通道');
    expect(doc.sections.get('五(二)')?.titleZh).toBe('创新体制机制');
  });

  it('reaches every paragraph: each stands in exactly one outline section, and no line is lost', () => {
    const listed = flattenOutline(doc.outline).flatMap((s) => s.paragraphs);
    expect(listed).toEqual(doc.paragraphs.map((p) => p.id));
    expect(new Set(listed).size).toBe(listed.length);
    for (const p of doc.paragraphs) expect(doc.sections.has(sectionOf(p.id))).toBe(true);
    // Every non-heading line of the source is a paragraph (headings are the 一、 and (一) lines without a body).
    const lines = TEXT.split('\n').map((l) => l.trim()).filter(Boolean);
    const headings = lines.filter((l) => /^[一二三四五]、/.test(l) || /^\([一二三四五六七八]\)[^。]+$/.test(l));
    expect(doc.paragraphs.length).toBe(lines.length - headings.length);
  });

  it('gives ids in the catalogue section format, first paragraph bare, later ones with ¶k', () => {
    for (const p of doc.paragraphs) expect(isParagraphIdShape(p.id), p.id).toBe(true);
    expect(doc.byId.get('三(一)1')?.text.startsWith('构建“一主两副三轴四带”空间格局。')).toBe(true);
    expect(doc.byId.get('五(二)')?.text.startsWith('创新体制机制。')).toBe(true);
    expect(doc.byId.get('首¶2')).toBeDefined();
    expect(doc.byId.get('首')?.text).toContain('温政发〔2019〕18号');
    expect(doc.byId.get('附')?.text).toContain('附件');
  });

  it('has an English title for every section, and none for a section that does not exist', () => {
    const ids = flattenOutline(doc.outline).map((s) => s.id);
    expect(ids.filter((id) => !SECTION_TITLES_EN[id])).toEqual([]);
    expect(Object.keys(SECTION_TITLES_EN).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('has every catalogue section in its outline', () => {
    for (const e of CATALOGUE) expect(doc.sections.has(e.section), `${e.id}: ${e.section}`).toBe(true);
  });
});

describe('mentions', () => {
  it('reads the 114 ids of INVENTORY.md (the list this test counts against)', () => {
    expect(INVENTORY_IDS).toHaveLength(114);
    expect(new Set(INVENTORY_IDS)).toEqual(new Set(CATALOGUE.map((e) => e.id)));
  });

  it('links every inventory id at least once in the text', () => {
    const linked = new Set([...doc.mentions.values()].flat().map((m) => m.id));
    // Ids whose words are not in the text would be listed (and explained) here; there are none.
    const NO_PHRASE: string[] = [];
    expect(INVENTORY_IDS.filter((id) => !linked.has(id))).toEqual(NO_PHRASE);
    expect(INVENTORY_IDS.filter((id) => linked.has(id))).toHaveLength(114);
  });

  it('links every id inside its own catalogue quote', () => {
    const missing: string[] = [];
    for (const e of CATALOGUE) {
      const q = doc.quotes.get(e.id);
      if (!q) {
        missing.push(`${e.id} (quote not found)`);
        continue;
      }
      const ms = doc.mentions.get(q.paragraph) ?? [];
      if (!ms.some((m) => m.id === e.id && m.start >= q.start && m.end <= q.end)) missing.push(e.id);
    }
    expect(missing).toEqual([]);
  });

  it('has no dead rule: every phrase (and its context) occurs in the text', () => {
    for (const r of MENTION_RULES) {
      expect(TEXT.includes(r.phrase), r.phrase).toBe(true);
      if (r.in) {
        expect(TEXT.includes(r.in), r.in).toBe(true);
        expect(r.in.includes(r.phrase), `${r.in} ⊃ ${r.phrase}`).toBe(true);
      }
    }
    const ids = new Set(INVENTORY_IDS);
    for (const r of MENTION_RULES) expect(ids.has(r.id), r.id).toBe(true);
  });

  it('keeps the same words apart where the plan means different places', () => {
    // 滨海新区 of 乐清 (三(二)2) and the 滨海新区 of 浙南产业集聚区 (三(三)2).
    const at = (pid: string, phrase: string) => {
      const p = doc.byId.get(pid)!;
      const start = occurrences(p.text, phrase)[0];
      return doc.mentions.get(pid)!.find((m) => m.start <= start && start < m.end)?.id;
    };
    expect(at('三(二)2', '滨海新区')).toBe('yq-binhai');
    expect(at('三(三)2', '浙南产业集聚区滨海新区')).toBe('zhenan-cluster');
    expect(at('四(三)9', '高铁新城')).toBe('port-airport-zones');
    expect(at('三(三)2', '高铁新城')).toBe('hsr-new-town');
    expect(at('二', '市域')).toBe('ring-city');
    expect(at('四(三)12', 'M2线')).toBe('metro-m2');
  });

  it('lists every place an item is named, its quote first', () => {
    expect(placesOf(doc, 'central-green-axis')).toEqual(['三(三)2', '三(三)1']);
    expect(placesOf(doc, 'jiangxin-island')).toEqual(['四(七)26', '四(七)28', '四(八)32']);
    expect(placesOf(doc, 'kean-university')).toEqual(['四(二)8']);
  });

  it('collects the items of a section or one paragraph', () => {
    expect(idsIn(doc, '四(三)12')).toEqual(['metro-m1', 'metro-m2', 'rail-s3', 'rail-s2', 'link-qingtian', 'link-taizhou', 'brt-network']);
    expect(idsIn(doc, '五(一)')).toEqual([]); // 温州都市区建设协同发展领导小组 names the programme, not the place
    expect(idsIn(doc, '五(三)')).toEqual([]);
    expect(idsIn(doc, '三(一)')).toEqual(expect.arrayContaining(['metro-area', 'core-area', 'axis-west', 'metro-circle', 'wentai-zone']));
  });
});
