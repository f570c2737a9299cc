import { describe, expect, test } from 'vitest';
import { MAX_PROPERTIES_PER_FEATURE, MAX_PROPERTY_CHARS } from './limits';
import { sanitizeProperties } from './properties';

describe('sanitizeProperties', () => {
  test('keeps plain values as they are, HTML included, as literal strings', () => {
    const raw = { a: '<img src=x onerror=alert(1)>', b: 1.5, c: true, d: null, e: 'javascript:alert(1)' };
    expect(sanitizeProperties(raw, 0)).toEqual({ properties: raw, warnings: [] });
  });

  test('drops prototype-polluting and reserved keys', () => {
    const raw = JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"x":1}},"_import":"fake","ok":1}');
    const { properties, warnings } = sanitizeProperties(raw, 3);
    expect(Object.keys(properties)).toEqual(['ok']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(({} as { x?: unknown }).x).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.featureIndex])).toEqual([['property-key-dropped', 3], ['property-key-dropped', 3], ['property-key-dropped', 3]]);
  });

  test('stringifies nested values and cuts long strings', () => {
    const { properties, warnings } = sanitizeProperties({ o: { a: [1] }, s: 'x'.repeat(MAX_PROPERTY_CHARS + 5) }, 0);
    expect(properties.o).toBe('{"a":[1]}');
    expect((properties.s as string).length).toBe(MAX_PROPERTY_CHARS);
    expect((properties.s as string).endsWith('…')).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(['property-stringified', 'property-truncated']);
  });

  test('non-finite numbers become text, non-object properties a "value"', () => {
    expect(sanitizeProperties({ n: Infinity }, 0).properties).toEqual({ n: 'Infinity' });
    expect(sanitizeProperties('hello', 0)).toMatchObject({ properties: { value: 'hello' }, warnings: [{ code: 'properties-not-object' }] });
    expect(sanitizeProperties(null, 0)).toEqual({ properties: {}, warnings: [] });
  });

  test('caps the number of properties', () => {
    const raw = Object.fromEntries(Array.from({ length: MAX_PROPERTIES_PER_FEATURE + 10 }, (_, i) => [`k${i}`, i]));
    const { properties, warnings } = sanitizeProperties(raw, 0);
    expect(Object.keys(properties).length).toBe(MAX_PROPERTIES_PER_FEATURE);
    expect(warnings[0].code).toBe('too-many-properties');
  });
});
