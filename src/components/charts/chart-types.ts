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
  /** The value axis; bars start at 0 by default. */
  domain?: [number, number];
  ticks?: number[];
}

export const BAR_SIZE = 26;
const NARROW_LABEL_SPACE = 26;

/** The drawing's height, known before Recharts loads so the placeholder takes the same room (no layout shift). */
export function chartHeight(rows: number, series: number, narrow: boolean): number {
  const rowSpace = narrow ? 18 + NARROW_LABEL_SPACE : 18;
  return rows * (series * (BAR_SIZE + 10) + rowSpace) + 48;
}
