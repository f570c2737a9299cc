import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_KEYS } from '../../core/plan/catalogue';
import { REGION_BOUNDS, decodeState, encodeState, isEmbedHash, parseCamera, type DecodeContext, type Snapshot } from './url';

const INDEX = JSON.parse(readFileSync('geodata/web/plan-index.json', 'utf8')) as { entries: { id: string }[]; counties: { adcode: string }[] };
const ctx = (): DecodeContext => ({
  layerKeys: ALL_KEYS,
  planIds: INDEX.entries.map((e) => e.id),
  countyIds: INDEX.counties.map((c) => c.adcode),
  chapterCount: 20,
});

const FULL: Snapshot = {
  lang: 'en',
  camera: { center: [120.65432, 28.01234], zoom: 9.5, bearing: -12.5, pitch: 30 },
  visible: ['regions', 'centres', 'axes', 'action-7'],
  selection: { kind: 'plan', id: 'jiangxin-island' },
  year: 2022,
  tab: 'travel',
  scenario: 'plan-2022',
  ring: 'ring-city',
  maxMinutes: 90,
  origin: [120.6, 27.9],
  chapter: 3,
  embed: true,
};

describe('encodeState / decodeState', () => {
  it('round-trips a full snapshot with no notices', () => {
    const { snapshot, notices } = decodeState(encodeState(FULL), ctx());
    expect(notices).toEqual([]);
    expect(snapshot).toEqual(FULL);
  });

  it('writes the documented format', () => {
    expect(encodeState({ lang: 'zh', visible: ['regions', 'axes'], year: 2035 })).toBe('#v=1&lang=zh&l=regions,axes&y=2035');
  });

  it('keeps a plan feature id and a county selection', () => {
    const plan = decodeState(encodeState({ selection: { kind: 'plan', id: 'rail-s1', featureId: 'rail-s1-a' } }), ctx());
    expect(plan.snapshot.selection).toEqual({ kind: 'plan', id: 'rail-s1', featureId: 'rail-s1-a' });
    const adcode = INDEX.counties[0].adcode;
    expect(decodeState(`#v=1&sel=county:${adcode}`, ctx()).snapshot.selection).toEqual({ kind: 'county', id: adcode });
  });

  it('an empty layer list means "nothing visible", not "default"', () => {
    expect(decodeState('#v=1&l=', ctx()).snapshot.visible).toEqual([]);
  });

  it('reads a hash without a version as the current version (hand-typed #ch=0)', () => {
    expect(decodeState('#ch=0', ctx())).toEqual({ snapshot: { chapter: 0 }, notices: [] });
  });

  it('reads the cut-off minutes, and drops an invalid one on its own', () => {
    expect(decodeState('#v=1&m=45&r=ring-metro', ctx())).toEqual({ snapshot: { maxMinutes: 45, ring: 'ring-metro' }, notices: [] });
    const bad = decodeState('#v=1&m=50&r=ring-metro', ctx());
    expect(bad.snapshot).toEqual({ ring: 'ring-metro' });
    expect(bad.notices.map((n) => n.en)).toEqual(["The link's travel cut-off could not be read; using the default."]);
  });

  it('joins an old link whose year and scenario disagree: the scenario on the travel tab, the year elsewhere', () => {
    const travel = decodeState('#v=1&y=2035&t=travel&sc=existing-2019', ctx());
    expect(travel.snapshot).toMatchObject({ year: 2019, scenario: 'existing-2019' });
    expect(travel.notices).toHaveLength(1);
    const layers = decodeState('#v=1&y=2035&t=layers&sc=existing-2019', ctx());
    expect(layers.snapshot).toMatchObject({ year: 2035, scenario: 'plan-2035' });
    // A link written before the cut-off part existed still decodes, with no notice.
    expect(decodeState('#v=1&y=2022&t=travel&sc=plan-2022&r=ring-city', ctx())).toEqual({ snapshot: { year: 2022, tab: 'travel', scenario: 'plan-2022', ring: 'ring-city' }, notices: [] });
  });

  it('accepts embed=1 as well as e=1', () => {
    expect(isEmbedHash('#embed=1')).toBe(true);
    expect(isEmbedHash('#v=1&e=1')).toBe(true);
    expect(isEmbedHash('#v=1&e=0')).toBe(false);
  });
});

describe('each part falls back on its own', () => {
  it('drops unknown layer keys and keeps the known ones, with a notice', () => {
    const { snapshot, notices } = decodeState('#v=1&l=regions,nope,axes', ctx());
    expect(snapshot.visible).toEqual(['regions', 'axes']);
    expect(notices).toHaveLength(1);
  });

  it('drops an unknown plan id', () => {
    const { snapshot, notices } = decodeState('#v=1&sel=plan:not-a-plan-id&lang=en', ctx());
    expect(snapshot).toEqual({ lang: 'en' });
    expect(notices[0].en).toContain('selection');
  });

  it('clamps a camera outside the region and says so', () => {
    const { snapshot, notices } = decodeState('#v=1&c=0,0,30,400,120', ctx());
    expect(snapshot.camera).toEqual({ center: [REGION_BOUNDS.west, REGION_BOUNDS.south], zoom: 18, bearing: 40, pitch: 85 });
    expect(notices).toHaveLength(1);
  });

  it('rejects a camera that is not numbers', () => {
    expect(parseCamera('abc')).toBeNull();
    expect(parseCamera('120,28')).toBeNull();
    expect(parseCamera('120,28,NaN')).toBeNull();
    expect(parseCamera('Infinity,28,9')).toBeNull();
  });

  it('notes an outdated version but keeps what it can read', () => {
    const { snapshot, notices } = decodeState('#v=0&lang=en&y=2019', ctx());
    expect(snapshot).toEqual({ lang: 'en', year: 2019 });
    expect(notices).toHaveLength(1);
  });

  it('rejects a chapter out of range and an origin outside the region', () => {
    const { snapshot, notices } = decodeState('#v=1&ch=20&o=0,0&r=ring-moon&sc=plan-2099&y=2050&t=admin&lang=fr', ctx());
    expect(snapshot).toEqual({});
    expect(notices).toHaveLength(7);
    for (const n of notices) {
      expect(n.zh.length).toBeGreaterThan(0);
      expect(n.en.length).toBeGreaterThan(0);
    }
  });

  it('the garbage hash of the e2e test gives the defaults and a notice', () => {
    const { snapshot, notices } = decodeState('#v=9&c=abc&l=<script>&sel=%E0%A4%A', ctx());
    expect(snapshot).toEqual({});
    expect(notices.length).toBeGreaterThan(0);
  });
});

describe('never throws on garbage', () => {
  const ALPHABET = 'abcv=&,:%#<>"\'/\\; ()[]{}0123456789.-+eE\u0000\u2028温州😀ꙮ';
  function random(seed: number, n: number): string {
    let x = seed;
    let s = '';
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      s += ALPHABET[x % ALPHABET.length];
    }
    return s;
  }

  it.each([
    '',
    '#',
    '#&&&===',
    '#%',
    '#%E0%A4%A',
    '#v=%',
    '#javascript:alert(1)',
    '#v=1&l=<img src=x onerror=alert(1)>&sel=plan:<script>',
    '#v=1&sel=plan:jiangxin-island:<b>',
    '#v=1&c=1e309,1e309,1e309',
    '#__proto__=1&constructor=2&toString=3',
    '#v=1&l=' + 'regions,'.repeat(5000),
    '#' + 'x'.repeat(1_000_000),
  ])('%#: %s', (hash) => {
    const { snapshot, notices } = decodeState(hash, ctx());
    expect(typeof snapshot).toBe('object');
    expect(Array.isArray(notices)).toBe(true);
    // Nothing but validated tokens gets out.
    expect(JSON.stringify(snapshot)).not.toMatch(/[<>"]|script|javascript/);
  });

  it('survives 2000 random strings, and decoded snapshots re-encode to themselves', () => {
    for (let i = 0; i < 2000; i++) {
      const hash = random(i + 1, (i % 120) + 1);
      const { snapshot } = decodeState(hash, ctx());
      expect(decodeState(encodeState(snapshot), ctx()).snapshot).toEqual(snapshot);
    }
  });

  it('accepts non-string input', () => {
    expect(decodeState(undefined, ctx())).toEqual({ snapshot: {}, notices: [] });
    expect(decodeState(42, ctx())).toEqual({ snapshot: {}, notices: [] });
  });
});
