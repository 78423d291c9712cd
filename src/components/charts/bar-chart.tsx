import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { BAR_SIZE, chartColorToken, chartHeight, type ChartRow, type ChartSeries, type HorizontalBarChartProps } from './chart-types';
import { WrappedTick } from './wrapped-tick';

const ChartTooltip = lazy(async () => {
  const module = await import('./chart-tooltip');
  return { default: module.ChartTooltip as ComponentType<{ series: readonly ChartSeries<string>[] }> };
});

interface RowLabelProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
}

const LABEL_GAP = 5;

interface ValueLabelProps extends RowLabelProps {
  width?: number | string;
  height?: number | string;
}

/**
 * A bar's value, written just past its end. Drawn as plain SVG text: Recharts' own label measures
 * its words in the DOM to wrap them, the costliest part of drawing a chart, for a value that is
 * never wrapped.
 */
function ValueLabel({ x = 0, y = 0, width = 0, height = 0, value }: ValueLabelProps) {
  // A negative value's bar runs leftwards from zero: its label goes past that end, on the left.
  const end = Number(x) + Number(width);
  const negative = Number(width) < 0;
  return (
    <text
      x={negative ? end - LABEL_GAP : end + LABEL_GAP}
      y={Number(y) + Number(height) / 2}
      textAnchor={negative ? 'end' : 'start'}
      dominantBaseline="central"
      className="chart-value"
    >
      {String(value ?? '')}
    </text>
  );
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
  const longestValue = Math.max(...rows.flatMap((row) => series.map((item) => row.text[item.key].length)));
  const rightMargin = Math.min(200, 24 + longestValue * 8);
  const height = chartHeight(rows.length, series.length, narrow);
  // The tooltip is needed once someone reaches the chart, by keyboard or pointer: it loads then.
  const [wantsTooltip, setWantsTooltip] = useState(false);
  const loadTooltip = () => setWantsTooltip(true);
  return (
    <div onFocus={loadTooltip} onPointerEnter={loadTooltip}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows as ChartRow<K>[]}
        layout="vertical"
        margin={{ top: 8, right: rightMargin, bottom: 8, left: 4 }}
        barGap={4}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={domain ?? [0, 'auto']}
          ticks={ticks}
          tickFormatter={formatTick}
          tick={{ className: 'chart-tick' }}
          stroke="var(--chart-axis)"
          // Every tick is shown (there are few): left to choose, Recharts measures each label in the DOM.
          interval={0}
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
        {wantsTooltip && (
          <Suspense fallback={null}>
            <ChartTooltip series={series as readonly ChartSeries<string>[]} />
          </Suspense>
        )}
        {series.map((item, index) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.label}
            fill={`var(${chartColorToken(item.color)})`}
            barSize={BAR_SIZE}
            isAnimationActive={false}
          >
            <LabelList dataKey={(row: ChartRow<K>) => row.text[item.key]} content={<ValueLabel />} />
            {narrow && index === 0 && <LabelList dataKey="label" content={<RowLabel />} />}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
