import { describe, expect, test } from 'vitest';
import { binaryTextProblem, decodeBytes } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8]));
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  test('plain UTF-8 and a UTF-8 BOM', () => {
    expect(decodeBytes(utf8('{"a":"温州"}'))).toEqual({ text: '{"a":"温州"}', warnings: [] });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toMatchObject({ text: '{}' });
  });

  test('UTF-16 with and without BOM, both byte orders', () => {
    for (const be of [false, true]) {
      for (const bom of [false, true]) {
        const d = decodeBytes(utf16('{"type":"Point"}', be, bom));
        expect(d).toMatchObject({ text: '{"type":"Point"}' });
        expect('warnings' in d && d.warnings[0].code).toBe('encoding-utf16');
      }
    }
  });

  test('empty and binary files are refused with what they look like', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ fatal: { code: 'empty-file' } });
    const png = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
    expect(png).toMatchObject({ fatal: { code: 'binary-file' } });
    expect('fatal' in png && png.fatal.en).toContain('PNG');
    expect(decodeBytes(new Uint8Array([1, 0, 2, 0, 0, 0, 3, 4]))).toMatchObject({ fatal: { code: 'binary-file' } });
  });

  test('GBK text is read as GB18030 with a warning', () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0xce, 0xc2, 0xd6, 0xdd, 0x22, 0x3a, 0x31, 0x7d]); // {"温州":1}
    expect(decodeBytes(gbk)).toMatchObject({ text: '{"温州":1}', warnings: [{ code: 'encoding-gb18030' }] });
  });

  test('random high bytes are binary, not text', () => {
    const noise = new Uint8Array(4096).map((_, i) => 128 + ((i * 7919) % 128));
    expect(decodeBytes(noise)).toMatchObject({ fatal: { code: 'binary-file' } });
  });
});

describe('binaryTextProblem', () => {
  test('flags NUL characters and many replacement characters in pasted text', () => {
    expect(binaryTextProblem('{"a":1}')).toBeNull();
    expect(binaryTextProblem('PNG\u0000\u0000')?.code).toBe('binary-file');
    expect(binaryTextProblem('\ufffd'.repeat(50))?.code).toBe('binary-file');
  });
});
