import type { Direction, Milestone } from '../../src/api/schemas';
import type { AreaData } from './types';
import { Q, UNDATED, UNITS } from './report';

const area = 'service';
const exact = { kind: 'count', before: null, lowerBound: false, isNew: false } as const;
const atLeast = { kind: 'count', before: null, lowerBound: true, isNew: false } as const;

const declines: [id: string, zh: string, en: string][] = [
  ['petitions-total', '信访总量', 'Total petitions'],
  ['petitions-to-beijing', '进京访', 'Petitions to Beijing'],
  ['petitions-repeat', '重复信访', 'Repeat petitions'],
  ['petitions-online', '网上信访', 'Online petitions'],
  [
    'petitions-national-registered',
    '国家信访局登记信访事项',
    'Items registered by the National Public Complaints and Proposals Administration',
  ],
];

const directions: Direction[] = declines.map(([id, zh, en]) => ({
  id,
  area,
  label: { zh, en },
  direction: 'down',
  source: { quote: Q.fiveDeclines },
}));

const brands: [id: string, zh: string, en: string][] = [
  ['brand-youth-community', '团市委“青春社区”', '"Youth Community" (Municipal Youth League Committee)'],
  ['brand-old-dad-tea', '琼山区“益·老爸茶”', '"Yi Old-Dad Tea" (Qiongshan District)'],
  ['brand-snail-plan', '琼山区“田螺计划”关爱孤寡老人', '"Snail Plan" caring for elderly people living alone (Qiongshan District)'],
  ['brand-xiaoying', '秀英区“小英说理”', '"Xiaoying Reasons It Out" (Xiuying District)'],
  ['brand-professor-tian', '美兰区“田教授”', '"Professor Tian" (Meilan District)'],
];

const milestones: Milestone[] = [
  {
    id: 'snail-plan-silver',
    area,
    ...UNDATED,
    title: {
      zh: '琼山区“田螺计划”项目在第七届中国青年志愿服务项目大赛中获银奖',
      en: '"Snail Plan" (Qiongshan District) won silver at the 7th China Youth Volunteer Service Project Competition',
    },
    source: { quote: Q.snail },
  },
  ...brands.map(([id, zh, en]): Milestone => ({
    id,
    area,
    ...UNDATED,
    title: { zh: `打造品牌：${zh}`, en: `Brand built: ${en}` },
    source: { quote: Q.brands },
  })),
];

export const SERVICE: AreaData = {
  area: {
    id: area,
    name: { zh: '凝聚服务群众', en: 'Serving the masses' },
    summary: {
      zh: '网格化管理、矛盾纠纷化解、信访工作与志愿服务。',
      en: 'Grid management, dispute resolution, petition work and volunteering.',
    },
  },
  headline: ['hotline-cases', 'disputes', 'volunteer-beneficiaries'],
  metrics: [
    {
      id: 'hotline-cases',
      area,
      label: { zh: '发现处置12345办件', en: '12345 hotline cases found and handled' },
      unit: UNITS.jian,
      ...atLeast,
      after: 800000,
      writtenInWan: true,
      source: { quote: Q.hotline },
    },
    {
      id: 'disputes',
      area,
      label: { zh: '处置矛盾纠纷', en: 'Disputes handled' },
      unit: UNITS.jian,
      ...exact,
      after: 19941,
      source: { quote: Q.hotline },
    },
    {
      id: 'leader-visits-batches',
      area,
      label: { zh: '领导干部接访下访（批次）', en: 'Leaders receiving and visiting petitioners, batches' },
      unit: UNITS.pi,
      ...exact,
      after: 1020,
      source: { quote: Q.visits },
    },
    {
      id: 'leader-visits-people',
      area,
      label: { zh: '领导干部接访下访（人次）', en: 'Leaders receiving and visiting petitioners, person-times' },
      unit: UNITS.renci,
      ...exact,
      after: 3715,
      source: { quote: Q.visits },
    },
    {
      id: 'petitions-prevented',
      area,
      label: { zh: '预防化解信访问题', en: 'Petition issues prevented or resolved' },
      unit: UNITS.jianci,
      ...exact,
      after: 457,
      source: { quote: Q.visits },
    },
    {
      id: 'volunteer-events',
      area,
      label: { zh: '学雷锋志愿服务活动', en: 'Learn-from-Lei-Feng volunteer events' },
      unit: UNITS.chang,
      ...atLeast,
      after: 360,
      source: { quote: Q.volunteers },
    },
    {
      id: 'volunteer-beneficiaries',
      area,
      label: { zh: '志愿服务惠及群众', en: 'People served by volunteer events' },
      unit: UNITS.renci,
      ...exact,
      after: 70000,
      writtenInWan: true,
      source: { quote: Q.volunteers },
    },
    {
      id: 'gift-exchanges',
      area,
      label: { zh: '志愿者礼品兑换', en: 'Volunteer reward gift exchanges' },
      unit: UNITS.ci,
      ...exact,
      after: 10899,
      source: { quote: Q.rewards },
    },
    {
      id: 'points-redeemed',
      area,
      label: { zh: '兑换积分', en: 'Reward points redeemed' },
      unit: UNITS.jifen,
      ...exact,
      after: 300000,
      source: { quote: Q.rewards },
    },
  ],
  directions,
  milestones,
  // No chart: its nine figures come in seven units (件, 批, 人次, …), and those that share one are unrelated
  // (人次) or 40× apart (件). One axis would compare unlike things; the figures stand on their own.
  charts: [],
};
