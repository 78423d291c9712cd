import type { ReactNode, Ref } from 'react';

interface ChartFigureProps {
  id: string;
  title: ReactNode;
  unit: string;
  summary: string;
  plot: ReactNode;
  table: ReactNode;
  actions?: ReactNode;
  plotRef?: Ref<HTMLDivElement>;
}

/** The id of a chart figure's title, which names the figure and its drawing. */
export function chartTitleId(figureId: string): string {
  return `${figureId}-title`;
}

/** The frame every chart shares: a named figure whose summary describes it, the plot, and its table alternative. */
export function ChartFigure({ id, title, unit, summary, plot, table, actions, plotRef }: ChartFigureProps) {
  const titleId = chartTitleId(id);
  const summaryId = `${id}-summary`;
  return (
    <figure className="chart-card" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className="chart-head">
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <p className="chart-unit">{unit}</p>
        <p id={summaryId} className="chart-summary">
          {summary}
        </p>
      </figcaption>
      <div className="chart-plot" ref={plotRef}>
        {plot}
      </div>
      {actions}
      {table}
    </figure>
  );
}
