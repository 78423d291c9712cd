import type { ApiErrorKind } from '../api/errors';
import type { Bilingual } from './lang';

/**
 * The names of the pages that are not a work area, in both languages: their headings show the other
 * language beside the user's, as the work areas' do, and the English catalog loads only on demand.
 */
export const PAGE_NAMES = {
  overview: { zh: '2024年工作总览', en: '2024 at a glance' },
  notFound: { zh: '页面未找到', en: 'Page not found' },
} as const satisfies Record<string, Bilingual>;

const zh = {
  appTitle: '海口社会工作看板',
  appSubtitle: '中共海口市委社会工作部 · 2024年工作数据',
  skipLink: '跳到主要内容',
  navLabel: '主导航',
  navOverview: '总览',
  elderMode: '适老模式',
  darkMode: '深色模式',
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文 Switch to English',
  overviewTitle: PAGE_NAMES.overview.zh,
  reportLead:
    '本看板展示中共海口市委社会工作部2025年新春献词所报告的2024年工作数据。市委社会工作部于2024年6月27日挂牌成立，全面推进新兴领域党建、党建引领基层治理、凝聚服务群众三大板块工作。所有数字均引自报告原文，每一项均可查看原文出处；变化百分比由本看板据报告数字计算，标“推算”的数字由报告文字推得。',
  filterLegend: '按工作板块筛选',
  filterHint: '至少保留一个板块',
  filterUnreadSome: '链接中的{values}不是本看板的板块，已略去。',
  filterUnreadAll: '链接中的{values}不是本看板的板块，现显示全部板块。',
  quoted: '“{text}”',
  listSeparator: '、',
  areaDetails: '查看{name}详情',
  changesTitle: '前后对比变化幅度',
  noChanges: '所选板块的数字，报告均未给出“此前”值，没有可比的变化幅度。',
  kpiHeading: '数据一览',
  chartsHeading: '图表',
  noCharts: '本板块的各项数字单位不同或不宜相互比较，画在同一坐标轴上会误导，故不作图表；各项数字见上方“数据一览”。',
  directionsHeading: '信访形势“五下降”',
  directionsIntro: '报告未给出具体数字，仅说明下列五项均有下降。',
  directionDown: '下降',
  directionUp: '上升',
  milestonesHeading: '大事记与荣誉',
  before: '此前',
  after: '2024年',
  change: '变化（计算值）',
  newlyBuilt: '2024年新成立',
  lowerBoundNote: '报告原文为“余”，即不少于此数',
  derivedBadge: '推算',
  sourceToggle: '查看原文出处',
  /** Read after the button's visible label by screen readers, so each page's many toggles differ. */
  sourceToggleOf: '：{item}',
  sourceLabel: '报告原文',
  correctionLabel: '更正说明',
  chartTable: '数据表',
  chartTableToggle: '以表格查看',
  tableLabel: '项目',
  tableValue: '数值',
  tableUnit: '单位',
  tableArea: '工作板块',
  unitPrefix: '单位：',
  loading: '正在加载数据…',
  retry: '重试',
  panelFailedTitle: '此部分无法显示',
  panelFailedText: '页面的这一部分出错了，其他部分不受影响。',
  codeMissingText: '这一部分的程序未能从网络加载。重试将重新载入页面，所选筛选和语言不变。',
  emptyTitle: '暂无数据',
  emptyText: '数据服务返回了空列表。',
  errorTitle: '数据加载失败',
  updateFailedTitle: '数据更新失败，下面仍是上次成功加载的数据。',
  notFoundTitle: PAGE_NAMES.notFound.zh,
  notFoundText: '您访问的页面不存在，可能链接有误或页面已移动。',
  backHome: '返回总览首页',
  exportGroup: '导出图表：{title}',
  exportAs: '下载 {format}',
  exportAsNamed: '下载 {format}（{title}）',
  exportDone: '已导出 {name}',
  exportFailed: '导出失败：{reason}',
  exportScale: 'PNG 图片倍率',
  exportAll: '导出本页全部图表（ZIP）',
  exportBusy: '正在导出…',
  exportSource: '来源：中共海口市委社会工作部 2025年新春献词',
  exportDate: '数据年份：{year}年 · 报告日期：{published}',
  exportArea: '工作板块：{areas}',
  exportFilter: '筛选：{areas}',
  csvItem: '项目',
  csvBefore: '此前',
  csvAfter: '2024年',
  csvShown: '看板显示值',
  csvChange: '变化(%，据报告数字计算)',
  csvUnit: '单位',
  csvLowerBound: '下限值（报告称“余”，即不少于）',
  csvDerived: '此前值的推算依据（报告未直接给出）',
  csvSource: '报告原文',
  csvYes: '是',
  csvNo: '否',
  footerSource: '来源：中共海口市委社会工作部 2025年新春献词（2025年1月27日）',
  footerNote: '所有数字均引自报告原文；变化百分比据报告数字计算，标“推算”者由报告文字推得；报告未给出的数字不予显示。',
} as const;

export type MessageKey = keyof typeof zh;

/** Everything the app writes in one language: its messages and how it words each kind of API error. */
export interface Catalog {
  messages: Record<MessageKey, string>;
  errors: Record<ApiErrorKind, string>;
}

/** Chinese, the default language: part of the app. English loads when first needed (messages-en.ts). */
export const ZH: Catalog = {
  messages: zh,
  errors: {
    'service-unavailable':
      '数据服务不可用：看板内置的数据服务未能启动。请检查网络连接后重试；仍不行请联系单位信息技术人员。',
    network: '网络连接失败，未能连接到数据服务。',
    timeout: '数据服务长时间无响应，请求已超时。',
    unauthorized: '没有访问这些数据的权限（401/403）。',
    'not-found': '未找到请求的数据（404）。',
    server: '数据服务内部出错（5xx），请稍后重试。',
    http: '数据服务返回了错误。',
    malformed: '数据服务返回的内容无法解析（不是有效的 JSON）。',
    schema: '数据服务返回的数据格式不符合约定。',
  },
};
