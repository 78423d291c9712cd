import type { Report } from '../../src/api/schemas';

export const REPORT = {
  title: { zh: '中共海口市委社会工作部2025年新春献词', en: 'New Year message 2025 of the Social Work Department of the CPC Haikou Municipal Committee' },
  publisher: { zh: '中共海口市委社会工作部', en: 'Social Work Department of the CPC Haikou Municipal Committee' },
  published: '2025-01-27',
  dataYear: 2024,
} satisfies Report;

/** The report's sentences, verbatim (tags stripped). tests/unit/report-data.test.ts checks each against the source text. */
export const Q = {
  provincialTalk:
    '自组建以来,市委社会工作部始终立足主业主责,严格按照省委社会工作部2024年工作要点和市委部署要求,全面开展各项工作,取得了显著成效,2014年12月我市在全省社会工作会议上作《突出重点 多措并举 全面提升城市基层治理现代化水平》经验交流。',
  onSiteMeeting:
    '特别是在成立不足6个月、到位人员不足6人的情况下,11月2日成功组织召开了2024年度全市城乡治理现场会,受到《中国社区报》报道;',
  typhoon: '9月中旬完成抗击“摩羯”台风椰海大道清障工作,在全市防风救灾总结大会被通报表扬;',
  bookCommunity: '琼山区北冲溪建设“书香社区”入选2024年全国社会治理创新案例;',
  guilin: '琼山区桂林社区“六社联动”多元参与治理入选全国城乡社区高质量发展典型案例;',
  huluwa: '高新区葫芦娃药业集团入选“全国2024年度百个新兴领域党建创新案例”;',
  snail: '琼山区“田螺计划”项目在第七届中国青年志愿服务项目大赛中获银奖。',
  industryCommittees:
    '在新兴领域党建板块,今年新建了快递、商务行业党委,优化小个专和网约配送行业党委,成功构建起新业态新就业群体市级层面工委和行业党委“1+10”的构架。',
  twoCoverage:
    '开展两个覆盖攻坚行动,成立快递、外卖、网络主播等新业态新就业群体党支部32个,新组建两新领域党组织92个,党的工作覆盖至4954个“两新”组织;',
  coordination: '在党建引领治理板块,推动建立市、区党建引领基层治理协调机制,26个成员单位协同联动、形成合力。',
  gridOrgs:
    '全市调整升格村(社区)党委64个、党总支105个,成立村民小组党组织1067个、社区网格党组织1575个、小区党组织422个,发挥4000余名小区党建工作指导员和3000余名党员楼栋长的作用全力护航小区治理。',
  plaques:
    '扎实推进村级组织工作事务、机制牌子和证明事项规范清理工作,全市464个村(社区),清理规范内外部挂牌总数9472块减至4272块,内部挂牌平均12块减至6块,村(社区)平均出具证明事项12项减至5项。',
  dutyAdmission: '制定村居职责准入制度,确保社区干部有时间有精力干实事和服务群众。',
  hotline:
    '在凝聚服务群众板块,通过夯实网格化管理基础、推动矛盾纠纷排查化解,有效发现处置80万余12345办件,处置矛盾纠纷19941件。',
  visits: '各级各部门领导干部共接访下访1020批3715人次,预防化解信访问题457件次。',
  fiveDeclines:
    '全市信访形势呈现信访总量下降、进京访下降、重复信访下降、网上信访下降、国家信访局登记信访事项下降的“五下降”较好态势。',
  volunteers: '推动学雷锋志愿服务活动常态化,共计开展360余场学雷锋志愿服务活动,惠及群众达7万人次。',
  rewards: '推进志愿者礼遇兑现工作,进行10899次礼品兑换,兑换300000积分。',
  brands:
    '打造团市委“青春社区”、琼山区“益·老爸茶”“田螺计划”关爱孤寡老人、秀英区“小英说理”、美兰区“田教授”等一大批品牌。',
} as const;

/**
 * 个, the report's unit for counts of things (committees, branches, villages). English counts things by
 * their own noun: each figure gives its own (10 committees, 105 branches); a chart whose bars count
 * different things says "number", the English for 个 as a unit of measure.
 */
export const count = (en: string) => ({ zh: '个', en }) as const;
export const COUNT = count('number');

export const UNITS = {
  kuai: { zh: '块', en: 'plaques' },
  xiang: { zh: '项', en: 'items' },
  ming: { zh: '名', en: 'people' },
  jian: { zh: '件', en: 'cases' },
  pi: { zh: '批', en: 'batches' },
  renci: { zh: '人次', en: 'person-times' },
  jianci: { zh: '件次', en: 'case-times' },
  chang: { zh: '场', en: 'events' },
  ci: { zh: '次', en: 'times' },
  jifen: { zh: '积分', en: 'points' },
} as const;

/**
 * The date of a milestone the report does not date: its review runs "自组建以来" (since the department
 * was set up, 27 June 2024, to the report's 27 January 2025), so the year is not the report's to give.
 */
export const UNDATED = { date: null, dateLabel: { zh: '自组建以来', en: 'Since the department was set up' } } as const;
