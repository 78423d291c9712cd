import { toCsv } from './csv';
import { rasterize } from './rasterize';
import { composeSvg } from './svg-compose';
import type { ExportOptions, ExportPlot, ExportTable } from './types';

const CSV_TYPE = 'text/csv;charset=utf-8';
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

const SURFACE = '.recharts-wrapper > svg.recharts-surface';

function surface(node: Element): SVGSVGElement {
  const svg = node instanceof SVGSVGElement ? node : node.querySelector(SURFACE);
  if (!(svg instanceof SVGSVGElement)) throw new Error('No chart drawing found to export');
  return svg;
}

/**
 * The drawing in the node: the chart, or its parts where it is drawn in parts, each an element with
 * its name in `data-export-part` (the overview's change chart, a part per work area).
 */
function chartPlots(node: Element): ExportPlot[] {
  const parts = node instanceof HTMLElement ? [...node.querySelectorAll<HTMLElement>('[data-export-part]')] : [];
  if (parts.length === 0) return [{ svg: surface(node) }];
  return parts.map((part) => ({ svg: surface(part), name: part.dataset.exportPart }));
}

/** A chart's figures as a CSV file. */
export function exportCsv(table: ExportTable): Blob {
  return new Blob([toCsv(table)], { type: CSV_TYPE });
}

/**
 * Exports the chart drawn in the node as PNG or SVG. Pure of the page: it reads the drawing, builds the
 * file in memory and returns it; nothing is fetched, nothing is downloaded here.
 */
export async function exportChart(node: Element, { format, scale = 2, caption, legend, palette = {} }: ExportOptions): Promise<Blob> {
  const composed = composeSvg(chartPlots(node), caption, legend, palette);
  if (format === 'svg') return new Blob([composed.svg], { type: SVG_TYPE });
  return rasterize(composed, scale);
}
