import { wrapLabel } from './wrapped-tick';

export type ChartColor = 'before' | 'after' | 'count';

/** The CSS custom property that colours a series on screen (its print colour is --paper-chart-…). */
export function chartColorToken(color: ChartColor): `--chart-${ChartColor}` {
  return `--chart-${color}`;
}

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

export interface HorizontalBarChartProps<K extends string> {
  rows: readonly ChartRow<K>[];
  /**
   * The same array from render to render while it is unchanged, as are formatTick, domain and ticks:
   * then new rows redraw only what they change.
   */
  series: readonly ChartSeries<K>[];
  formatTick: (value: number) => string;
  narrow?: boolean;
  /** The value axis, with its ticks; by default 0 to the largest value in round steps that fit (fittingValueAxis). */
  domain?: [number, number];
  ticks?: number[];
  /** The id of the element that names the chart: its visible title. */
  labelledBy?: string;
}

/**
 * What the drawing itself is given: the width it has on the page, measured by its placeholder. Given
 * as a number, with the height, the size reaches Recharts' store in the same pass as the rows; measured
 * by Recharts itself (its `responsive` prop), a size change reached it a pass later, and a new row
 * count (the overview's filter) drew the chart twice, first at the old height.
 */
export type SizedBarChartProps<K extends string> = HorizontalBarChartProps<K> & { width: number };

export const BAR_SIZE = 26;
/**
 * The width a character of the chart's numbers and values is allowed: a digit is 7.7 px in the chart's
 * 14 px text, 8.8 px in elder mode's 16 px, a comma half that.
 */
export const CHART_CHAR_PX = 8;
const NARROW_LABEL_SPACE = 26;
/**
 * A phone's row label, drawn above its bars, wraps at this many characters (twice as many in Latin
 * text): the plot is ~248px wide at 320px in elder mode, and 12 Chinese characters of the 16px chart
 * text, or 24 Latin ones, fit in it.
 */
const NARROW_LABEL_CHARS = 12;
/** The distance between the lines of a phone's row label: 1.25 × the largest chart text (16px). */
export const NARROW_LINE_HEIGHT = 20;
const TOP_MARGIN = 8;

/** The lines of a row label on a phone. */
export function narrowLabelLines(label: string): string[] {
  return wrapLabel(label, NARROW_LABEL_CHARS);
}

/** How many lines the longest row label takes on a phone; 0 where labels sit beside the bars. */
export function labelLines(rows: readonly { label: string }[], narrow: boolean): number {
  return narrow ? Math.max(1, ...rows.map((row) => narrowLabelLines(row.label).length)) : 0;
}

/**
 * The room above the first row. A row label grows upwards from its bars, and Recharts centres the bars
 * in their band: of the room a further line adds to each band, half is above the bars and half below.
 * A row's label has both halves, its own and the band's above, except the first's: its other half is
 * this margin.
 */
export function chartTopMargin(lines: number): number {
  return TOP_MARGIN + (Math.max(1, lines) - 1) * (NARROW_LINE_HEIGHT / 2);
}

/**
 * The drawing's height, known before Recharts loads so the placeholder takes the same room (no layout
 * shift). `lines` is labelLines(): every row gets room for the longest label, as the bands are equal.
 */
export function chartHeight(rows: number, series: number, lines: number): number {
  const labelSpace = lines > 0 ? NARROW_LABEL_SPACE + (lines - 1) * NARROW_LINE_HEIGHT : 0;
  // Below the rows: the bottom margin (8), the value axis (30) and 2px to spare.
  return chartTopMargin(lines) + rows * (series * (BAR_SIZE + 10) + 18 + labelSpace) + 40;
}
