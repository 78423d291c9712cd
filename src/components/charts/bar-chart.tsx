import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { WrappedTick } from './wrapped-tick';

export type ChartColor = 'before' | 'after' | 'count';

/** The CSS custom properties that colour a chart's frame; series use --chart-<ChartColor>. */
export const CHART_FRAME_TOKENS = ['--chart-grid', '--chart-axis'] as const;

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: ChartColor;
}

/** A row of a chart: its category label, one number per series, and each number as it should read. */
export type ChartRow<K extends string> = { id: string; label: string } & Record<K, number> & {
    text: Record<K, string>;
  };

interface HorizontalBarChartProps<K extends string> {
  rows: readonly ChartRow<K>[];
  series: readonly ChartSeries<K>[];
  formatTick: (value: number) => string;
  narrow?: boolean;
  /** The value axis; bars start at 0 by default. */
  domain?: [number, number];
  ticks?: number[];
}

const BAR_SIZE = 26;
const NARROW_LABEL_SPACE = 26;

interface RowLabelProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
}

/** On a phone the category label sits above its bars, so the bars keep the full width. */
function RowLabel({ x = 0, y = 0, value }: RowLabelProps) {
  return (
    <text x={Number(x)} y={Number(y) - 7} className="chart-tick">
      {String(value ?? '')}
    </text>
  );
}

/** Horizontal bars with their values written beside them. Presentational: rows and series come in, nothing is fetched. */
export function HorizontalBarChart<K extends string>({ rows, series, formatTick, narrow = false, domain, ticks }: HorizontalBarChartProps<K>) {
  const rowSpace = narrow ? 18 + NARROW_LABEL_SPACE : 18;
  const longestValue = Math.max(...rows.flatMap((row) => series.map((item) => row.text[item.key].length)));
  const rightMargin = Math.min(200, 24 + longestValue * 8);
  const height = rows.length * (series.length * (BAR_SIZE + 10) + rowSpace) + (series.length > 1 ? 76 : 48);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart data={rows as ChartRow<K>[]} layout="vertical" margin={{ top: 8, right: rightMargin, bottom: 8, left: 4 }} barGap={4}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={domain ?? [0, 'auto']}
          ticks={ticks}
          tickFormatter={formatTick}
          tick={{ className: 'chart-tick' }}
          stroke="var(--chart-axis)"
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 0 : 190}
          hide={narrow}
          tick={<WrappedTick maxChars={11} />}
          stroke="var(--chart-axis)"
          interval={0}
        />
        {series.length > 1 && <Legend verticalAlign="top" height={32} iconType="square" itemSorter={null} />}
        {series.map((item, index) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.label}
            fill={`var(--chart-${item.color})`}
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList dataKey={(row: ChartRow<K>) => row.text[item.key]} position="right" className="chart-value" fill="var(--text)" />
            {narrow && index === 0 && <LabelList dataKey="label" content={<RowLabel />} />}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
