import { useEffect, useState, type RefObject } from 'react';
import { CHART_FRAME_TOKENS } from '../../components/charts/chart-types';
import { chartsSettled } from '../../components/charts/transition-store';
import { BusyButton } from '../../components/ui/busy-button';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from './download';
import { useExportContext, type ExportJob } from './export-context';
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
  targetRef: RefObject<HTMLElement | null>;
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

const DRAWING = '.recharts-wrapper > svg';
const DRAW_TIMEOUT_MS = 10_000;

/**
 * Resolves once the chart under the node has been drawn (charts draw as they near the screen, over a
 * few renders: their drawing is on the page before their bars are) and no chart has more to draw.
 */
async function drawnChart(node: HTMLElement): Promise<void> {
  const started = performance.now();
  while (!node.querySelector(DRAWING) || !chartsSettled()) {
    if (performance.now() - started > DRAW_TIMEOUT_MS) throw new Error('The chart was not drawn in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error'; reason: string };

/** PNG, SVG and CSV buttons for one chart. The buttons only call the exporter, loaded on first use. */
export function ChartExport({ scope, chartId, year, title, targetRef, caption, legend, table }: ChartExportProps) {
  const { t } = useI18n();
  const { scale, register } = useExportContext();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const fileName = (format: ExportFormat) => exportFileName(scope, chartId, year, format);
  const run = async (format: ExportFormat, atScale: ExportScale) => {
    const node = targetRef.current;
    if (!node) throw new Error('The chart is not on screen');
    await drawnChart(node);
    const palette = paperPalette(node, [...legend.map((item) => item.token), ...CHART_FRAME_TOKENS]);
    const colours = legend.map((item) => ({ label: item.label, color: computedColor(node, `var(--paper-${item.token.slice(2)})`) }));
    const { exportChart } = await import('./export-chart');
    return exportChart(node, { format, scale: atScale, caption, legend: colours, table, palette });
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
    </div>
  );
}
