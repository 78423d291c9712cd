import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { barShape } from './bar-shape';
import {
  BAR_SIZE,
  chartColorToken,
  chartHeight,
  chartTopMargin,
  labelLines,
  type ChartRow,
  type ChartSeries,
  type SizedBarChartProps,
} from './chart-types';
import { textPx } from './label-lines';
import { AFTER_NEGATIVE, AFTER_POSITIVE, fitPlot } from './plot-fit';
import { NARROW_PLOT_LEFT } from './row-label';
import { fittingTicks, fittingValueAxis } from './value-axis';
import { WrappedTick } from './wrapped-tick';

const ChartTooltip = lazy(async () => {
  const module = await import('./chart-tooltip');
  return { default: module.ChartTooltip as ComponentType<{ series: readonly ChartSeries<string>[] }> };
});

/** Where Recharts places a tick it has us draw, and what it writes. */
interface TickProps {
  x?: number | string;
  y?: number | string;
}

interface ValueTickProps extends TickProps {
  payload?: { value?: unknown };
  tickFormatter?: (value: number, index: number) => string;
  index?: number;
}

/**
 * A value-axis tick, centred under its grid line. Plain SVG text: Recharts' own tick measures each
 * label in the DOM (a forced layout per tick) to wrap it, and a number never wraps.
 */
function ValueTick({ x = 0, y = 0, payload, tickFormatter, index = 0 }: ValueTickProps) {
  const value = Number(payload?.value);
  return (
    <text x={Number(x)} y={Number(y)} dy="0.71em" textAnchor="middle" className="chart-tick">
      {tickFormatter ? tickFormatter(value, index) : String(value)}
    </text>
  );
}

// Recharts copies its props into its store in effects, and a prop that is a new object or function
// on a render is dispatched again, with every selector after it. So every prop that does not change
// is the same object from one render to the next: module constants here, memoised below; new rows
// are then the one thing a re-render dispatches.
const VALUE_TICK = <ValueTick />;
const CATEGORY_TICK = <WrappedTick />;
// The grid draws only vertical lines; Recharts would still place the horizontal ones, measuring every
// category label in the DOM to do it.
const NO_LINES = () => [];
/** The category axis' width beside the plot, where the row labels are (on a phone they go above the bars). */
const CATEGORY_AXIS_WIDTH = 190;
/** The drawing's left margin beside the category axis. */
const WIDE_LEFT = 4;

/** Horizontal bars with their values written beside them. Presentational: rows and series come in, nothing is fetched. */
export function HorizontalBarChart<K extends string>(props: SizedBarChartProps<K>) {
  const { rows, series, formatTick, narrow = false, axis, labelledBy, width, sizedFor = rows } = props;
  const domain = axis?.domain;
  const valueLabels = sizedFor.flatMap((row) => series.map((item) => ({ value: row[item.key], px: textPx(row.text[item.key]) })));
  const lines = labelLines(rows, narrow);
  const height = chartHeight(rows.length, series.length, lines, narrow);
  const topMargin = chartTopMargin(lines, narrow);
  // The plot's edges. On an axis given in advance, each value's label needs room only past its own
  // bar's end (fitPlot). Otherwise the axis ends near the largest bar: its label has the right margin,
  // and on a phone a negative value's label has the left one, so a bar that reaches either end of the
  // axis still has its label inside the drawing. On a phone the first tick's label, centred on the
  // plot's left edge, has the margin for its left half.
  const firstTickHalf = textPx(formatTick(domain?.[0] ?? 0)) / 2 + 2;
  const leastLeft = narrow ? Math.max(NARROW_PLOT_LEFT, firstTickHalf) : WIDE_LEFT + CATEGORY_AXIS_WIDTH;
  const fitted = domain ? fitPlot({ width, minLeft: leastLeft, labelsInPlot: !narrow, domain, labels: valueLabels }) : undefined;
  const widestLabel = Math.max(...valueLabels.map((label) => label.px));
  const rightMargin = fitted ? width - fitted.left - fitted.width : Math.min(200, AFTER_POSITIVE + widestLabel);
  const negativeLabels = valueLabels.filter((label) => label.value < 0).map((label) => AFTER_NEGATIVE + label.px);
  const plotLeft = fitted?.left ?? (narrow ? Math.max(leastLeft, ...negativeLabels) : leastLeft);
  // Recharts' left margin: on a PC the category axis is inside it.
  const left = plotLeft - (narrow ? 0 : CATEGORY_AXIS_WIDTH);
  const margin = useMemo(() => ({ top: topMargin, right: rightMargin, bottom: 8, left }), [topMargin, rightMargin, left]);
  // Without an axis given, 0 to the largest value in round steps, as many as the plot has room for;
  // given ticks are thinned to those whose labels fit. The axis is kept while the largest value and
  // the plot's width are, so new rows leave the parts below as they are unless the axis itself changes.
  const largest = domain ? 0 : Math.max(...rows.flatMap((row) => series.map((item) => row[item.key])));
  const plotWidth = width - left - rightMargin - (narrow ? 0 : CATEGORY_AXIS_WIDTH);
  const drawnAxis = useMemo(
    () => (axis ? { domain: axis.domain, ticks: fittingTicks(axis.ticks, plotWidth, formatTick) } : fittingValueAxis(largest, plotWidth, formatTick)),
    [axis, largest, plotWidth, formatTick],
  );
  const { domain: axisDomain, ticks: axisTicks } = drawnAxis;
  // The tooltip is needed once someone reaches the chart, by keyboard or pointer: it loads then.
  const [wantsTooltip, setWantsTooltip] = useState(false);
  const loadTooltip = () => setWantsTooltip(true);
  // The chart's parts (grid, axes, bars) are the same elements while the series and axes stay, so new
  // rows (new figures, a new language) re-render the chart's root alone and React skips the parts:
  // Recharts' store then redraws what the rows change. New elements on every render would draw every
  // part twice: first from the props, with the old rows still in the store, then again from the store.
  const parts = useMemo(
    () => (
      <>
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={NO_LINES} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={axisDomain}
          ticks={axisTicks}
          // The ticks are ours: Recharts need not choose its own (decimal-numbers.ts).
          niceTicks="none"
          tickFormatter={formatTick}
          tick={VALUE_TICK}
          stroke="var(--chart-axis)"
          // Every tick is shown (there are few): left to choose, Recharts measures each label in the DOM.
          interval={0}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 0 : CATEGORY_AXIS_WIDTH}
          hide={narrow}
          tick={CATEGORY_TICK}
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
            shape={barShape(item.key, narrow && index === 0)}
          />
        ))}
      </>
    ),
    [series, narrow, axisDomain, axisTicks, formatTick, wantsTooltip],
  );
  return (
    <div onFocus={loadTooltip} onPointerEnter={loadTooltip}>
      {/*
       * Recharts' accessibility layer makes the drawing one Tab stop, an "application" whose arrow keys
       * move the tooltip (a live region) from row to row. It stays on: it is how a keyboard user reads
       * the drawing itself, though the table below has the same values. Unnamed, the stop was only
       * "application" to a screen reader; the chart's visible title names it (labelledBy: on the
       * overview, each area's drawing by the area's name, then the title).
       */}
      <BarChart
        width={width}
        height={height}
        data={rows as ChartRow<K>[]}
        layout="vertical"
        margin={margin}
        barGap={4}
        aria-labelledby={labelledBy}
      >
        {parts}
      </BarChart>
    </div>
  );
}
