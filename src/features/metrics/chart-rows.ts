import type { ReactNode } from 'react';
import type { Chart, Metric } from '../../api/schemas';
import type { ChartRow, ChartSeries } from '../../components/charts/chart-types';
import { formatExact } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { derivedMark } from './derived';

export type PairKey = 'before' | 'after';
export type CountKey = 'value';

/**
 * A value as written beside its bar. In Chinese with its unit, a character or two (9,472 块); in
 * English bare (9,472): the English unit is a noun ("villages/communities"), and beside the bars it left
 * a phone's plot in elder mode no room ("Before 8 committees (derived)" ran out of a 360 px drawing).
 * The chart's unit line names it, as English charts do.
 */
function barValue(value: number, lowerBound: boolean, metric: Metric, lang: Lang): string {
  const figure = formatExact(value, lowerBound);
  return lang === 'zh' ? `${figure} ${metric.unit.zh}` : figure;
}

/**
 * Each value is written with its series name ("此前 9,472 块"), so colour is never the only cue, and a
 * before value the report implies is marked ("此前 8 个（推算）").
 */
export function pairRows(metrics: readonly Metric[], lang: Lang, names: Record<PairKey, string>): ChartRow<PairKey>[] {
  return metrics.map((metric) => {
    const before = metric.before ?? 0;
    return {
      id: metric.id,
      label: metric.label[lang],
      before,
      after: metric.after,
      text: {
        before: `${names.before} ${barValue(before, false, metric, lang)}${derivedMark(metric, lang)}`,
        after: `${names.after} ${barValue(metric.after, metric.lowerBound, metric, lang)}`,
      },
    };
  });
}

export function countRows(metrics: readonly Metric[], lang: Lang): ChartRow<CountKey>[] {
  return metrics.map((metric) => ({
    id: metric.id,
    label: metric.label[lang],
    value: metric.after,
    text: { value: barValue(metric.after, metric.lowerBound, metric, lang) },
  }));
}

export function pairSeries(labels: { before: string; after: string }) {
  return [
    { key: 'before', label: labels.before, color: 'before' },
    { key: 'after', label: labels.after, color: 'after' },
  ] as const satisfies readonly ChartSeries<PairKey>[];
}

export function countSeries(chart: Chart, lang: Lang) {
  return [{ key: 'value', label: chart.unit[lang], color: 'count' }] as const satisfies readonly ChartSeries<CountKey>[];
}

/** What a chart draws: its rows and series, by the chart's type. */
export type ChartParts =
  | { type: 'before-after'; rows: ChartRow<PairKey>[]; series: readonly ChartSeries<PairKey>[] }
  | { type: 'counts'; rows: ChartRow<CountKey>[]; series: readonly ChartSeries<CountKey>[] };

export function chartParts(chart: Chart, metrics: readonly Metric[], lang: Lang, names: Record<PairKey, string>): ChartParts {
  return chart.type === 'before-after'
    ? { type: chart.type, rows: pairRows(metrics, lang, names), series: pairSeries(names) }
    : { type: chart.type, rows: countRows(metrics, lang), series: countSeries(chart, lang) };
}

/**
 * What `draw` makes of a chart's rows and series. One branch per chart type, so TypeScript knows the
 * rows and series share their keys.
 */
export function drawParts(
  parts: ChartParts,
  draw: <K extends string>(rows: readonly ChartRow<K>[], series: readonly ChartSeries<K>[]) => ReactNode,
): ReactNode {
  return parts.type === 'before-after' ? draw(parts.rows, parts.series) : draw(parts.rows, parts.series);
}
