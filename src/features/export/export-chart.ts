import { toCsv } from './csv';
import { rasterize } from './rasterize';
import { composeSvg } from './svg-compose';
import type { ExportOptions, ExportTable } from './types';

const CSV_TYPE = 'text/csv;charset=utf-8';
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

function chartSvg(node: Element): SVGSVGElement {
  const svg = node instanceof SVGSVGElement ? node : node.querySelector('.recharts-wrapper > svg.recharts-surface');
  if (!(svg instanceof SVGSVGElement)) throw new Error('No chart drawing found to export');
  return svg;
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
  const composed = composeSvg(chartSvg(node), caption, legend, palette);
  if (format === 'svg') return new Blob([composed.svg], { type: SVG_TYPE });
  return rasterize(composed, scale);
}
