import type { Milestone } from '../../src/api/schemas';
import { Q, UNDATED } from './report';

const area = 'governance';

export const GOVERNANCE_MILESTONES: Milestone[] = [
  {
    id: 'typhoon-clearance',
    area,
    date: '2024-09',
    dateLabel: { zh: '2024年9月中旬', en: 'Mid-September 2024' },
    title: {
      zh: '完成抗击“摩羯”台风椰海大道清障工作，在全市防风救灾总结大会被通报表扬',
      en: 'Cleared Yehai Avenue after Typhoon Yagi (摩羯); commended at the city typhoon-relief review meeting',
    },
    source: { quote: Q.typhoon },
  },
  {
    id: 'on-site-meeting',
    area,
    date: '2024-11-02',
    dateLabel: { zh: '2024年11月2日', en: '2 November 2024' },
    title: {
      zh: '成功组织召开2024年度全市城乡治理现场会，受到《中国社区报》报道',
      en: 'Held the 2024 city urban-rural governance on-site meeting, reported by China Community News',
    },
    source: { quote: Q.onSiteMeeting },
  },
  {
    id: 'provincial-talk',
    area,
    date: '2024-12',
    dateLabel: { zh: '2024年12月', en: 'December 2024' },
    title: {
      zh: '在全省社会工作会议上作《突出重点 多措并举 全面提升城市基层治理现代化水平》经验交流',
      en: 'Experience talk at the provincial social work conference: "Highlight priorities, take multiple measures, comprehensively raise the modernisation of urban grassroots governance"',
    },
    source: {
      quote: Q.provincialTalk,
      correction: {
        zh: '原文作“2014年12月”，系笔误：市委社会工作部成立于2024年，此处按2024年12月显示。',
        en: 'The report says "2014年12月" (December 2014), a typo: the department was set up in 2024, so this shows December 2024.',
      },
    },
  },
  {
    id: 'book-community',
    area,
    date: '2024',
    dateLabel: { zh: '2024年', en: '2024' },
    title: {
      zh: '琼山区北冲溪建设“书香社区”入选2024年全国社会治理创新案例',
      en: 'Beichongxi "Book-scented Community" (Qiongshan) selected as a 2024 national social-governance innovation case',
    },
    source: { quote: Q.bookCommunity },
  },
  {
    id: 'guilin-six-linkage',
    area,
    ...UNDATED,
    title: {
      zh: '琼山区桂林社区“六社联动”多元参与治理入选全国城乡社区高质量发展典型案例',
      en: 'Guilin Community (Qiongshan) "six-party linkage" selected as a national typical case of high-quality urban-rural community development',
    },
    source: { quote: Q.guilin },
  },
  {
    id: 'duty-admission',
    area,
    ...UNDATED,
    title: {
      zh: '制定村居职责准入制度，确保社区干部有时间有精力干实事和服务群众',
      en: 'Set up a duty-admission system for villages and communities, so community cadres have time to serve residents',
    },
    source: { quote: Q.dutyAdmission },
  },
];
