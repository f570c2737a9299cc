/**
 * Every modelling assumption of the travel-time engine, in one object the UI can show as is.
 * Speeds of individual edges come from the network data (`speedKmh` + `speedSource` per edge);
 * what is here is what the engine adds on top.
 */

/** Modes boarded at a station/pier: a wait is paid on boarding, alighting is free. */
export const BOARDING_MODES = ['hsr', 'rail', 'cityrail', 'metro', 'ferry'] as const;
export type BoardingMode = (typeof BOARDING_MODES)[number];

/** Mean wait + walk to the platform on boarding, minutes (≈ half the off-peak headway). */
export const BOARDING_WAIT_MINUTES: Record<BoardingMode, number> = {
  hsr: 10, // 温州南 HSR: several trains an hour towards each direction; ticket/security included
  rail: 15, // conventional and mixed 200 km/h lines: fewer stopping services
  cityrail: 5, // S1 headway ≈ 8–10 min (peak) — half-headway plus station walk
  metro: 3,
  ferry: 15,
};

/**
 * Detour factor applied to an edge's straight (schematic) geometry when no source states its
 * length: the network draws most edges seat-to-seat in a straight line, so the real route is
 * longer. Road circuity 1.3 is the typical value for intercity roads (Ballou et al. 2002, road
 * circuity ≈ 1.2–1.4); rail lines are straighter (1.2). Stated lengths are used as given unless
 * they are shorter than the straight line (then the straight line is used).
 */
export const CIRCUITY: Record<string, number> = {
  expressway: 1.25,
  trunk: 1.3,
  'urban-expressway': 1.3,
  access: 1.3,
  rail: 1.2,
  hsr: 1.15,
  cityrail: 1.2,
  metro: 1.2,
  ferry: 1.1,
};

/**
 * The last mile (off the network) as a friction surface, in the manner of the global
 * accessibility maps (Weiss et al., "A global map of travel time to cities to assess inequalities
 * in accessibility in 2015", Nature 553, 2018): every land cell gets a speed, and a trip's access
 * leg is the least-cost path over the 8-connected raster (cost of a step = step length × mean of
 * the two cells' minutes per km). Weiss et al. take the speed of the fastest road or land cover in
 * the pixel and slow walking by Tobler's hiking function; here the roads of the network are edges,
 * and the rest (local roads, not mapped) gets:
 *   speed = (urban ? urbanSpeedKmh : ruralSpeedKmh) × max(minSlopeFactor, exp(−slopeDecay × S))
 * with S the terrain slope (rise/run) from the DEM. exp(−3.5·S) is Tobler's decay (the same
 * exponent, applied to the slope's magnitude because roads are two-way): on mountain roads the
 * winding grows with the slope, so the straight-line speed falls (S = 0.1 → ×0.70, S = 0.3 → ×0.35).
 * Speeds are straight-line equivalents (local-road detours included). Water (sea and the
 * estuaries the sea polygon carries) is not crossable: only network edges (bridges, ferries) cross it.
 */
export interface AccessOptions {
  /** Local roads outside towns, flat ground, straight-line km/h (≈ 39 km/h on the road at circuity 1.3). */
  ruralSpeedKmh: number;
  /** Streets in towns and urban subdistricts, straight-line km/h (≈ 26 km/h on the road at circuity 1.3; signals, congestion). */
  urbanSpeedKmh: number;
  /** A cell is urban within this distance of a 街道 (subdistrict) centre of the gazetteer, km. */
  urbanRadiusSubdistrictKm: number;
  /** … or within this distance of a 镇 (town) centre, km. */
  urbanRadiusTownKm: number;
  /** Tobler's exponent: speed × exp(−slopeDecay × slope). */
  slopeDecay: number;
  /** Floor of the slope factor (the steepest DEM cells still carry a mountain road). */
  minSlopeFactor: number;
  /** Longest access leg, minutes: beyond it a cell is not reached from that node. */
  capMinutes: number;
}

/** The friction numbers, stated once (the panel shows them through ASSUMPTIONS.access). */
export const DEFAULT_ACCESS: AccessOptions = {
  ruralSpeedKmh: 30,
  urbanSpeedKmh: 20,
  urbanRadiusSubdistrictKm: 2,
  urbanRadiusTownKm: 1,
  slopeDecay: 3.5,
  minSlopeFactor: 0.25,
  capMinutes: 40,
};

/** Grid cell sizes, metres. */
export const CELL_M = { metro: 250, city: 250, urban: 100 } as const;

/** Contour cut-offs, minutes. */
export const DEFAULT_CUTOFFS_MINUTES = [15, 30, 45, 60];
/**
 * The 都市区 circle's rings are contoured on blocks of this many × this many metro cells (500 m):
 * its rings span the whole area (13 origins), so the fine 250 m contour cost most of a warm circle.
 * A block counts as reached within T when any of its cells is; coverage and tables use 250 m cells.
 */
export const METRO_CONTOUR_STEP = 2;

/** Human-readable list of all assumptions (zh + en) for the UI's "how computed" panel. */
export const ASSUMPTIONS = {
  speeds: {
    en: 'Edge speeds are operating/average speeds from the network data (speedKmh and speedSource on every edge): expressway 100, trunk 60, urban arterial 40, access links 20, HSR 180 (planned 200), conventional rail 120 incl. stops, S1 55, S2 60, S3 55 km/h.',
    zh: '各路段速度取自路网数据(每段 speedKmh 与 speedSource):高速 100、国省道 60、城市干道 40、接驳 20、高铁 180(规划 200)、普速铁路含停站 120、S1 55、S2 60、S3 55 km/h。',
  },
  lengths: {
    en: 'Edge length = the length a source states where there is one (never less than the straight line); otherwise the drawn (mostly straight, seat-to-seat) geometry × a detour factor: expressway 1.25, trunk/urban/access 1.3, rail/city rail 1.2, HSR 1.15.',
    zh: '路段长度:有来源给出里程时用其里程(不小于直线距离);否则按示意几何(多为县城间直线)×绕行系数:高速 1.25,国省道/城市道路/接驳 1.3,铁路/市域铁路 1.2,高铁 1.15。',
  },
  waits: {
    en: `Boarding wait (paid each time a rail line or ferry is boarded, also on transfer; alighting free): HSR ${BOARDING_WAIT_MINUTES.hsr} min, conventional rail ${BOARDING_WAIT_MINUTES.rail} min, city rail ${BOARDING_WAIT_MINUTES.cityrail} min, metro ${BOARDING_WAIT_MINUTES.metro} min, ferry ${BOARDING_WAIT_MINUTES.ferry} min.`,
    zh: `上车等候(每次乘上铁路或轮渡时计入,换乘亦计;下车不计):高铁 ${BOARDING_WAIT_MINUTES.hsr} 分、普速铁路 ${BOARDING_WAIT_MINUTES.rail} 分、市域铁路 ${BOARDING_WAIT_MINUTES.cityrail} 分、地铁 ${BOARDING_WAIT_MINUTES.metro} 分、轮渡 ${BOARDING_WAIT_MINUTES.ferry} 分。`,
  },
  access: {
    en: `Off-network access (the last mile) is a friction surface (Weiss et al., Nature 2018): least-cost paths over the 8-connected grid, at most ${DEFAULT_ACCESS.capMinutes} min per access leg, from the origin or from any network node. Speed per cell: ${DEFAULT_ACCESS.ruralSpeedKmh} km/h rural, ${DEFAULT_ACCESS.urbanSpeedKmh} km/h urban (within ${DEFAULT_ACCESS.urbanRadiusSubdistrictKm} km of a 街道 centre or ${DEFAULT_ACCESS.urbanRadiusTownKm} km of a 镇 centre of the township gazetteer), straight-line equivalents incl. local detours; × exp(−${DEFAULT_ACCESS.slopeDecay} × slope) (Tobler's decay, floor ${DEFAULT_ACCESS.minSlopeFactor}) with the slope from the SRTM DEM (geodata/base/dem.json, ≈ 800 m cells); water is not crossable — bridges and ferries are network edges.`,
    zh: `路网外接驳(最后一公里)为摩擦面模型(Weiss 等, Nature 2018):在八邻接栅格上取最小耗时路径,每段接驳最长 ${DEFAULT_ACCESS.capMinutes} 分钟,可从起点或任一路网节点出发。每格速度:乡村 ${DEFAULT_ACCESS.ruralSpeedKmh} km/h,城镇 ${DEFAULT_ACCESS.urbanSpeedKmh} km/h(距乡镇街道名录中街道中心 ${DEFAULT_ACCESS.urbanRadiusSubdistrictKm} km 或镇中心 ${DEFAULT_ACCESS.urbanRadiusTownKm} km 以内),均为含绕行的直线等效速度;再乘以 exp(−${DEFAULT_ACCESS.slopeDecay}×坡度)(Tobler 衰减,下限 ${DEFAULT_ACCESS.minSlopeFactor}),坡度取自 SRTM 高程(geodata/base/dem.json,约 800 m 栅格);水域不可穿越——桥梁与轮渡为路网边。`,
  },
  water: {
    en: 'Water = OpenStreetMap sea polygon (geodata/base/sea.geojson), rasterised at cell centres. Inland rivers are water only where OSM maps them as sea (the Oujiang estuary below the coastline); elsewhere a river does not block access.',
    zh: '水域 = OpenStreetMap 海域面(geodata/base/sea.geojson),按栅格中心点栅格化。内河仅在 OSM 视为海域处(瓯江口海岸线以下)阻隔;其他河段不阻隔接驳。',
  },
  grid: {
    en: `Regular lon/lat grid: ${CELL_M.metro} m cells for the metropolitan and city circles, ${CELL_M.urban} m for the urban circle (cell size in degrees from the grid's centre latitude). Rings are contours of the grid at ${DEFAULT_CUTOFFS_MINUTES.join('/')} min (d3-contour); the metropolitan circle's rings are drawn on ${METRO_CONTOUR_STEP} × ${METRO_CONTOUR_STEP}-cell blocks (${METRO_CONTOUR_STEP * CELL_M.metro} m; a block is in when any of its cells is), its coverage on the ${CELL_M.metro} m cells.`,
    zh: `规则经纬度栅格:都市区、市域交通圈 ${CELL_M.metro} m,城区交通圈 ${CELL_M.urban} m(以栅格中心纬度换算度数)。等时圈为 ${DEFAULT_CUTOFFS_MINUTES.join('/')} 分钟等值线(d3-contour);都市区交通圈的等时圈按 ${METRO_CONTOUR_STEP}×${METRO_CONTOUR_STEP} 格块(${METRO_CONTOUR_STEP * CELL_M.metro} m,块内任一格可达即计入)绘制,覆盖率仍按 ${CELL_M.metro} m 栅格统计。`,
  },
  population: {
    en: 'Population by county: the 7th census (2020-11-01) where our sources have the figure (鹿城, 平阳, 苍南, 泰顺, 乐清, 龙港, 青田); for 龙湾, 瓯海, 洞头, 永嘉, 文成 and 瑞安 the Wenzhou statistics bureau\'s 2021 year-end resident population (a complete official series, ≈1 % above 2020), flagged as such. Spread uniformly over each county\'s land cells.',
    zh: '分县人口:有第七次人口普查(2020年11月1日)数据的用普查数(鹿城、平阳、苍南、泰顺、乐清、龙港、青田);龙湾、瓯海、洞头、永嘉、文成、瑞安用温州市统计局2021年末常住人口(完整的官方序列,约比2020年高1%),并注明。在各县陆地栅格上均匀分布。',
  },
  scenarios: {
    en: 'existing-2019: edges existing in 2019. plan-2022: plus everything under construction in 2019 and everything opened by 2022 (the plan\'s 2022 target). plan-2035: plus all planned projects.',
    zh: 'existing-2019:2019 年已建成路段;plan-2022:另加 2019 年在建及 2022 年前开通的项目(方案 2022 年目标);plan-2035:另加全部规划项目。',
  },
} as const;
