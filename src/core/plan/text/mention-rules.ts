/**
 * Which words of the plan text name which inventory item (geodata/plan/source/INVENTORY.md).
 * Written by hand from each item's names (`name_zh`) and the place its quote (`quote_zh`,
 * `section`) stands in the text; mention-rules.test.ts checks every phrase against the text.
 *
 * A rule is an exact phrase; with `in`, only its occurrences inside that longer phrase count
 * (the plan says 经济开发区 and 滨海新区 of 乐清 only in its list of 乐清's five districts, and
 * the same words elsewhere mean other places). Where phrases overlap, the longest one starting
 * first wins (so 高铁新城、临港经济区、临空经济区 in 四(三)9 is one link, not three).
 * With `notIn`, occurrences inside that phrase do not count (温州都市区建设…: the plan's own
 * title and its steering group name the programme, not the place).
 * Words that would need a reading of the whole sentence (都市区 alone, 核心区 alone) are not rules.
 */

export interface MentionRule {
  id: string;
  phrase: string;
  /** Only occurrences of `phrase` that lie inside an occurrence of this longer phrase. */
  in?: string;
  /** Occurrences of `phrase` inside an occurrence of this longer phrase do not count. */
  notIn?: string;
}

const R = (id: string, ...phrases: (string | [string, string])[]): MentionRule[] =>
  phrases.map((p) => (typeof p === 'string' ? { id, phrase: p } : { id, phrase: p[0], in: p[1] }));

export const MENTION_RULES: readonly MentionRule[] = [
  // Regions (三(一)1, 三(一)2, 五(二))
  { id: 'metro-area', phrase: '温州都市区', notIn: '温州都市区建设' },
  ...R('core-area', '核心区范围'),
  ...R('metro-circle', '浙南闽北赣东都市圈', '温州都市圈'),
  ...R('counties', '撤县(市)设区行政区划调整'),
  ...R('wentai-zone', '温台民营经济创新示范区'),
  // Centres
  ...R('main-centre', '主中心'),
  ...R('main-centre-north', '永嘉瓯北、三江、黄田片'),
  ...R('main-centre-south', '南跨飞云江与瑞安一体化发展', '温瑞平原一体化'),
  ...R('sub-centre-north', '乐清副中心', ['乐清', '分别以乐清和平阳']),
  ...R('sub-centre-south', '南部副中心', ['平阳、苍南、龙港', '乐清和平阳、苍南、龙港为有力两翼']),
  ...R('west-pole', '西部重要发展极', '永嘉、文成、泰顺、青田县城'),
  ...R('city-core', '中心城区核心区'),
  // Axes and belts
  ...R('axis-central', '中部沿江发展轴'),
  ...R('axis-east', '东部沿海发展轴'),
  ...R('axis-west', '西部生态发展轴'),
  ...R('belt-coastal', '沿海先进智造产业带'),
  ...R('belt-daluoshan', '环大罗山科创产业带'),
  ...R('belt-west', '西部生态休闲产业带'),
  ...R('belt-oujiang', '瓯江山水诗路文化产业带'),
  // Corridors and channels
  ...R('corridor-yongtaiwen', '甬台温城市群连绵带'),
  ...R('corridor-jinliwen', '金丽温城市群连绵带'),
  ...R('channel-north-coast', '北向(沿海)'),
  ...R('channel-north-hangzhou', '北向(融杭)'),
  ...R('channel-west-oujiang', '西向(沿瓯江)'),
  ...R('channel-southwest-feiyun', '西南向(沿飞云江)'),
  ...R('channel-south-coast', ['南向(沿海)', '、南向(沿海)']),
  // Key districts
  ...R('yq-liushi', '柳市新区(柳白新城)'),
  ...R('yq-edz', ['经济开发区', '柳白新城)、经济开发区、滨海新区']),
  ...R('yq-binhai', ['滨海新区', '经济开发区、滨海新区、乐清湾港区']),
  ...R('yq-bay-port', '乐清湾港区'),
  ...R('yq-yandang', '雁荡山旅游区'),
  ...R('py-binhai', '平阳滨海新兴产业园'),
  ...R('lg-newtown', '龙港新城产业区'),
  ...R('qidu', '七都区块'),
  ...R('binjiang-cbd', '滨江商务区'),
  ...R('central-green-axis', '中央绿轴'),
  ...R('hsr-new-town', '高铁新城'),
  ...R('ouhai-south', '瓯海南部新区'),
  ...R('east-hub', '东部综合交通枢纽'),
  ...R('oujiangkou', '瓯江口新区', '瓯江口产业集聚区', ['瓯江口', '推进瓯江口和浙南产业集聚区']),
  ...R('zhenan-cluster', '浙南产业集聚区滨海新区', '浙南产业集聚区'),
  ...R('oujiang-north-bank', '瓯江北岸城市新区'),
  ...R('north-hsr-hub', '温州北高铁枢纽'),
  ...R('zhenan-science-city', '浙南科技城'),
  ...R('higher-edu-park', '高教园区'),
  ...R('key-79km2', '79平方公里重点区域'),
  // 1 创新城市
  ...R('nidz', '国家自主创新示范区', '“一区五园”核心区'),
  ...R('daluoshan-sci-corridor', '环大罗山科创走廊'),
  ...R('coastal-belt-platforms', '温州沿海产业带', '“3+13”产业平台'),
  ...R('eye-valley', '中国眼谷'),
  ...R('marine-economy-zone', '国家海洋经济发展示范区'),
  // 2 开放城市
  ...R('overseas-chinese-zone', '世界(温州)华商综合试验区'),
  ...R('qingtian-huaqiao-zone', '浙江(青田)华侨经济文化合作试验区'),
  ...R('bonded-logistics', '保税物流中心(B型)', '温州综合保税区', '综合保税区'),
  ...R('lucheng-market-trade', '鹿城国家级市场采购贸易方式试点'),
  ...R('cross-strait-zone', '海峡两岸(温州)民营经济创新发展示范区'),
  ...R('kean-university', '温州肯恩大学'),
  // 3 便捷城市
  ...R('wenzhou-east-station', '铁路温州东站'),
  ...R('airport-hub', '机场综合交通中心、T3航站楼和第二跑道'),
  ...R('south-hub', '都市区南部综合交通枢纽'),
  ...R('wenzhou-port', '温州港'),
  ...R('port-airport-zones', '高铁新城、临港经济区、临空经济区'),
  ...R('hsr-hangwen', '杭温高铁一期工程'),
  ...R('hsr-yongtaiwenfu', '甬台温福高铁'),
  ...R('rail-wenwuji', '温武吉铁路'),
  ...R('exp-yongtaiwen-2', '甬台温高速复线'),
  ...R('exp-longliwen', '龙丽温高速'),
  ...R('exp-wenyi', '温义高速'),
  ...R('exp-jinliwen-east', '金丽温高速东延线'),
  ...R('exp-ruipingcang', '瑞平苍高速(南连)'),
  ...R('exp-taicang', '泰苍高速'),
  ...R('exp-wenqing', '文青高速'),
  ...R('exp-yueyongqing', '乐永青高速'),
  ...R('oujiang-waterway', '瓯江高等级航道'),
  ...R('rail-s1', ['市域铁路S1', '市域铁路S1、S2线站点']),
  ...R('rail-s2', '市域铁路S2线', ['S2线', 'S1、S2线站点']),
  ...R('rail-s3', '市域铁路S3线一期工程'),
  ...R('metro-m1', '地铁M1线'),
  ...R('metro-m2', ['M2线', '地铁M1线、M2线']),
  ...R('link-qingtian', '温州与丽水青田连接方案'),
  ...R('link-taizhou', '台州连接线'),
  ...R('brt-network', '10条共200公里BRT', 'BRT网'),
  // 4 宜居城市
  ...R('school-wfls', '温州世界外国语学校'),
  ...R('school-huizhong', '温州慧中公学'),
  ...R('school-jingshan', '乐清市荆山公学'),
  ...R('wmu', '温州医科大学附属医院', '温州医科大学'),
  ...R('wzu', '温州大学'),
  ...R('olympic-centre', '温州奥体中心'),
  ...R('dragon-boat-base', '瓯海龙舟运动基地'),
  ...R('future-communities', '省级未来社区试点', '未来社区'),
  // 5 花园城市
  ...R('dongtou-island-park', '洞头海岛公园'),
  ...R('daluoshan-sanyang-park', '环大罗山-三垟湿地公园'),
  ...R('east-sea-coast-belt', '东海滨海带'),
  ...R('oujiang-tanghe-belt', '瓯江-塘河城市生命带'),
  ...R('liu-bowen-hometown', '文成刘伯温故里'),
  ...R('nanxi-river', '永嘉楠溪江'),
  ...R('taishun-resort', '泰顺廊氡国家级旅游度假区'),
  // 6 智慧城市
  ...R('cloud-valley-dc', '浙江云谷磐石云数据中心'),
  ...R('mobile-cloud-centre', '移动浙南云计算中心'),
  // 7 人文城市
  ...R('jiangxin-island', '江心屿'),
  ...R('wuma-street', '五马历史街区', '五马街'),
  ...R('chan-street', '蝉街'),
  ...R('nanhuaijin-academy', '南怀瑾书院'),
  ...R('heritage-bids', '泰顺廊桥、雁荡山-楠溪江、苍南矾矿、青田石雕'),
  ...R('poetry-road', '瓯江山水诗路文化带', '瓯江山水诗路', '“一江两线五脉八地”'),
  ...R('tanghe-culture-cluster', '温瑞塘河文化产业集聚区'),
  ...R('art-museum', '温州美术馆'),
  // 8 时尚城市
  ...R('fashion-towns', '瓯海时尚、鹿城鞋艺等时尚特色小镇'),
  ...R('fashion-corridor', '温州时尚走廊'),
  ...R('moonlight-economy', '“月光”经济', '月光经济'),
  ...R('rail-station-tod', ['站点综合开发', 'S2线站点综合开发']),
  // The three 1-hour circles (二)
  ...R('ring-metro', ['都市区', '形成都市区、市域、城区3个']),
  ...R('ring-city', ['市域', '形成都市区、市域、城区3个']),
  ...R('ring-urban', ['城区3个“1小时交通圈”', '形成都市区、市域、城区3个“1小时交通圈”']),
];
