import { LABEL_LINE_HEIGHT, sideLabelLines } from './label-lines';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category-axis tick whose long label wraps, centred on its row, instead of running into the plot. */
export function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = sideLabelLines(String(payload?.value ?? ''));
  const top = Number(y) - ((lines.length - 1) * LABEL_LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" dominantBaseline="central" className="chart-tick">
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 6} dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
