import { describe, expect, test } from 'vitest';
import { locateJsonError, type JsonProblem } from './json-error';

const CASES: [string, JsonProblem, number, number][] = [
  ['{"a":1 "b":2}', 'missing-comma', 1, 8],
  ['[1,2,]', 'trailing-comma', 1, 6],
  ['{"a":1,}', 'trailing-comma', 1, 8],
  ['{"a":\n', 'truncated', 1, 6],
  ['{"a" 1}', 'missing-colon', 1, 6],
  ['{a:1}', 'unquoted-key', 1, 2],
  ["{'a':1}", 'single-quote', 1, 2],
  ['[NaN]', 'nan-infinity', 1, 2],
  ['[-Infinity]', 'nan-infinity', 1, 2],
  ['// c\n{}', 'comment', 1, 1],
  ['["a\nb"]', 'unterminated-string', 1, 2],
  ['["a\tb"]', 'control-char', 1, 4],
  ['["\\x"]', 'bad-escape', 1, 3],
  ['[01]', 'bad-number', 1, 2],
  ['[1.]', 'bad-number', 1, 2],
  ['[1}', 'mismatched-bracket', 1, 3],
  ['{}\n{}', 'extra-data', 2, 1],
  ['[True]', 'unexpected-char', 1, 2],
];

describe('locateJsonError', () => {
  for (const [text, problem, line, column] of CASES) {
    test(`${JSON.stringify(text)} → ${problem} at ${line}:${column}`, () => {
      expect(() => JSON.parse(text)).toThrow();
      expect(locateJsonError(text)).toMatchObject({ problem, line, column });
    });
  }

  test('valid JSON gives null', () => {
    for (const t of ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]} ', '"x"', '0']) expect(locateJsonError(t)).toBeNull();
  });

  test('a truncated file is reported at the end of its last non-blank line', () => {
    expect(locateJsonError('{\n  "a": [1,\n   2\n\n')).toMatchObject({ problem: 'truncated', line: 3, column: 5 });
  });

  test('handles 1e6 levels of nesting without recursion', () => {
    expect(locateJsonError('['.repeat(1e6))).toMatchObject({ problem: 'truncated' });
  });
});
