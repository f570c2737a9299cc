/**
 * The plan's three 1-hour travel circles (1小时交通圈, plan task 9), each with the explicit
 * interpretation it is computed under: origin, grid, budget, targets and coverage scope.
 * Scenario in → rings + target table + coverage out.
 */
import { DEFAULT_CUTOFFS_MINUTES, METRO_CONTOUR_STEP } from './assumptions';
import { fieldAt } from './access-field';
import { contourRings, type Ring } from './contours';
import { coverage, type Coverage } from './coverage';
import { URBAN_CORE_ADCODES, type Engine, type GridKind, type Site } from './engine';
import type { Graph, ProjectToggles, Scenario } from './graph';
import { minutesTo, nodeMinutesFrom, travelGrid, type AccessSurface, type LonLat, type TravelGrid } from './travel-grid';

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
  /**
   * Plan-positions key of the origin (its first site) and of the target sites. The origin is
   * 'city-core', whose first site is 温州市人民政府: the main-centre list starts with the old city
   * (五马) since the positions were re-placed (issue 9), and the circles are stated from the
   * municipal government.
   */
  originKey: string;
  targetKeys: string[] | 'county-seats';
  /**
   * 'from-centre': rings and table from the main centre. 'seat-pairs' (都市区): rings = time to the
   * nearest of the 13 unit seats (all seats are origins at once); table = every seat to every
   * other seat (worst pair per seat, ✓ when all 12 others are ≤ budget).
   */
  method: 'from-centre' | 'seat-pairs';
  /** Adcodes whose coverage is reported; undefined = every county. */
  scope?: string[];
  /** Rings contoured on blocks of this many × this many cells (default 1 = every cell). */
  contourStep?: number;
  note_en: string;
  note_zh: string;
}

const MODES_EN = 'all modes of the network (road, rail, HSR, city rail) with off-network access';
const MODES_ZH = '路网全部方式(公路、铁路、高铁、市域铁路)及路网外接驳';

export const CIRCLES: Record<RingRef, CircleInterpretation> = {
  'ring-urban': {
    planRef: 'ring-urban', name_zh: '城区1小时交通圈', name_en: 'Urban 1-hour circle', grid: 'urban', budgetMinutes: 60,
    modes_en: MODES_EN, modes_zh: MODES_ZH, originKey: 'city-core', targetKeys: ['main-centre', 'city-core', 'main-centre-north', 'main-centre-south'], method: 'from-centre',
    scope: URBAN_CORE_ADCODES,
    note_en: 'From the main centre (Wenzhou municipal government, 环大罗山 centre) over the urban core (鹿城, 龙湾, 瓯海 plus the 瓯北 and 瑞安 extensions of the main centre) on a 100 m grid; coverage is reported for 鹿城, 龙湾, 瓯海.',
    note_zh: '自主中心(温州市人民政府,环大罗山中心)出发,范围为城区(鹿城、龙湾、瓯海及主中心延伸的瓯北、瑞安),100 m 栅格;覆盖率统计鹿城、龙湾、瓯海。',
  },
  'ring-city': {
    planRef: 'ring-city', name_zh: '市域1小时交通圈', name_en: 'City-region 1-hour circle', grid: 'metro', budgetMinutes: 60,
    modes_en: MODES_EN, modes_zh: MODES_ZH, originKey: 'city-core', targetKeys: 'county-seats', method: 'from-centre',
    note_en: 'From the main centre to every county seat (table: minutes, ✓ when ≤ 60), plus rings over the whole metropolitan area on a 250 m grid.',
    note_zh: '自主中心至各县(市、区)政府驻地(表:分钟数,≤60 为 ✓),并在整个都市区 250 m 栅格上绘制等时圈。',
  },
  'ring-metro': {
    planRef: 'ring-metro', name_zh: '都市区1小时交通圈', name_en: 'Metropolitan 1-hour circle', grid: 'metro', budgetMinutes: 60,
    modes_en: MODES_EN, modes_zh: MODES_ZH, originKey: 'city-core', targetKeys: 'county-seats', method: 'seat-pairs', contourStep: METRO_CONTOUR_STEP,
    note_en: 'The metropolitan area as a whole: every one of the 13 unit seats (12 Wenzhou units and 青田) to every other. Table: for each seat, its slowest pair (minutes, to which seat) and how many of the 12 others it reaches within 60 min (✓ when all). Rings: time to the nearest seat from anywhere (all 13 seats are origins at once), 250 m grid, drawn on 500 m blocks; coverage = share of the area within reach of some seat.',
    note_zh: '都市区整体:13 个县(市、区)政府驻地(温州 12 个及青田)两两之间。表:每个驻地最慢的一对(分钟及对方)与 60 分钟内可达的其他驻地数(全部可达为 ✓)。等时圈:任一点到最近驻地的时间(13 个驻地同时为起点),250 m 栅格,按 500 m 格块绘制;覆盖率 = 任一驻地可达范围的占比。',
  },
};

export interface TargetRow {
  name_zh: string;
  name_en: string;
  lonLat: [number, number];
  adcode?: string;
  /** Main centre → target, minutes (Infinity = not reachable). */
  minutes: number;
  /** Seat pairs (都市区): the other seat of the slowest pair, and how many other seats are within the budget. */
  farthest?: { name_zh: string; name_en: string };
  pairsWithin?: number;
  pairsTotal?: number;
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
  options: { cutoffsMinutes?: number[]; onPhase?: (phase: string, fraction: number) => void } = {},
): CircleResult {
  const it = CIRCLES[ref];
  const cutoffs = options.cutoffsMinutes ?? DEFAULT_CUTOFFS_MINUTES;
  const report = options.onPhase ?? (() => {});
  report('graph', 0);
  const graph = engine.graph(scenario, toggles);
  report('grid', 0.1);
  const surface = engine.surface(it.grid);
  const model = engine.model(it.grid);
  const origin = engine.sites(it.originKey)[0];
  const seats = uniqueSites(engine.seats());
  const origins = it.method === 'seat-pairs' ? seats : [origin];
  report('routes', 0.3);
  const grid = travelGrid(graph, surface, origins.map((o) => o.lonLat));
  report('contours', 0.6);
  const rings = contourRings(model, grid.minutes, cutoffs, undefined, it.contourStep);
  report('tables', 0.85);
  let table: TargetRow[];
  if (it.method === 'seat-pairs') {
    const m = seatMatrix(graph, surface, seats.map((x) => x.lonLat));
    table = seats.map((t, i) => {
      let worst = -1;
      let within = 0;
      m[i].forEach((x, j) => {
        if (j === i) return;
        if (x <= it.budgetMinutes) within++;
        if (worst < 0 || !(x <= m[i][worst])) worst = j;
      });
      const minutes = m[i][worst];
      return { name_zh: t.name_zh, name_en: t.name_en, lonLat: t.lonLat, adcode: t.adcode, minutes: round1(minutes), farthest: { name_zh: seats[worst].name_zh, name_en: seats[worst].name_en }, pairsWithin: within, pairsTotal: seats.length - 1, withinBudget: within === seats.length - 1 };
    });
  } else {
    const targets: Array<Site & { adcode?: string }> = it.targetKeys === 'county-seats' ? seats : uniqueSites(it.targetKeys.flatMap((k) => engine.sites(k)));
    table = targets.map((t) => {
      const minutes = minutesTo(grid, surface, t.lonLat);
      const row: TargetRow = { name_zh: t.name_zh, name_en: t.name_en, lonLat: t.lonLat, minutes: round1(minutes), withinBudget: minutes <= it.budgetMinutes };
      if (t.adcode) row.adcode = t.adcode;
      return row;
    });
  }
  const cov = coverage(model, model.countyOf, engine.counties, grid.minutes, cutoffs, it.scope);
  report('done', 1);
  return { planRef: ref, scenario, interpretation: it, origin, origins, rings, table, coverage: cov, grid, activeEdgeIds: graph.activeEdgeIds };
}

/** Minutes from each point to each other point (row = from), over the network and the access legs. */
export function seatMatrix(graph: Graph, surface: AccessSurface, points: readonly LonLat[]): number[][] {
  const width = surface.model.spec.width;
  const cells = points.map(([lon, lat]) => surface.cell(lon, lat));
  const nodeFields = graph.nodes.map((n) => surface.field(n.lon, n.lat));
  return points.map((from) => {
    const nodeMin = nodeMinutesFrom(graph, surface, [from]);
    const direct = surface.field(from[0], from[1]);
    return cells.map((cell) => {
      if (cell < 0) return Infinity;
      let best = direct ? fieldAt(direct, width, cell) : Infinity;
      nodeFields.forEach((f, k) => {
        if (f && Number.isFinite(nodeMin[k])) best = Math.min(best, nodeMin[k] + fieldAt(f, width, cell));
      });
      return best;
    });
  });
}

/** Minutes from `a` to `b` on a grid (the validation's model side). */
export function pointToPoint(engine: Engine, scenario: Scenario, a: LonLat, b: LonLat, kind: GridKind = 'metro'): number {
  return seatMatrix(engine.graph(scenario), engine.surface(kind), [a, b])[0][1];
}

function uniqueSites<T extends Site>(sites: T[]): T[] {
  const seen = new Set<string>();
  return sites.filter((s) => {
    const key = `${s.name_zh}|${s.lonLat.join(',')}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const round1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : Infinity);
