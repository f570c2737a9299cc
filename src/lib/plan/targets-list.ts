/**
 * Every quantified target of the plan (../shared/plan/INVENTORY.md, "Targets"), with the section
 * that states it and the plan's own words. Re-exported by targets.ts; the order is the plan's.
 */
import type { PlanTarget } from './targets';

const ON_MAP = { zh: '个（图上）', en: 'on the map' };

export const PLAN_TARGETS: readonly PlanTarget[] = [
  {
    id: 'gdp-2022', group: 'overall', year: 2022, section: '二',
    label: { zh: '都市区经济总量', en: 'GDP of the metro area' },
    value: 8000, unit: { zh: '亿元', en: 'bn yuan' }, enFactor: 0.1, comparator: 'about',
    quote_zh: '到2022年,都市区经济总量达到8000亿元左右', computable: null,
  },
  {
    id: 'new-economy-growth', group: 'overall', year: 2022, section: '三(三)3',
    label: { zh: '市区新业态增加值年均增速', en: 'Growth of value added by new business forms (urban districts)' },
    value: 15, unit: { zh: '%/年', en: '% a year' }, comparator: 'exact',
    quote_zh: '市区新业态增加值年均增速15%', computable: null,
  },
  {
    id: 'digital-economy', group: 1, year: 2022, section: '四(一)2',
    label: { zh: '数字经济核心产业增加值', en: 'Value added of the core digital-economy industries' },
    value: 800, unit: { zh: '亿元', en: 'bn yuan' }, enFactor: 0.1, comparator: 'exact',
    quote_zh: '到2022年数字经济核心产业增加值达800亿元', computable: null,
  },
  {
    id: 'wuwei-land', group: 1, year: 2022, section: '四(一)3',
    label: { zh: '“五未”土地清理', en: 'Idle and unfinished (“five-un”) land cleared' },
    value: 6, unit: { zh: '万亩', en: 'mu' }, enFactor: 1e4, comparator: 'atLeast',
    quote_zh: '确保完成“五未”土地清理6万亩以上', computable: { kind: 'areaWanMu' },
  },
  {
    id: 'talents-per-year', group: 1, year: 2022, section: '四(一)4',
    label: { zh: '引进“千人计划”“万人计划”人才', en: 'Recruits of the national and provincial talent programmes' },
    value: 50, unit: { zh: '名/年', en: 'a year' }, comparator: 'exact',
    quote_zh: '每年引进国家、省“千人计划”“万人计划”50名', computable: null,
  },
  {
    id: 'innovation-teams', group: 1, year: 2022, section: '四(一)4',
    label: { zh: '引进创新型团队', en: 'Innovation teams recruited' },
    value: 20, unit: { zh: '个/年', en: 'a year' }, comparator: 'exact',
    quote_zh: '创新型团队20个', computable: null,
  },
  {
    id: 'institutes', group: 1, year: 2022, section: '四(一)4',
    label: { zh: '落地大院名校', en: 'Leading universities and research institutes set up' },
    value: 10, unit: { zh: '所', en: '' }, comparator: 'atLeast',
    quote_zh: '落地建设国内外一流的大院名校10所以上', computable: null,
  },
  {
    id: 'brt', group: 3, year: 2022, section: '四(三)12',
    label: { zh: 'BRT 快速公交', en: 'Bus rapid transit (BRT)' },
    value: 10, unit: { zh: '条', en: 'lines' }, comparator: 'exact',
    valueText: { zh: '10 条，共 200 公里', en: '10 lines, 200 km in all' },
    quote_zh: '加快10条共200公里BRT成环成网建设',
    computable: {
      kind: 'placed', entryIds: ['brt-network'], unit: { zh: '条（图上）', en: 'lines on the map' },
      note: { zh: '方案未给出线位，故未绘制', en: 'the plan gives no alignment, so none is drawn' },
    },
  },
  {
    id: 'hospital-beds', group: 4, year: 2022, section: '四(四)16',
    label: { zh: '千人床位数（全市）', en: 'Hospital beds per 1,000 residents (Wenzhou city)' },
    value: 6, unit: { zh: '张', en: 'beds' }, comparator: 'exact',
    quote_zh: '到2022年全市千人床位数达6张',
    computable: {
      kind: 'perCapita', per: 1000, unit: { zh: '张床位', en: 'beds in all' },
      note: { zh: '按温州市常住人口推算：', en: 'implied for Wenzhou city’s residents:' },
    },
  },
  {
    id: 'future-communities', group: 4, year: 2022, section: '四(四)17',
    label: { zh: '省级未来社区试点', en: 'Provincial Future Community pilots' },
    value: 10, unit: { zh: '个', en: 'pilots' }, comparator: 'about',
    quote_zh: '到2022培育建设10个左右省级未来社区试点',
    computable: {
      kind: 'placed', entryIds: ['future-communities'], unit: ON_MAP,
      note: { zh: '方案未列出地点；图上仅标出查到的试点', en: 'the plan names no sites; only pilots found in later sources are placed' },
    },
  },
  {
    id: 'fitness-trails', group: 4, year: 2022, section: '四(四)17',
    label: { zh: '每万人健身步道', en: 'Fitness trails per 10,000 residents' },
    value: 2, unit: { zh: '公里', en: 'km' }, comparator: 'atLeast',
    quote_zh: '到2022年每万人健身步道达2公里以上',
    computable: {
      kind: 'perCapita', per: 1e4, unit: { zh: '公里步道', en: 'km of trails in all' },
      note: { zh: '按温州市常住人口推算：', en: 'implied for Wenzhou city’s residents:' },
    },
  },
  {
    id: 'forest-cities', group: 5, year: 2022, section: '四(五)20',
    label: { zh: '县（市）成为国家森林城市', en: 'Counties that are National Forest Cities' },
    value: 1 / 3, unit: { zh: '', en: '' }, comparator: 'atLeast',
    valueText: { zh: '1/3 以上的县（市）', en: '≥ 1/3 of the counties' },
    quote_zh: '到2022年全市1/3以上的县(市)成为国家森林城市', computable: { kind: 'countyFraction' },
  },
  {
    id: 'green-space', group: 5, year: 2022, section: '四(五)20',
    label: { zh: '城市人均公共绿地面积', en: 'Public green space per urban resident' },
    value: 13.5, unit: { zh: '平方米', en: 'm²' }, comparator: 'exact',
    quote_zh: '到2022年城市人均公共绿地面积达到13.5平方米', computable: null,
  },
  {
    id: 'tourism-demo-areas', group: 5, year: 2022, section: '四(五)21',
    label: { zh: '省级以上全域旅游示范区', en: 'Province-level (or higher) all-area tourism demonstration zones' },
    value: 5, unit: { zh: '个', en: '' }, comparator: 'exact',
    quote_zh: '建成省级以上全域旅游示范区5个', computable: null,
  },
  {
    id: 'beautiful-towns', group: 5, year: 2022, section: '四(五)22',
    label: { zh: '达到省级美丽城镇要求的小镇', en: 'Small towns meeting the provincial “Beautiful Town” standard' },
    value: 30, unit: { zh: '个', en: '' }, comparator: 'about',
    quote_zh: '到2022年全市30个左右小镇达到省级美丽城镇建设要求', computable: null,
  },
  {
    id: 'rural-demo-belts', group: 5, year: 2022, section: '四(五)22',
    label: { zh: '乡村振兴示范带', en: 'Rural revitalisation demonstration belts' },
    value: 100, unit: { zh: '条', en: '' }, comparator: 'exact',
    quote_zh: '高标准打造乡村振兴示范带100条', computable: null,
  },
  {
    id: 'beautiful-villages', group: 5, year: 2022, section: '四(五)22',
    label: { zh: '新时代美丽乡村达标村', en: 'Villages meeting the “Beautiful Village” standard' },
    value: 2700, unit: { zh: '个', en: '' }, comparator: 'exact',
    quote_zh: '建成新时代美丽乡村达标村2700个', computable: null,
  },
  {
    id: 'scenic-villages', group: 5, year: 2022, section: '四(五)22',
    label: { zh: 'A级景区村', en: 'A-grade scenic villages' },
    value: 1000, unit: { zh: '个', en: '' }, comparator: 'atLeast',
    quote_zh: '创成A级景区村1000个以上', computable: null,
  },
  {
    id: 'beautiful-fields', group: 5, year: 2022, section: '四(五)22',
    label: { zh: '美丽田园', en: '“Beautiful fields” farmland' },
    value: 20, unit: { zh: '万亩', en: 'mu' }, enFactor: 1e4, comparator: 'exact',
    quote_zh: '建设美丽田园20万亩', computable: { kind: 'areaWanMu' },
  },
  {
    id: 'egress-bandwidth', group: 6, year: 2022, section: '四(六)23',
    label: { zh: '城域出口带宽', en: 'Internet egress bandwidth of the city network' },
    value: 15, unit: { zh: 'T', en: 'Tbit/s' }, comparator: 'exact',
    quote_zh: '到2022年城域出口带宽达到15T', computable: null,
  },
  {
    id: 'one-window', group: 6, year: 2022, section: '四(六)25',
    label: { zh: '市级业务系统接入“一窗受理”', en: 'Municipal systems on the “one-window” platform' },
    value: 95, unit: { zh: '%', en: '%' }, comparator: 'atLeast',
    quote_zh: '95%以上的市级业务系统接入“一窗受理”平台', computable: null,
  },
  {
    id: 'one-certificate', group: 6, year: 2022, section: '四(六)25',
    label: { zh: '民生事项“一证办理”', en: 'Public services done with one ID document' },
    value: 90, unit: { zh: '%', en: '%' }, comparator: 'atLeast',
    quote_zh: '90%以上的民生事项实现“一证办理”', computable: null,
  },
  {
    id: 'online-services', group: 6, year: 2022, section: '四(六)25',
    label: { zh: '网上可查可办率', en: 'Cases that can be tracked and handled online' },
    value: 95, unit: { zh: '%', en: '%' }, comparator: 'atLeast',
    quote_zh: '到2022年事件办理结果网上可查可办率达95%以上', computable: null,
  },
  {
    id: 'million-talents', group: 'long-range', year: null, section: '二',
    label: { zh: '百万人才', en: 'A million skilled people' },
    value: 100, unit: { zh: '万人', en: 'people' }, enFactor: 1e4, comparator: 'exact',
    quote_zh: '百万人才', computable: null,
  },
  {
    id: 'ten-million-people', group: 'long-range', year: null, section: '二',
    label: { zh: '千万人口', en: 'Ten million residents' },
    value: 1000, unit: { zh: '万人', en: 'people' }, enFactor: 1e4, comparator: 'exact',
    quote_zh: '千万人口', computable: { kind: 'metroPopulation' },
  },
  {
    id: 'trillion-gdp', group: 'long-range', year: null, section: '二',
    label: { zh: '万亿 GDP', en: 'GDP of one trillion yuan' },
    value: 10000, unit: { zh: '亿元', en: 'bn yuan' }, enFactor: 0.1, comparator: 'exact',
    quote_zh: '万亿GDP', computable: null,
  },
];
