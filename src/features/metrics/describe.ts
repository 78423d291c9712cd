import type { Chart, Metric } from '../../api/schemas';
import { formatExact, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { computeChange } from './change';
import { derivedMark } from './derived';

/** One metric in words: "村(社区)内外部挂牌总数由9,472块减至4,272块，下降54.9%"; an implied before value is marked. */
export function describeMetric(metric: Metric, lang: Lang): string {
  const label = metric.label[lang];
  const unit = metric.unit[lang];
  const after = formatExact(metric.after, metric.lowerBound);
  const change = computeChange(metric.before, metric.after);
  if (metric.before === null || !change) {
    return lang === 'zh' ? `${label}${after}${unit}` : `${label}: ${after} ${unit}`;
  }
  const before = formatExact(metric.before, false);
  const mark = derivedMark(metric, lang);
  const size = `${formatNumber(Math.abs(change.percent))}%`;
  if (lang === 'zh') {
    const [verb, word] = change.direction === 'down' ? ['减至', '下降'] : ['增至', '增长'];
    return `${label}由${before}${unit}${mark}${verb}${after}${unit}，${word}${size}${mark}`;
  }
  const [verb, word] = change.direction === 'down' ? ['fell', 'down'] : ['rose', 'up'];
  return `${label} ${verb} from ${before}${mark} to ${after} ${unit}, ${word} ${size}${mark}`;
}

/** A chart's summary, in the user's language; where it gives percentages, it says they are computed. */
export function describeChart(metrics: readonly Metric[], lang: Lang): string {
  const parts = metrics.map((metric) => describeMetric(metric, lang));
  const computed = metrics.some((metric) => computeChange(metric.before, metric.after) !== null);
  if (lang === 'zh') return `${parts.join('；')}。${computed ? '百分比据报告数字计算。' : ''}`;
  return `${parts.join('; ')}.${computed ? " Percentages are computed from the report's figures." : ''}`;
}

/** The metrics a chart shows, in the chart's order; an id the area lacks is skipped. */
export function metricsOfChart(chart: Chart, metrics: readonly Metric[]): Metric[] {
  return chart.metricIds.flatMap((id) => metrics.filter((metric) => metric.id === id));
}
