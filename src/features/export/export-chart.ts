import { toCsv } from './csv';
import { rasterize } from './rasterize';
import { composeSvg } from './svg-compose';
import type { ExportOptions } from './types';

const CSV_TYPE = 'text/csv;charset=utf-8';
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

function chartSvg(node: Element): SVGSVGElement {
  const svg = node instanceof SVGSVGElement ? node : node.querySelector('.recharts-wrapper > svg.recharts-surface');
  if (!(svg instanceof SVGSVGElement)) throw new Error('No chart drawing found to export');
  return svg;
}

/**
 * Exports one chart as PNG, SVG or CSV. Pure of the page: it reads the chart's drawing, builds the
 * file in memory and returns it; nothing is fetched, nothing is downloaded here.
 */
export async function exportChart(node: Element, { format, scale = 2, caption, legend, table, palette = {} }: ExportOptions): Promise<Blob> {
  if (format === 'csv') return new Blob([toCsv(table)], { type: CSV_TYPE });
  const start = performance.now();
  const composed = composeSvg(chartSvg(node), caption, legend, palette);
  if (format === 'svg') return new Blob([composed.svg], { type: SVG_TYPE });
  const png = await rasterize(composed.svg, composed.width, composed.height, scale);
  // Read by scripts/bench-export.mjs: the time from the chart on screen to the finished PNG.
  performance.measure('chart-export-png', { start, end: performance.now() });
  return png;
}
