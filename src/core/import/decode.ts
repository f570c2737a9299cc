/**
 * Bytes → text for an imported file: recognises binary files by their magic numbers and NUL
 * bytes, strips a BOM, detects UTF-16 (with or without BOM), and falls back to GB18030 for the
 * GBK-encoded files that Chinese GIS software often writes. Uses TextDecoder (browser, worker, Node).
 */
import { message, type ImportMessage } from './messages';

export type Decoded = { text: string; warnings: ImportMessage[] } | { fatal: ImportMessage };

/** Decodes a file's bytes to text, or says why it is not a text file. */
export function decodeBytes(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) return { fatal: message('empty-file') };
  const magic = binaryKind(bytes);
  if (magic) return { fatal: message('binary-file', magic) };
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes); // drops the BOM
    return { text, warnings: [message('encoding-utf16')] };
  }
  if (bytes.subarray(0, 65536).includes(0)) return { fatal: message('binary-file', UNKNOWN_BINARY) };
  const text = new TextDecoder('utf-8').decode(bytes); // fatal: false; drops a UTF-8 BOM
  const bad = countReplacements(text);
  if (bad === 0) return { text, warnings: [] };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && countReplacements(gb) === 0) return { text: gb, warnings: [message('encoding-gb18030')] };
  if (bad > Math.max(8, text.length / 100)) return { fatal: message('binary-file', UNKNOWN_BINARY) };
  return { text, warnings: [message('encoding-replaced', { count: bad })] };
}

/** Text-level check for pasted text or text read elsewhere: null when it looks like text. */
export function binaryTextProblem(text: string): ImportMessage | null {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return message('binary-file', UNKNOWN_BINARY);
  const bad = countReplacements(sample);
  return bad > Math.max(8, sample.length / 100) ? message('binary-file', UNKNOWN_BINARY) : null;
}

const UNKNOWN_BINARY = { zh: '二进制数据', en: 'binary data' };

const MAGIC: [number[], string, string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片', 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片', 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片', 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文档', 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP 压缩包（如 KMZ 或打包的 Shapefile，请先解压并转换）', 'a ZIP archive (e.g. KMZ or a zipped Shapefile: unzip and convert it first)'],
  [[0x1f, 0x8b], 'gzip 压缩文件（请先解压）', 'a gzip file (decompress it first)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'SQLite/GeoPackage 数据库（请在 QGIS 中导出为 GeoJSON）', 'an SQLite/GeoPackage database (export it as GeoJSON from QGIS)'],
  [[0x00, 0x00, 0x27, 0x0a], 'Shapefile 的 .shp 文件（请在 QGIS 中导出为 GeoJSON）', 'a Shapefile .shp (export it as GeoJSON from QGIS)'],
];

function binaryKind(bytes: Uint8Array): { zh: string; en: string } | null {
  for (const [sig, zh, en] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return { zh, en };
  }
  return null;
}

/** 'utf-16le' / 'utf-16be' from a BOM or from NUL bytes at every other position of ASCII text. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul === 0) return 'utf-16be';
  return null;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null; // encoding not available in this runtime
  }
}
