import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildPlanDocument, hasPlace } from './document';

const doc = buildPlanDocument(readFileSync('geodata/plan/source/wenzhou-metro-action-plan-2019.zh.txt', 'utf8'));
const CHAPTERS = (JSON.parse(readFileSync('src/core/presenter/chapters.json', 'utf8')) as { chapters: { id: string; paragraph?: unknown }[] }).chapters;

describe('presenter chapters that quote a paragraph', () => {
  it('tells a place of the text from a well-formed id the text does not have', () => {
    for (const id of ['三(一)1', '三(一)', '四(三)10', '五(二)', '首¶3', '附']) expect(hasPlace(doc, id), id).toBe(true);
    for (const id of ['六', '三(四)', '四(三)33', '首¶99', '三(一)1¶2']) expect(hasPlace(doc, id), id).toBe(false);
  });

  it('name only places the text has', () => {
    const bad = CHAPTERS.filter((c) => c.paragraph !== undefined && (typeof c.paragraph !== 'string' || !hasPlace(doc, c.paragraph))).map((c) => `${c.id}: ${String(c.paragraph)}`);
    expect(bad).toEqual([]);
  });
});
