/**
 * Finds where and why a text is not valid JSON, for a message a person can act on ("line 3,
 * column 14: a comma is missing"). Engines word JSON.parse errors differently (V8 gives a position
 * for some errors only, Firefox a line and column, Safari neither), so after JSON.parse has failed
 * this scanner walks the text once more, iteratively (no recursion: deep nesting cannot overflow
 * the stack), and names the first problem. Linear time; runs only on failure.
 */

export type JsonProblem =
  | 'truncated'
  | 'missing-comma'
  | 'trailing-comma'
  | 'missing-colon'
  | 'unquoted-key'
  | 'single-quote'
  | 'nan-infinity'
  | 'comment'
  | 'unterminated-string'
  | 'control-char'
  | 'bad-escape'
  | 'bad-number'
  | 'mismatched-bracket'
  | 'extra-data'
  | 'unexpected-char';

export interface JsonErrorLocation {
  /** UTF-16 offset of the problem in the text. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units from the line start). */
  column: number;
  problem: JsonProblem;
  /** The text found at the position (≤ 20 characters), for the message. */
  found: string;
}

/** Returns the first JSON syntax problem in `text`, or null if it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let state = VALUE;
  let afterComma = false;
  // A truncated file is reported at the end of its last non-blank line.
  const fail = (problem: JsonProblem, at = i) =>
    located(text, problem === 'truncated' ? text.trimEnd().length : Math.min(at, n), problem);
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= n) return state === AFTER && stack.length === 0 ? null : fail('truncated', n);
    const c = text[i];
    if (c === '/') return fail('comment');
    if (state === VALUE) {
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? OBJ : ARR);
        i = skipWhitespace(text, i + 1);
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = AFTER;
        } else state = c === '{' ? KEY : VALUE;
        afterComma = false;
        continue;
      }
      if ((c === ']' || c === '}') && afterComma) return fail('trailing-comma');
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return fail(end.problem, end.at);
      i = end;
      state = AFTER;
    } else if (state === KEY) {
      if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.problem, end.at);
        i = end;
        state = COLON;
      } else if (c === '}' && afterComma) return fail('trailing-comma');
      else if (c === "'") return fail('single-quote');
      else if (/[A-Za-z_$\u4e00-\u9fff]/.test(c)) return fail('unquoted-key');
      else return fail('unexpected-char');
    } else if (state === COLON) {
      if (c !== ':') return fail('missing-colon');
      i++;
      state = VALUE;
      afterComma = false;
    } else {
      if (stack.length === 0) return fail('extra-data');
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        afterComma = true;
        state = top === OBJ ? KEY : VALUE;
      } else if ((top === ARR && c === ']') || (top === OBJ && c === '}')) {
        stack.pop();
        i++;
      } else if (c === ']' || c === '}') return fail('mismatched-bracket');
      else if (/["{[\d\-tfnNI']/.test(c)) return fail('missing-comma');
      else return fail('unexpected-char');
    }
  }
}

const VALUE = 0;
const AFTER = 1;
const KEY = 2;
const COLON = 3;
const OBJ = 0;
const ARR = 1;

type ScanError = { problem: JsonProblem; at: number };

function skipWhitespace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const WORD = /[A-Za-z_$][\w$]*/y;

function scanScalar(text: string, i: number): number | ScanError {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  if (c === "'") return { problem: 'single-quote', at: i };
  if (text.startsWith('NaN', i) || text.startsWith('Infinity', i) || text.startsWith('-Infinity', i)) {
    return { problem: 'nan-infinity', at: i };
  }
  if (c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return { problem: 'bad-number', at: i };
    const next = text[NUMBER.lastIndex];
    if (next !== undefined && /[\w.+\-]/.test(next)) return { problem: 'bad-number', at: i };
    return NUMBER.lastIndex;
  }
  LITERAL.lastIndex = i;
  if (LITERAL.test(text) && !/[\w$]/.test(text[LITERAL.lastIndex] ?? '')) return LITERAL.lastIndex;
  return { problem: 'unexpected-char', at: i };
}

function scanString(text: string, start: number): number | ScanError {
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { problem: 'bad-escape', at: i };
        i += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
      else return { problem: e === undefined ? 'truncated' : 'bad-escape', at: i };
    } else if (c === 10 || c === 13) return { problem: 'unterminated-string', at: start };
    else if (c < 32) return { problem: 'control-char', at: i };
  }
  return { problem: 'truncated', at: n };
}

function located(text: string, offset: number, problem: JsonProblem): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  const found = problem === 'truncated' ? '' : (text.slice(offset, offset + 20).match(/^[^\r\n]*/)?.[0] ?? '');
  return { offset, line, column: offset - lineStart + 1, problem, found };
}
