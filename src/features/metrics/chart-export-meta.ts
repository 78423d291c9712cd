import type { Chart, Metric, Report, Text } from '../../api/schemas';
import type { ExportCaption, ExportTable } from '../export';
import { formatFigure, formatIsoDate } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { otherLang, type Lang } from '../../i18n/lang';
import { computeChange } from './change';
import { derivedMark } from './derived';

type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

export interface ExportContextInfo {
  report: Report;
  /** "工作板块：…" on an area page, "筛选：…" on a filtered overview. */
  scopeLabel?: string;
}

/** The words drawn around an exported chart: title, unit, scope, source and date. */
export function exportCaption(chart: Pick<Chart, 'title' | 'unit'>, info: ExportContextInfo, lang: Lang, t: Translate): ExportCaption {
  return {
    title: chart.title[lang],
    subtitle: chart.title[otherLang(lang)],
    unit: `${t('unitPrefix')}${chart.unit[lang]}`,
    filter: info.scopeLabel,
    source: t('exportSource'),
    date: t('exportDate', { year: String(info.report.dataYear), published: formatIsoDate(info.report.published, lang) }),
  };
}

/**
 * A chart's figures for CSV: numbers as numbers, the change computed, lower bounds marked, an implied
 * before value explained, each with its sentence; first each figure's work area, given `areaOf`. A
 * figure set up in 2024 has no before: its zero is the contract's (none of those set up existed
 * before), and read as a before value it would say there were none of such organisations at all.
 */
export function exportTable(metrics: readonly Metric[], lang: Lang, t: Translate, areaOf?: ReadonlyMap<string, Text>): ExportTable {
  return {
    header: [
      ...(areaOf ? [t('tableArea')] : []),
      t('csvItem'), t('csvBefore'), t('csvAfter'), t('csvShown'), t('csvChange'), t('csvUnit'), t('csvLowerBound'), t('csvDerived'), t('csvSource'),
    ],
    rows: metrics.map((metric) => [
      ...(areaOf ? [areaOf.get(metric.id)?.[lang] ?? ''] : []),
      metric.label[lang],
      metric.isNew ? null : metric.before,
      metric.after,
      formatFigure(metric, lang),
      computeChange(metric.before, metric.after)?.percent ?? null,
      metric.unit[lang],
      metric.lowerBound ? t('csvYes') : t('csvNo'),
      metric.kind === 'derived' ? (metric.note?.[lang] ?? derivedMark(metric, lang)) : '',
      metric.source.quote,
    ]),
  };
}
