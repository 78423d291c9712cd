import { Tooltip } from 'recharts';
import type { ChartRow, ChartSeries } from './chart-types';

/**
 * The tooltip that follows the arrow keys once a chart has focus (Recharts' accessibility layer) and
 * the pointer on hover, values as written. Its own chunk: it loads on a chart's first focus or hover.
 */
export function ChartTooltip<K extends string>({ series }: { series: readonly ChartSeries<K>[] }) {
  return (
    <Tooltip
      isAnimationActive={false}
      cursor={{ fill: 'var(--chart-grid)' }}
      formatter={(_value, name, entry) => {
        const row = entry.payload as ChartRow<K>;
        const key = series.find((item) => item.label === name)?.key;
        return [key ? row.text[key] : '', ''];
      }}
      separator=""
      itemStyle={{ color: 'var(--text)' }}
      itemSorter={(entry) => series.findIndex((item) => item.label === entry.name)}
      wrapperClassName="chart-tooltip"
    />
  );
}
