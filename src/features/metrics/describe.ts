import type { Chart, Metric } from '../../api/schemas';
import { formatExact, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { computeChange } from './change';

/** One metric in words: "村(社区)内外部挂牌总数由9,472块减至4,272块，下降54.9%". */
export function describeMetric(metric: Metric, lang: Lang): string {
  const label = metric.label[lang];
  const unit = metric.unit[lang];
  const after = formatExact(metric.after, metric.lowerBound);
  const change = computeChange(metric.before, metric.after);
  if (metric.before === null || !change) {
    return lang === 'zh' ? `${label}${after}${unit}` : `${label}: ${after} ${unit}`;
  }
  const before = formatExact(metric.before, false);
  const size = `${formatNumber(Math.abs(change.percent))}%`;
  if (lang === 'zh') {
    const [verb, word] = change.direction === 'down' ? ['减至', '下降'] : ['增至', '增长'];
    return `${label}由${before}${unit}${verb}${after}${unit}，${word}${size}`;
  }
  const [verb, word] = change.direction === 'down' ? ['fell', 'down'] : ['rose', 'up'];
  return `${label} ${verb} from ${before} to ${after} ${unit}, ${word} ${size}`;
}

/** A chart's one-sentence summary, in the user's language. */
export function describeChart(metrics: readonly Metric[], lang: Lang): string {
  const parts = metrics.map((metric) => describeMetric(metric, lang));
  return lang === 'zh' ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

/** The metrics a chart shows, in the chart's order; an id the area lacks is skipped. */
export function metricsOfChart(chart: Chart, metrics: readonly Metric[]): Metric[] {
  return chart.metricIds.flatMap((id) => metrics.filter((metric) => metric.id === id));
}
