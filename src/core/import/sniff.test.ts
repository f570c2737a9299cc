import { describe, expect, test } from 'vitest';
import { sniffText, sniffValue } from './sniff';

describe('sniffText', () => {
  test.each([
    ['<?xml version="1.0"?><kml>', 'kml'],
    ['<gpx version="1.1">', 'gpx'],
    ['<!DOCTYPE html><html>', 'html'],
    ['<root/>', 'xml'],
    ['POLYGON ((1 2, 3 4, 5 6, 1 2))', 'wkt'],
    ['MULTIPOINT Z ((1 2 3))', 'wkt'],
    ['name\tlng\tlat\na\t1\t2\n', 'csv'],
  ])('%s → %s', (text, code) => {
    expect(sniffText(text)?.code).toBe(code);
  });

  test('broken JSON is not mistaken for another format', () => {
    expect(sniffText('{"type": "Feature",\n "a": 1,,\n}')).toBeNull();
    expect(sniffText('[1, 2,\n3, 4,]')).toBeNull();
  });

  test('CSV message names the columns', () => {
    expect(sniffText('名称,经度,纬度\n温州,120.7,28\n')?.zh).toContain('名称, 经度, 纬度');
  });
});

describe('sniffValue', () => {
  test.each([
    [[1, 2], 'not-geojson'],
    ['x', 'not-geojson'],
    [42, 'not-geojson'],
    [null, 'not-geojson'],
    [{ type: 'Topology', objects: {} }, 'topojson'],
    [{ features: [{ attributes: {}, geometry: { x: 1, y: 2 } }] }, 'esri-json'],
    [{ type: 'Sphere' }, 'not-geojson'],
  ])('%j → %s', (value, code) => {
    expect(sniffValue(value).code).toBe(code);
  });
});
