import { IMAGE_PAD as PAD } from './page-size';
import { chartSize, placedPlot } from './svg-plot';
import type { ExportCaption, ExportPlot, LegendItem } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export const EXPORT_FONT_STACK =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Hiragino Sans GB', 'Helvetica Neue', Arial, sans-serif";

/** Exports are for printed reports and slides: always dark text on white, whatever the screen theme. */
const INK = '#1b1f24';
const MUTED = '#4a5360';
const RULE = '#c9ced6';
const PAPER = '#ffffff';
const MIN_WIDTH = 480;

/** An estimate of a text's width: CJK characters are one em, others about 0.6 em. Deterministic, needs no canvas. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.6;
  return ems * fontSize;
}

export function wrapToWidth(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && estimateTextWidth(line + char, fontSize) > maxWidth) {
      const space = line.lastIndexOf(' ');
      if (space > 0 && !/[\u2e80-\u9fff]/.test(char)) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + char;
        continue;
      }
      lines.push(line);
      line = char.trimStart();
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function text(content: string, x: number, y: number, size: number, fill: string, weight = 400): SVGTextElement {
  const node = el('text', { x, y, 'font-size': size, 'font-weight': weight, fill });
  node.textContent = content;
  return node;
}

export interface ComposedSvg {
  /** The file's text. */
  svg: string;
  /** The same drawing as elements, for drawing it without parsing the text again. */
  root: SVGSVGElement;
  width: number;
  height: number;
}

/**
 * A standalone SVG of the chart with what the screen shows around it drawn in: title, unit,
 * filter, legend, source and date. A chart drawn in parts (the overview's change chart, a part per
 * work area) has its parts one under the other, each under its name, as on screen. Text is set with
 * textContent and serialised by XMLSerializer, so nothing from the API can become markup.
 */
export function composeSvg(
  plots: readonly ExportPlot[],
  caption: ExportCaption,
  legend: readonly LegendItem[],
  palette: Readonly<Record<string, string>> = {},
): ComposedSvg {
  if (plots.length === 0) throw new Error('No chart drawing found to export');
  const widest = Math.max(...plots.map((plot) => chartSize(plot.svg).width));
  const width = Math.ceil(Math.max(widest, MIN_WIDTH) + PAD * 2);
  const inner = width - PAD * 2;
  const root = el('svg', { version: '1.1', width, height: 0 });
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttribute('font-family', EXPORT_FONT_STACK);
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: PAPER });
  root.append(background);

  let y = PAD;
  const title = el('title', {});
  title.textContent = caption.title;
  root.append(title);
  for (const line of wrapToWidth(caption.title, 20, inner)) {
    y += 26;
    root.append(text(line, PAD, y, 20, INK, 700));
  }
  // Each part wrapped to the width, as the title is: an English filter naming two work areas is
  // wider than a narrow chart.
  for (const [part, lineHeight] of [[caption.subtitle, 20], [caption.unit, 22], [caption.filter, 22]] as const) {
    for (const line of part ? wrapToWidth(part, 14, inner) : []) {
      y += lineHeight;
      root.append(text(line, PAD, y, 14, MUTED));
    }
  }

  y += legend.length > 0 ? 30 : 0;
  let x = PAD;
  for (const item of legend) {
    const itemWidth = 18 + estimateTextWidth(item.label, 14) + 20;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 22;
    }
    root.append(el('rect', { x, y: y - 11, width: 12, height: 12, fill: item.color }));
    root.append(text(item.label, x + 18, y, 14, INK));
    x += itemWidth;
  }

  y += 12;
  for (const { svg, name } of plots) {
    if (name) {
      y += 24;
      root.append(text(name, PAD, y, 16, INK, 700));
      y += 6;
    }
    root.append(placedPlot(svg, { x: PAD, y, palette, ink: INK }));
    y += chartSize(svg).height;
  }
  y += 14;

  root.append(el('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: RULE, 'stroke-width': 1 }));
  for (const line of [caption.source, caption.date].flatMap((part) => wrapToWidth(part, 12, inner))) {
    y += 18;
    root.append(text(line, PAD, y, 12, MUTED));
  }

  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { svg, root, width, height };
}
