import type { AreaData } from './types';
import { count, COUNT, Q } from './report';

export const NEW_SECTORS: AreaData = {
  area: {
    id: 'new-sectors',
    name: { zh: '新兴领域党建', en: 'New-sector Party building' },
    summary: {
      zh: '新业态新就业群体与“两新”组织的党的组织和工作覆盖。',
      en: 'Party organisations and Party work reaching new business forms, new employment groups and "two new" organisations.',
    },
  },
  headline: ['industry-committees', 'new-forms-branches', 'two-new-coverage'],
  metrics: [
    {
      id: 'industry-committees',
      area: 'new-sectors',
      label: { zh: '行业党委', en: 'Industry Party committees' },
      unit: count('committees'),
      kind: 'derived',
      before: 8,
      after: 10,
      lowerBound: false,
      isNew: false,
      note: {
        zh: '报告称构建起工委和行业党委“1+10”构架，其中快递、商务两个行业党委为今年新建，故此前为8个。',
        en: 'The report describes a "1+10" structure (one working committee, ten industry committees), two of them (express delivery, commerce) newly built this year, so eight before.',
      },
      source: { quote: Q.industryCommittees },
    },
    {
      id: 'new-forms-branches',
      area: 'new-sectors',
      label: {
        zh: '新业态新就业群体党支部',
        en: 'Party branches of new business forms and new employment groups',
      },
      unit: count('branches'),
      kind: 'count',
      before: 0,
      after: 32,
      lowerBound: false,
      isNew: true,
      source: { quote: Q.twoCoverage },
    },
    {
      id: 'two-new-orgs-created',
      area: 'new-sectors',
      label: { zh: '新组建两新领域党组织', en: 'Party organisations newly set up in "two new" organisations' },
      unit: count('organisations'),
      kind: 'count',
      before: 0,
      after: 92,
      lowerBound: false,
      isNew: true,
      source: { quote: Q.twoCoverage },
    },
    {
      id: 'two-new-coverage',
      area: 'new-sectors',
      label: { zh: '党的工作覆盖“两新”组织', en: '"Two new" organisations reached by Party work' },
      unit: count('organisations'),
      kind: 'count',
      before: null,
      after: 4954,
      lowerBound: false,
      isNew: false,
      source: { quote: Q.twoCoverage },
    },
  ],
  directions: [],
  milestones: [
    {
      id: 'huluwa-case',
      area: 'new-sectors',
      date: '2024',
      dateLabel: { zh: '2024年度', en: '2024' },
      title: {
        zh: '高新区葫芦娃药业集团入选“全国2024年度百个新兴领域党建创新案例”',
        en: 'Huluwa Pharmaceutical Group (Hi-tech Zone) selected among the national 100 new-sector Party-building innovation cases of 2024',
      },
      source: { quote: Q.huluwa },
    },
  ],
  charts: [
    {
      id: 'industry-committees',
      title: { zh: '行业党委数量（“1+10”构架）', en: 'Industry Party committees ("1+10" structure)' },
      unit: count('committees'),
      type: 'before-after',
      metricIds: ['industry-committees'],
    },
    {
      id: 'new-organisations',
      title: { zh: '2024年新成立的党组织', en: 'Party organisations set up in 2024' },
      unit: COUNT,
      type: 'counts',
      metricIds: ['new-forms-branches', 'two-new-orgs-created'],
    },
  ],
};
