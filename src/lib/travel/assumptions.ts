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

export interface AccessOptions {
  /** Off-network speed over the straight line between a cell and a network node, km/h. */
  accessSpeedKmh: number;
  /** Longest off-network leg, straight-line km. Cells farther than this from every node are unreachable. */
  accessCapKm: number;
}

/**
 * 30 km/h straight-line ≈ 23 km/h along local roads at circuity 1.3 (mixed urban/town roads).
 * The cap is 15 km rather than 10 km because the network's nodes sit only at county seats,
 * stations and representative interchanges (many anchored on the seat point): with 10 km most of
 * the plain between seats would be unreachable although roads exist. At the cap the access leg
 * takes 30 min.
 */
export const DEFAULT_ACCESS: AccessOptions = { accessSpeedKmh: 30, accessCapKm: 15 };

/** Grid cell sizes, metres. */
export const CELL_M = { metro: 250, city: 250, urban: 100 } as const;

/** Contour cut-offs, minutes. */
export const DEFAULT_CUTOFFS_MINUTES = [15, 30, 45, 60];

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
    en: `Off-network access: straight line at ${DEFAULT_ACCESS.accessSpeedKmh} km/h, at most ${DEFAULT_ACCESS.accessCapKm} km, from the origin directly or from any network node; only within the same connected land area of the grid (4-connected cells), so access never crosses the sea or a river wide enough to show on the grid — bridges and ferries are network edges.`,
    zh: `路网外接驳:按直线 ${DEFAULT_ACCESS.accessSpeedKmh} km/h,最远 ${DEFAULT_ACCESS.accessCapKm} km,可从起点直接或从任一路网节点出发;仅限栅格上同一连通陆域(四邻接),不跨海、不跨栅格上可见的江面——桥梁与轮渡是路网边。`,
  },
  water: {
    en: 'Water = OpenStreetMap sea polygon (geodata/base/sea.geojson), rasterised at cell centres. Inland rivers are water only where OSM maps them as sea (the Oujiang estuary below the coastline); elsewhere a river does not block access.',
    zh: '水域 = OpenStreetMap 海域面(geodata/base/sea.geojson),按栅格中心点栅格化。内河仅在 OSM 视为海域处(瓯江口海岸线以下)阻隔;其他河段不阻隔接驳。',
  },
  grid: {
    en: `Regular lon/lat grid: ${CELL_M.metro} m cells for the metropolitan and city circles, ${CELL_M.urban} m for the urban circle (cell size in degrees from the grid's centre latitude). Rings are contours of the grid at ${DEFAULT_CUTOFFS_MINUTES.join('/')} min (d3-contour).`,
    zh: `规则经纬度栅格:都市区、市域交通圈 ${CELL_M.metro} m,城区交通圈 ${CELL_M.urban} m(以栅格中心纬度换算度数)。等时圈为 ${DEFAULT_CUTOFFS_MINUTES.join('/')} 分钟等值线(d3-contour)。`,
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
