import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { CHART_TOKENS } from '../../components/charts/chart-types';
import { BusyButton } from '../../components/ui/busy-button';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from './download';
import { useExportContext, type ExportJob } from './export-context';
import { useExportStage } from './export-stage';
import { exportFileName } from './file-name';
import type { ExportCaption, ExportFormat, ExportScale, ExportTable } from './types';

export interface ExportLegendToken {
  label: string;
  /** The CSS custom property that colours the series on screen, e.g. --chart-after. */
  token: `--${string}`;
}

export interface ChartExportProps {
  scope: string;
  chartId: string;
  year: number;
  title: string;
  /** The chart on the page: where it is orders the page's exports. */
  targetRef: RefObject<HTMLElement | null>;
  /** The chart's drawing alone at a given width: what a PNG or SVG is made from. */
  drawAt: (width: number) => ReactNode;
  caption: ExportCaption;
  legend: readonly ExportLegendToken[];
  table: ExportTable;
}

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv'];

/** A colour as the browser computes it (rgb(…)), so it can be matched against computed SVG fills. */
function computedColor(node: HTMLElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  node.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Each screen colour mapped to its print colour (--paper-…), so a dark-mode export still prints on white. */
function paperPalette(node: HTMLElement, tokens: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    tokens.map((token) => [computedColor(node, `var(${token})`), computedColor(node, `var(--paper-${token.slice(2)})`)]),
  );
}

/** Runs the work and records how long it took as a performance measure of that name. */
async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error'; reason: string };

/** PNG, SVG and CSV buttons for one chart. The buttons only call the exporter, loaded on first use. */
export function ChartExport({ scope, chartId, year, title, targetRef, drawAt, caption, legend, table }: ChartExportProps) {
  const { t } = useI18n();
  const { scale, register } = useExportContext();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const fileName = (format: ExportFormat) => exportFileName(scope, chartId, year, format);
  const { withDrawing, stage } = useExportStage(drawAt);
  const run = async (format: ExportFormat, atScale: ExportScale) => {
    const { exportChart, exportCsv } = await import('./export-chart');
    if (format === 'csv') return exportCsv(table);
    const image = () =>
      withDrawing(async (node) => {
        // Every colour, not the legend's alone: a chart of one series has no legend.
        const palette = paperPalette(node, CHART_TOKENS);
        const colours = legend.map((item) => ({ label: item.label, color: computedColor(node, `var(--paper-${item.token.slice(2)})`) }));
        return exportChart(node, { format, scale: atScale, caption, legend: colours, palette });
      });
    // Read by scripts/bench-export.mjs: the time to a PNG, the chart's own drawing for it included.
    return format === 'png' ? measured('chart-export-png', image) : image();
  };

  const job: ExportJob = { fileName, run, node: () => targetRef.current };
  useEffect(() => register(`${scope}/${chartId}`, job));

  const busy = status.kind === 'busy';
  const download = async (format: ExportFormat) => {
    setStatus({ kind: 'busy' });
    try {
      const blob = await run(format, scale);
      saveBlob(blob, fileName(format));
      setStatus({ kind: 'done', fileName: fileName(format) });
    } catch (error) {
      setStatus({ kind: 'error', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="chart-export" role="group" aria-label={t('exportGroup', { title })}>
      {FORMATS.map((format) => {
        const label = t('exportAs', { format: format.toUpperCase() });
        return (
          <BusyButton
            key={format}
            className="button button-link button-small"
            aria-label={t('exportAsNamed', { format: format.toUpperCase(), title })}
            busy={busy}
            onPress={() => void download(format)}
          >
            {label}
          </BusyButton>
        );
      })}
      <p className="chart-export-status" role="status">
        {status.kind === 'done' && t('exportDone', { name: status.fileName })}
        {status.kind === 'error' && t('exportFailed', { reason: status.reason })}
      </p>
      {stage}
    </div>
  );
}
