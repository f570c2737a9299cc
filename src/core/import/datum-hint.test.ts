import { describe, expect, test } from 'vitest';
import { guessDatumHint } from './datum-hint';

describe('guessDatumHint', () => {
  test('names BD-09 when the file says Baidu', () => {
    expect(guessDatumHint('百度坐标-项目点.geojson')?.datum).toBe('BD09');
    expect(guessDatumHint('points.json', '{"features":[{"properties":{"bd09_lng":120.7}}]}')?.datum).toBe('BD09');
  });

  test('names GCJ-02 for Gaode / AMap / Tencent', () => {
    expect(guessDatumHint('amap_export.geojson')?.datum).toBe('GCJ02');
    expect(guessDatumHint('高德POI.json')?.datum).toBe('GCJ02');
  });

  test('says nothing from coordinates alone', () => {
    expect(guessDatumHint('sites.geojson', '{"type":"Point","coordinates":[120.7,28.0]}')).toBeNull();
  });

  test('says nothing when two datums are named', () => {
    expect(guessDatumHint('baidu-to-gcj02.geojson')).toBeNull();
  });

  test('explains itself in Chinese and English', () => {
    const h = guessDatumHint('gcj02.geojson')!;
    expect(h.zh).toContain('高德');
    expect(h.en).toContain('GCJ-02');
  });
});
