/**
 * Writes and reads the whole link over the table of parts (parts.ts; format and rules: format.ts).
 * Each part is read on its own: a malformed, unknown or out-of-range part is left out of the
 * snapshot (the app keeps its default for it) and adds a bilingual notice. Decoding never throws.
 * Values that leave this module are always re-built from validated tokens, never echoed input.
 */
import { SCENARIO_OF_YEAR, YEAR_OF_SCENARIO } from '../../core/travel/graph';
import { MAX_HASH_CHARS, URL_VERSION, type DecodeContext, type Decoded, type Notice, type Snapshot } from './format';
import { PARTS, type LinkPart } from './parts';

export * from './format';

/** Builds the hash (with its leading `#`) for a snapshot; absent/null parts are left out. */
export function encodeState(s: Partial<Snapshot>): string {
  const parts: string[] = [`v=${URL_VERSION}`];
  for (const part of PARTS) {
    const value = part.encode(s);
    if (value !== null) parts.push(`${part.key}=${value}`);
  }
  return `#${parts.join('&')}`;
}

/** Reads a hash (with or without `#`); every part independently, with a notice per problem. */
export function decodeState(hash: unknown, ctx: DecodeContext): Decoded {
  const snapshot: Partial<Snapshot> = {};
  const notices: Notice[] = [];
  const note = (n: Notice) => {
    if (!notices.some((x) => x.en === n.en)) notices.push(n);
  };
  if (typeof hash !== 'string') return { snapshot, notices };
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.trim() === '') return { snapshot, notices };
  if (raw.length > MAX_HASH_CHARS) return { snapshot, notices: [TOO_LONG] };

  const params = new Map<string, string | null>();
  for (const piece of raw.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = safeDecode(eq < 0 ? piece : piece.slice(0, eq));
    if (key === null) continue;
    if (!params.has(key)) params.set(key, safeDecode(eq < 0 ? '' : piece.slice(eq + 1)));
  }

  const v = params.get('v');
  // A hand-typed `#ch=0` has no version: read it as the current one.
  if (v !== undefined && v !== String(URL_VERSION)) note(OUTDATED);

  for (const [key, value] of params) {
    if (key === 'v') continue;
    const part = BY_KEY.get(key);
    if (!part) note(UNKNOWN_PARTS);
    // A value that is not valid percent-encoding: the part's notice (not for an alias's).
    else if (value === null) key === part.key && note(partNotice(part.label));
    else if (!part.decode(value, snapshot, ctx, note)) note(partNotice(part.label));
  }
  // One time control: an older link may carry a year and a scenario that disagree.
  if (snapshot.year != null && snapshot.scenario && YEAR_OF_SCENARIO[snapshot.scenario] !== snapshot.year) {
    if (snapshot.tab === 'travel') snapshot.year = YEAR_OF_SCENARIO[snapshot.scenario];
    else snapshot.scenario = SCENARIO_OF_YEAR[snapshot.year];
    note(TIME_JOINED);
  }
  return { snapshot, notices };
}

/** Just the embed flag, for deciding the page chrome before anything has loaded. */
export function isEmbedHash(hash: string): boolean {
  return decodeState(hash, { layerKeys: [], planIds: [] }).snapshot.embed === true;
}

// --- private helpers ---

const BY_KEY = new Map<string, LinkPart>(PARTS.flatMap((p) => [p.key, ...(p.aliases ?? [])].map((k) => [k, p] as const)));

const OUTDATED: Notice = { zh: '链接格式版本不符，已尽量读取其中可识别的部分。', en: 'The link is from another version; the parts that could be read were kept.' };
const UNKNOWN_PARTS: Notice = { zh: '链接中有无法识别的部分，已忽略。', en: 'Parts of the link were not recognised and were ignored.' };
const TIME_JOINED: Notice = { zh: '链接中的年份与交通情景不一致（二者现为同一控件），已按当前面板取其一。', en: 'The link\'s year and travel scenario disagreed (they are now one control); the one of its panel was used.' };
const TOO_LONG: Notice = { zh: '链接过长，无法读取，已显示默认视图。', en: 'The link is too long to read; showing the default view.' };

function partNotice(label: Notice): Notice {
  return { zh: `链接中的“${label.zh}”无法识别，已使用默认值。`, en: `The link's ${label.en} could not be read; using the default.` };
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
