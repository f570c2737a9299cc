/**
 * UI strings of the targets dashboard (TargetsPanel, BarChart), Chinese first and English second.
 * Kept apart from src/core/i18n/i18n.ts so the dashboard is self-contained; a test checks that every key
 * the components use exists here in both languages.
 */
import type { Lang } from './i18n';

export type LocalText = Record<Lang, string>;

export const TARGET_STRINGS = {
  heading: { zh: '方案指标', en: 'Targets of the plan' },
  intro: {
    zh: '左列为方案正文中的量化指标及其后来的实际情况（仅列有来源者）；中列为地图数据能测得的数字，或只是目标的单位换算（标明“换算”）。',
    en: 'Left: the quantified targets of the plan’s body, with what was reached where a source was found. Middle: what the map’s own data measures, or only the target in other units (marked “conversion”).',
  },
  annexNote: {
    zh: '方案的指标表（附件1《温州都市区(核心区)近期建设目标体系》）未随正文公布，本表由正文整理。',
    en: 'The plan’s indicator table (Annex 1, near-term targets of the core area) is not in the published text; this list is rebuilt from the body.',
  },
  noYear: { zh: '未写年份', en: 'no year stated' },
  conversion: { zh: '换算', en: 'conversion' },
  conversionHint: { zh: '目标的单位换算，不是测量', en: 'the target in other units, not a measurement' },
  notMeasurable: { zh: '地图数据无法测得', en: 'not measurable from the map' },
  outcome: { zh: '实际', en: 'Reached' },
  outcomeMet: { zh: '已达到', en: 'met' },
  outcomeNotMet: { zh: '未达到', en: 'not met' },
  sourceLink: { zh: '来源', en: 'source' },
  outcomeUnknown: { zh: '实际情况未查到', en: 'outcome not found' },
  sinceHeading: { zh: '2019 年以来：项目现状', en: 'Since 2019: what was built' },
  sinceIntro: {
    zh: '各项目的今日状态均有公开来源与日期；没有来源的一律为“未查到”，不作推测。',
    en: 'Each status today has a public source and a date; without a source an item stays “not found”, never guessed.',
  },
  sinceChart: { zh: '方案条目的今日状态', en: 'Plan items by status today' },
  outcomesCount: { zh: '项有来源', en: 'with a source' },
  circlesNote: {
    zh: '三个1小时交通圈的实际效果：见“交通圈”面板按路网计算的结果，此处不重复给出分钟数。',
    en: 'The three 1-hour circles: see the travel panel for what the network model computes; no minutes are repeated here.',
  },
  shareHeading: { zh: '核心区占都市区', en: 'Core area within the metro area' },
  shareChart: { zh: '核心区所占比例', en: 'Share held by the core area' },
  shareLand: { zh: '陆地面积', en: 'Land area' },
  sharePopulation: { zh: '常住人口', en: 'Population' },
  coreArea: { zh: '核心区', en: 'Core area' },
  restOfMetro: { zh: '都市区其余部分', en: 'Rest of the metro area' },
  metroArea: { zh: '都市区', en: 'Metro area' },
  indicatorsHeading: { zh: '方案指标：2022 年、未写年份与远景', en: 'Targets: for 2022, without a year, and long-range' },
  colTarget: { zh: '方案指标', en: 'Target' },
  colMap: { zh: '地图数据', en: 'What the map shows' },
  colSection: { zh: '条款', en: '§' },
  colSectionLong: { zh: '方案中的条款', en: 'Section of the plan' },
  ofTarget: { zh: '达到目标的', en: 'of the target' },
  groupOverall: { zh: '总体目标', en: 'Overall' },
  groupLongRange: { zh: '远景目标', en: 'Long-range goals' },
  actionPrefix: { zh: '行动', en: 'Action' },
  chartsHeading: { zh: '分县比较', en: 'Compare by county' },
  chartLand: { zh: '各县（市、区）陆地面积', en: 'Land area by county' },
  chartPopulation: { zh: '各县（市、区）常住人口', en: 'Population by county' },
  chartProjects: { zh: '各行动的项目数', en: 'Plan items by action' },
  land: { zh: '陆地', en: 'Land' },
  seaInside: { zh: '界内海域', en: 'Sea inside the boundary' },
  existingOrBuilding: { zh: '已有或在建（2019）', en: 'Existing or under construction (2019)' },
  planned: { zh: '规划', en: 'Planned' },
  placedOnMap: { zh: '项方案条目在图上有位置', en: 'plan items have a place on the map' },
  ofAll: { zh: '共', en: 'of' },
  km2: { zh: '平方公里', en: 'km²' },
  tenThousandPeople: { zh: '万人', en: '10,000 people' },
  thousandPeople: { zh: '千人', en: 'thousand people' },
  items: { zh: '项', en: 'items' },
  county: { zh: '县（市、区）', en: 'County' },
  notesHeading: { zh: '数据说明', en: 'Data notes' },
  noteCensus: {
    zh: '人口：第七次全国人口普查（2020 年 11 月 1 日）常住人口；标 * 者未查到普查分县数，改用温州市统计局 2021 年末常住人口（5‰ 抽样）。',
    en: 'Population: 7th national census (1 Nov 2020), resident population; * where no county census figure was found, the Wenzhou Statistics Bureau’s 2021 year-end estimate (5‰ sample) is used instead.',
  },
  noteMixed: {
    zh: '都市区与核心区人口为上述两种口径之和，仅作量级参考。',
    en: 'Metro and core-area totals add the two bases together, so read them as orders of magnitude.',
  },
  noteArea: {
    zh: '面积：由 Turf 按 WGS-84 行政区界计算；陆地面积 = 县域面积减去 OpenStreetMap 海域。',
    en: 'Areas: computed with Turf on the WGS-84 county boundaries; land = county area minus the OpenStreetMap sea.',
  },
  noteProjects: {
    zh: '项目数为方案中标明所属行动的条目（按方案发布时 2019 年 12 月的状态）；空间格局类条目不计入。',
    en: 'Item counts are the plan entries assigned to an action (status at the plan date, Dec 2019); structure items (centres, axes, belts…) have no action and are not counted.',
  },
  censusMark: { zh: '*', en: '*' },
} as const satisfies Record<string, LocalText>;

export type TargetStringKey = keyof typeof TARGET_STRINGS;
