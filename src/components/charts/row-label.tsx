import { LABEL_LINE_HEIGHT, narrowLabelLines } from './label-lines';

/**
 * The plot's left edge on a phone, the chart's left margin there: the category axis is hidden, and the
 * first value tick ("−100%") is centred on this edge, so half of it must fit to its left.
 */
export const NARROW_PLOT_LEFT = 22;

/** The gap between a row label's last line and the top of its bars. */
const BAR_GAP = 7;

/**
 * On a phone the category label sits above its bars, so the bars keep the full width. It starts at the
 * plot's left edge, not at its bar, which starts at 0 (a chart with negative values has 0 well to the
 * right), and wraps, growing upwards from the bars, into the room chartHeight() gives it.
 */
export function RowLabel({ y = 0, value }: { y?: number | string; value?: unknown }) {
  const lines = narrowLabelLines(String(value ?? ''));
  return (
    <text x={NARROW_PLOT_LEFT} y={Number(y) - BAR_GAP - (lines.length - 1) * LABEL_LINE_HEIGHT} className="chart-tick">
      {lines.map((line, index) => (
        <tspan key={index} x={NARROW_PLOT_LEFT} dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
