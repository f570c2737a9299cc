/**
 * Every quantified target of the plan body (geodata/plan/source/INVENTORY.md, "Targets", and the other
 * figures the body states), with the section, the plan's own words and the year the same sentence gives
 * (null: none). The plan's indicator table (附件1) is not in the published text. Re-exported by targets.ts.
 */
import type { PlanTarget } from './target-types';

const ON_MAP = { zh: '个（图上）', en: 'on the map' };

export const PLAN_TARGETS: readonly PlanTarget[] = [
  {
    id: 'gdp-2022', group: 'overall', year: 2022, section: '二',
    label: { zh: '都市区经济总量', en: 'GDP of the metro area' },
    value: 8000, unit: { zh: '亿元', en: 'bn yuan' }, enFactor: 0.1, comparator: 'about',
    quote_zh: '到2022年,都市区经济总量达到8000亿元左右', computable: null,
  },
  {
    id: 'new-economy-growth', group: 'overall', year: null, section: '三(三)3',
    label: { zh: '市区新业态增加值年均增速', en: 'Growth of value added by new business forms (urban districts)' },
    value: 15, unit: { zh: '%/年', en: '% a year' }, comparator: 'exact',
    quote_zh: '市区新业态增加值年均增速15%', computable: null,
  },
  {
    id: 'renewal-clearance', group: 'overall', year: null, section: '三(三)1',
    label: { zh: '市区重点拆改区块“清零”', en: 'Key demolition blocks cleared in the urban districts' },
    value: 3, unit: { zh: '万亩', en: 'mu' }, comparator: 'exact', enFactor: 1e4,
    quote_zh: '加快市区3万亩的重点拆改区块“清零”', computable: { kind: 'areaWanMu' },
  },
  {
    id: 'renewal-79km2', group: 'overall', year: null, section: '三(三)1',
    label: { zh: '重点区域改造', en: 'Key areas redeveloped' },
    value: 79, unit: { zh: '平方公里', en: 'km²' }, comparator: 'exact',
    quote_zh: '合计79平方公里重点区域改造', computable: null,
  },
  {
    id: 'district-blocks', group: 'overall', year: null, section: '三(三)2',
    label: { zh: '区级重点区块', en: 'District-level key blocks' },
    value: 17, unit: { zh: '个', en: 'blocks' }, comparator: 'exact',
    mapNote: { zh: '方案未列出17个区块的名单', en: 'the plan does not list the 17 blocks' },
    quote_zh: '17个区级重点区块', computable: null,
  },
  {
    id: 'landmarks', group: 'overall', year: null, section: '三(三)2',
    label: { zh: '都市区标志性建筑（街区）', en: 'Landmark buildings or blocks' },
    value: 20, unit: { zh: '个', en: '' }, comparator: 'exact',
    mapNote: { zh: '方案未列出名单', en: 'the plan does not list them' },
    quote_zh: '建设20个都市区标志性建筑(街区)', computable: null,
  },
  {
    id: 'reforms-per-year', group: 1, year: null, section: '四(一)1',
    label: { zh: '有较大影响力的改革举措', en: 'Reforms of wide impact' },
    value: 10, unit: { zh: '项/年', en: 'a year' }, comparator: 'exact',
    quote_zh: '每年推动10项在全国全省有较大影响力的改革举措落地见效', computable: null,
  },
  {
    id: 'strategic-industries', group: 1, year: null, section: '四(一)2',
    label: { zh: '五大战略性新兴产业培育计划', en: 'Plan for five strategic emerging industries' },
    value: 5000, unit: { zh: '亿元', en: 'bn yuan' }, comparator: 'exact', enFactor: 0.1,
    quote_zh: '五大战略新兴产业5000亿培育计划', computable: null,
  },
  {
    id: 'digital-economy', group: 1, year: 2022, section: '四(一)2',
    label: { zh: '数字经济核心产业增加值', en: 'Value added of the core digital-economy industries' },
    value: 800, unit: { zh: '亿元', en: 'bn yuan' }, enFactor: 0.1, comparator: 'exact',
    quote_zh: '到2022年数字经济核心产业增加值达800亿元', computable: null,
  },
  {
    id: 'wuwei-land', group: 1, year: null, section: '四(一)3',
    label: { zh: '“五未”土地清理', en: 'Idle and unfinished (“five-un”) land cleared' },
    value: 6, unit: { zh: '万亩', en: 'mu' }, enFactor: 1e4, comparator: 'atLeast',
    quote_zh: '确保完成“五未”土地清理6万亩以上', computable: { kind: 'areaWanMu' },
  },
  {
    id: 'talents-per-year', group: 1, year: null, section: '四(一)4',
    label: { zh: '引进“千人计划”“万人计划”人才', en: 'Recruits of the national and provincial talent programmes' },
    value: 50, unit: { zh: '名/年', en: 'a year' }, comparator: 'exact',
    quote_zh: '每年引进国家、省“千人计划”“万人计划”50名', computable: null,
  },
  {
    id: 'innovation-teams', group: 1, year: null, section: '四(一)4',
    label: { zh: '引进创新型团队', en: 'Innovation teams recruited' },
    value: 20, unit: { zh: '个/年', en: 'a year' }, comparator: 'exact',
    quote_zh: '创新型团队20个', computable: null,
  },
  {
    id: 'institutes', group: 1, year: null, section: '四(一)4',
    label: { zh: '落地大院名校', en: 'Leading universities and research institutes set up' },
    value: 10, unit: { zh: '所', en: '' }, comparator: 'atLeast',
    quote_zh: '落地建设国内外一流的大院名校10所以上', computable: null,
  },
  {
    id: 'innovation-complexes', group: 1, year: null, section: '四(一)4',
    label: { zh: '进入实质性运作的省级产业创新服务综合体', en: 'Provincial industrial innovation service complexes in operation' },
    value: 5, unit: { zh: '家', en: '' }, comparator: 'exact',
    quote_zh: '推动“中国眼谷”等5家省级产业创新服务综合体进入实质性运作', computable: null,
  },
  {
    id: 'brt', group: 3, year: null, section: '四(三)12',
    label: { zh: 'BRT 快速公交', en: 'Bus rapid transit (BRT)' },
    value: 10, unit: { zh: '条', en: 'lines' }, comparator: 'exact',
    valueText: { zh: '10 条，共 200 公里', en: '10 lines, 200 km in all' },
    quote_zh: '加快10条共200公里BRT成环成网建设', computable: null,
    mapNote: { zh: '方案未给出线位，图上未绘制', en: 'the plan gives no alignment, so none is drawn' },
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
    id: 'eco-civilisation-counties', group: 5, year: null, section: '四(五)19',
    label: { zh: '建成省级以上生态文明建设示范县（市、区）', en: 'Counties that are provincial (or higher) eco-civilisation model counties' },
    value: 80, unit: { zh: '%', en: '%' }, comparator: 'atLeast',
    quote_zh: '力争全市80%以上县(市、区)建成省级以上生态文明建设示范县(市、区)', computable: null,
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
    id: 'tourism-demo-areas', group: 5, year: null, section: '四(五)21',
    label: { zh: '省级以上全域旅游示范区', en: 'Province-level (or higher) all-area tourism demonstration zones' },
    value: 5, unit: { zh: '个', en: '' }, comparator: 'exact',
    quote_zh: '建成省级以上全域旅游示范区5个', computable: null,
  },
  {
    id: 'eco-leisure-blocks', group: 5, year: null, section: '四(五)21',
    label: { zh: '生态休闲重点区块', en: 'Eco-leisure key blocks' },
    value: 11, unit: { zh: '个', en: 'blocks' }, comparator: 'exact',
    quote_zh: '聚焦打造十一个“生态休闲重点区块”', computable: null,
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
    id: 'culture-tourism-projects', group: 7, year: null, section: '四(七)28',
    label: { zh: '重大文旅融合项目', en: 'Major culture-and-tourism projects' },
    value: 76, unit: { zh: '个', en: 'projects' }, comparator: 'exact',
    quote_zh: '重点实施76个重大文旅融合项目', computable: null,
  },
  {
    id: 'fashion-brands', group: 8, year: null, section: '四(八)30',
    label: { zh: '年销售收入超十亿元的时尚品牌骨干企业', en: 'Fashion brands with sales above 1 bn yuan a year' },
    value: 10, unit: { zh: '家', en: 'firms' }, comparator: 'atLeast',
    quote_zh: '培育年销售收入超十亿元的时尚品牌骨干企业10家以上', computable: null,
  },
  {
    id: 'design-bases', group: 8, year: null, section: '四(八)30',
    label: { zh: '时尚创新设计基地', en: 'Fashion design bases' },
    value: 10, unit: { zh: '个', en: 'bases' }, comparator: 'about',
    quote_zh: '建设提升时尚创新设计基地10个左右', computable: null,
  },
  {
    id: 'design-centres', group: 8, year: null, section: '四(八)30',
    label: { zh: '工业设计中心', en: 'Industrial design centres' },
    value: 100, unit: { zh: '个', en: 'centres' }, comparator: 'about',
    quote_zh: '培育工业设计中心100个左右', computable: null,
  },
  {
    id: 'import-platforms', group: 8, year: null, section: '四(八)31',
    label: { zh: '进口平台', en: 'Import platforms' },
    value: 10, unit: { zh: '个', en: 'platforms' }, comparator: 'exact',
    quote_zh: '谋划布局10大进口平台', computable: null,
  },
  {
    id: 'business-districts', group: 8, year: null, section: '四(八)31',
    label: { zh: '智慧化商圈', en: 'Smart business districts' },
    value: 10, unit: { zh: '个', en: 'districts' }, comparator: 'exact',
    quote_zh: '培育建设10个具有区域影响力智慧化商圈', computable: null,
  },
  {
    id: 'pedestrian-streets', group: 8, year: null, section: '四(八)31',
    label: { zh: '区域标志性步行街区', en: 'Landmark pedestrian streets' },
    value: 10, unit: { zh: '条', en: 'streets' }, comparator: 'exact',
    quote_zh: '高品质打造10条具有区域标志性步行街区', computable: null,
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
  {
    id: 'eight-cities-2035', group: 'long-range', year: 2035, section: '二',
    label: { zh: '八个“之城”', en: 'Eight kinds of city' },
    value: 8, unit: { zh: '个', en: '' }, comparator: 'exact',
    valueText: {
      zh: '创新、开放、便捷、宜居、花园、智慧、人文、时尚之城',
      en: 'innovative, open, accessible, liveable, garden, smart, cultural and fashion city',
    },
    quote_zh: '全面建成充满活力的创新之城、闻名国际的开放之城、互联畅通的便捷之城、包容共享的宜居之城、绿色低碳的花园之城、安全高效的智慧之城、魅力幸福的人文之城和智造发达的时尚之城',
    computable: null,
  },
];
