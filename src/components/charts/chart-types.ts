import { LABEL_LINE_HEIGHT, narrowLabelLines, sideLabelLines } from './label-lines';
import type { ValueAxis } from './value-axis';

const CHART_COLORS = ['before', 'after', 'count'] as const;
export type ChartColor = (typeof CHART_COLORS)[number];

/** The CSS custom property that colours a series on screen (its print colour is --paper-chart-…). */
export function chartColorToken(color: ChartColor): `--chart-${ChartColor}` {
  return `--chart-${color}`;
}

/** Every CSS custom property a chart is drawn in: each series colour, then the frame's (grid, axis). */
export const CHART_TOKENS = [...CHART_COLORS.map(chartColorToken), '--chart-grid', '--chart-axis'] as const;

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: ChartColor;
}

/** A row of a chart: its category label, one number per series, and each number as it should read. */
export type ChartRow<K extends string> = { id: string; label: string } & Record<K, number> & {
    text: Record<K, string>;
  };

export interface HorizontalBarChartProps<K extends string> {
  rows: readonly ChartRow<K>[];
  /**
   * The same array from render to render while it is unchanged, as are formatTick and axis:
   * then new rows redraw only what they change.
   */
  series: readonly ChartSeries<K>[];
  formatTick: (value: number) => string;
  narrow?: boolean;
  /** The value axis, with its ticks; by default 0 to the largest value in round steps that fit (fittingValueAxis). */
  axis?: ValueAxis;
  /** The id of the element that names the chart: its visible title. */
  labelledBy?: string;
  /**
   * The rows whose value labels size the plot's margins, when they are not `rows` alone: charts stacked
   * on one axis (the overview's, one per work area) each size theirs from all of them, so their plots
   * line up.
   */
  sizedFor?: readonly ChartRow<K>[];
}

/**
 * What the drawing itself is given: the width it has on the page, measured by its placeholder. Given
 * as a number, with the height, the size reaches Recharts' store in the same pass as the rows; measured
 * by Recharts itself (its `responsive` prop), a size change reached it a pass later, and a new row
 * count drew the chart twice, first at the old height.
 */
export type SizedBarChartProps<K extends string> = HorizontalBarChartProps<K> & { width: number };

export const BAR_SIZE = 26;
const NARROW_LABEL_SPACE = 26;
const TOP_MARGIN = 8;

/** How many lines the longest row label takes: above its bars on a phone, beside them otherwise. */
export function labelLines(rows: readonly { label: string }[], narrow: boolean): number {
  const lines = narrow ? narrowLabelLines : sideLabelLines;
  return Math.max(1, ...rows.map((row) => lines(row.label).length));
}

/**
 * The room above the first row. On a phone a row label grows upwards from its bars, and Recharts
 * centres the bars in their band: of the room a further line adds to each band, half is above the bars
 * and half below. A row's label has both halves, its own and the band's above, except the first's: its
 * other half is this margin.
 */
export function chartTopMargin(lines: number, narrow: boolean): number {
  return TOP_MARGIN + (narrow ? (lines - 1) * (LABEL_LINE_HEIGHT / 2) : 0);
}

/**
 * The drawing's height, known before Recharts loads so the placeholder takes the same room (no layout
 * shift). `lines` is labelLines(): every row gets room for the longest label, as the bands are equal.
 * On a phone the label's lines are added above the bars; beside them, a band grows only when the label
 * is taller than the bars, with a gap to the next one.
 */
export function chartHeight(rows: number, series: number, lines: number, narrow: boolean): number {
  const bars = series * (BAR_SIZE + 10) + 18;
  const band = narrow ? bars + NARROW_LABEL_SPACE + (lines - 1) * LABEL_LINE_HEIGHT : Math.max(bars, lines * LABEL_LINE_HEIGHT + 10);
  // Below the rows: the bottom margin (8), the value axis (30) and 2px to spare.
  return chartTopMargin(lines, narrow) + rows * band + 40;
}
