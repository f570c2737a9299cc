/**
 * The plan's three 1-hour travel circles (1小时交通圈, plan task 9), each with the explicit
 * interpretation it is computed under: origin, grid, budget, targets and coverage scope.
 * Scenario in → rings + target table + coverage out.
 */
import { DEFAULT_ACCESS, DEFAULT_CUTOFFS_MINUTES, type AccessOptions } from './assumptions';
import { pointMinutes } from './access';
import { contourRings, type Ring } from './contours';
import { coverage, type Coverage } from './coverage';
import { URBAN_CORE_ADCODES, type Engine, type GridKind, type Site } from './engine';
import type { ProjectToggles, Scenario } from './graph';
import { gridSources, minutesTo, nodeMinutesFrom, travelGrid, type TravelGrid } from './travel-grid';

export type RingRef = 'ring-metro' | 'ring-city' | 'ring-urban';
export const RING_REFS: readonly RingRef[] = ['ring-urban', 'ring-city', 'ring-metro'];

export interface CircleInterpretation {
  planRef: RingRef;
  name_zh: string;
  name_en: string;
  grid: GridKind;
  budgetMinutes: number;
  modes_en: string;
  modes_zh: string;
  /** Plan-positions key of the origin (first site) and of the target sites. */
  originKey: string;
  targetKeys: string[] | 'county-seats';
  /** Two-way times (target → centre as well) for the 都市区 circle. */
  mutual: boolean;
  /** Adcodes whose coverage is reported; undefined = every county. */
  scope?: string[];
  note_en: string;
  note_zh: string;
}

const MODES_EN = 'all modes of the network (road, rail, HSR, city rail) with off-network access';
const MODES_ZH = '路网全部方式(公路、铁路、高铁、市域铁路)及路网外接驳';

export const CIRCLES: Record<RingRef, CircleInterpretation> = {
  'ring-urban': {
    planRef: 'ring-urban', name_zh: '城区1小时交通圈', name_en: 'Urban 1-hour circle', grid: 'urban', budgetMinutes: 60,
    modes_en: MODES_EN, modes_zh: MODES_ZH, originKey: 'main-centre', targetKeys: ['main-centre', 'city-core', 'main-centre-north', 'main-centre-south'], mutual: false,
    scope: URBAN_CORE_ADCODES,
    note_en: 'From the main centre (Wenzhou municipal government, 环大罗山 centre) over the urban core (鹿城, 龙湾, 瓯海 plus the 瓯北 and 瑞安 extensions of the main centre) on a 100 m grid; coverage is reported for 鹿城, 龙湾, 瓯海.',
    note_zh: '自主中心(温州市人民政府,环大罗山中心)出发,范围为城区(鹿城、龙湾、瓯海及主中心延伸的瓯北、瑞安),100 m 栅格;覆盖率统计鹿城、龙湾、瓯海。',
  },
  'ring-city': {
    planRef: 'ring-city', name_zh: '市域1小时交通圈', name_en: 'City-region 1-hour circle', grid: 'metro', budgetMinutes: 60,
    modes_en: MODES_EN, modes_zh: MODES_ZH, originKey: 'main-centre', targetKeys: 'county-seats', mutual: false,
    note_en: 'From the main centre to every county seat (table: minutes, ✓ when ≤ 60), plus rings over the whole metropolitan area on a 250 m grid.',
    note_zh: '自主中心至各县(市、区)政府驻地(表:分钟数,≤60 为 ✓),并在整个都市区 250 m 栅格上绘制等时圈。',
  },
  'ring-metro': {
    planRef: 'ring-metro', name_zh: '都市区1小时交通圈', name_en: 'Metropolitan 1-hour circle', grid: 'metro', budgetMinutes: 60,
    modes_en: MODES_EN, modes_zh: MODES_ZH, originKey: 'main-centre', targetKeys: ['sub-centre-north', 'sub-centre-south', 'west-pole'], mutual: true,
    note_en: 'Mutual reach between the main centre and the sub-centres (乐清; 平阳, 龙港, 苍南) and the western-pole seats (永嘉, 文成, 泰顺, 青田): both directions, ✓ when both ≤ 60 min; plus rings from the main centre on a 250 m grid.',
    note_zh: '主中心与副中心(乐清;平阳、龙港、苍南)及西部生态休闲极(永嘉、文成、泰顺、青田)之间双向可达:两个方向均 ≤60 分钟为 ✓;并绘制自主中心出发的 250 m 栅格等时圈。',
  },
};

export interface TargetRow {
  name_zh: string;
  name_en: string;
  lonLat: [number, number];
  adcode?: string;
  /** Main centre → target, minutes (Infinity = not reachable). */
  minutes: number;
  /** Target → main centre, minutes (mutual circles only). */
  minutesBack?: number;
  withinBudget: boolean;
}

export interface CircleResult {
  planRef: RingRef;
  scenario: Scenario;
  interpretation: CircleInterpretation;
  origin: Site;
  /** Every origin of the grid (the 都市区 circle starts from all unit seats at once). */
  origins: Site[];
  rings: Ring[];
  table: TargetRow[];
  coverage: Coverage;
  /** Kept for recontouring and difference views. */
  grid: TravelGrid;
  activeEdgeIds: string[];
}

/** Computes one circle for a scenario (+ toggles). `onPhase` reports progress (0…1). */
export function computeCircle(
  engine: Engine, ref: RingRef, scenario: Scenario, toggles: ProjectToggles = {},
  options: { cutoffsMinutes?: number[]; access?: AccessOptions; onPhase?: (phase: string, fraction: number) => void } = {},
): CircleResult {
  const it = CIRCLES[ref];
  const access = options.access ?? DEFAULT_ACCESS;
  const report = options.onPhase ?? (() => {});
  report('graph', 0);
  const graph = engine.graph(scenario, toggles);
  report('grid', 0.1);
  const model = engine.model(it.grid);
  const origin = engine.sites(it.originKey)[0];
  report('routes', 0.3);
  const grid = travelGrid(graph, model, [origin.lonLat], access);
  report('contours', 0.6);
  const rings = contourRings(model, grid.minutes, options.cutoffsMinutes ?? DEFAULT_CUTOFFS_MINUTES);
  report('tables', 0.85);
  const targets: Array<Site & { adcode?: string }> = it.targetKeys === 'county-seats' ? engine.seats() : it.targetKeys.flatMap((k) => engine.sites(k));
  const table = uniqueSites(targets).map((t) => {
    const minutes = minutesTo(grid, t.lonLat, access);
    const row: TargetRow = { name_zh: t.name_zh, name_en: t.name_en, lonLat: t.lonLat, minutes: round1(minutes), withinBudget: minutes <= it.budgetMinutes };
    if (t.adcode) row.adcode = t.adcode;
    if (it.mutual) {
      const back = nodeMinutesFrom(graph, model, [t.lonLat], access);
      const minutesBack = pointMinutes(model, gridSources(graph, back, [t.lonLat]), origin.lonLat[0], origin.lonLat[1], access);
      row.minutesBack = round1(minutesBack);
      row.withinBudget = minutes <= it.budgetMinutes && minutesBack <= it.budgetMinutes;
    }
    return row;
  });
  const cov = coverage(model, model.countyOf, engine.counties, grid.minutes, options.cutoffsMinutes ?? DEFAULT_CUTOFFS_MINUTES, it.scope);
  report('done', 1);
  return { planRef: ref, scenario, interpretation: it, origin, origins: [origin], rings, table, coverage: cov, grid, activeEdgeIds: graph.activeEdgeIds };
}

function uniqueSites<T extends Site>(sites: T[]): T[] {
  const seen = new Set<string>();
  return sites.filter((s) => {
    const key = `${s.name_zh}|${s.lonLat.join(',')}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const round1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : Infinity);
