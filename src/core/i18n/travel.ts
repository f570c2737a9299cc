/** UI strings of the travel-circle panel, Chinese first and English second. */
import type { Lang } from './i18n';

export const TRAVEL_STRINGS = {
  tab: { zh: '交通圈', en: 'Travel' },
  heading: { zh: '三个"1小时交通圈"（2022年目标）', en: 'The three 1-hour travel circles (2022 target)' },
  scenario: { zh: '情景', en: 'Scenario' },
  sameAsYear: { zh: '情景即顶部的年份：二者是同一控件，切换其一即切换另一。', en: 'The scenario is the year at the top: one control, switching either switches both.' },
  'existing-2019': { zh: '2019 现状', en: '2019 existing' },
  'plan-2022': { zh: '2022 规划', en: '2022 plan' },
  'plan-2035': { zh: '2035 规划', en: '2035 plan' },
  interpretation: { zh: '本图的理解', en: 'How this map reads it' },
  origin: { zh: '起点', en: 'Origin' },
  computing: { zh: '正在计算…', en: 'Computing…' },
  cutoff: { zh: '时间上限', en: 'Time limit' },
  minutes: { zh: '分钟', en: 'min' },
  redrawn: { zh: '重绘用时', en: 'redrawn in' },
  target: { zh: '目的地', en: 'Destination' },
  out: { zh: '去程', en: 'out' },
  back: { zh: '回程', en: 'back' },
  seat: { zh: '驻地', en: 'Seat' },
  slowestPair: { zh: '最慢一对(分钟)', en: 'Slowest pair (min)' },
  pairsWithin: { zh: '60分钟内可达驻地', en: 'Seats ≤ 60 min' },
  within: { zh: '≤60分钟', en: '≤ 60 min' },
  saved: { zh: '较2019节省', en: 'saved vs 2019' },
  coverage: { zh: '覆盖率（都市区，陆地面积 / 人口）', en: 'Coverage (metro area: land / population)' },
  coverageUrban: { zh: '覆盖率（城区：鹿城、龙湾、瓯海）', en: 'Coverage (urban core: Lucheng, Longwan, Ouhai)' },
  land: { zh: '陆地', en: 'land' },
  population: { zh: '人口', en: 'population' },
  difference: { zh: '与2019相比', en: 'Compared with 2019' },
  gained: { zh: '新增可达陆地', en: 'land newly within reach' },
  lost: { zh: '减少', en: 'lost' },
  maxSaved: { zh: '最多节省', en: 'most minutes saved' },
  showDifference: { zh: '在图上显示新增范围', en: 'Show the gained area on the map' },
  projects: { zh: '单项工程开关（相对所选情景）', en: 'Project toggles (against the scenario)' },
  pickPoint: { zh: '点击地图：从该点计算等时圈与服务圈', en: 'Click the map: rings and catchments from that point' },
  pickHint: { zh: '现在点击地图上任意一点。', en: 'Now click anywhere on the map.' },
  catchments: { zh: '服务圈（按国家标准）', en: 'Catchments (by the Chinese standards)' },
  inside: { zh: '范围内', en: 'Inside' },
  nothingInside: { zh: '无规划项目或站点', en: 'no plan items or stations' },
  people: { zh: '人', en: 'people' },
  estimate: { zh: '估算', en: 'est.' },
  assumptions: { zh: '计算方法与假设', en: 'Method and assumptions' },
  error: { zh: '计算失败', en: 'Computation failed' },
  legendMinutes: { zh: '出行时间', en: 'Travel time' },
  populationBasis: { zh: '人口：七普（2020）；龙湾、瓯海、洞头、永嘉、文成、瑞安为2021年末统计数', en: 'Population: 2020 census; 2021 year-end figures for Longwan, Ouhai, Dongtou, Yongjia, Wencheng, Rui\u2019an' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TravelKey = keyof typeof TRAVEL_STRINGS;

export function tt(key: TravelKey, lang: Lang): string {
  return TRAVEL_STRINGS[key][lang];
}
