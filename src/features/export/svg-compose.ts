import { IMAGE_PAD as PAD } from './page-size';
import type { ExportCaption, LegendItem } from './types';

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

/** Presentation properties copied from the export's drawing, so the file needs no stylesheet. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
const TEXT_TAGS = new Set(['text', 'tspan']);
const GRAPHIC_TAGS = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan']);
/** Initial values: writing them out would only bloat the file. */
const INITIAL: Partial<Record<(typeof STYLE_PROPS)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'dominant-baseline': 'auto',
  'text-anchor': 'start',
};

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

/** Copies the computed look of every drawn element onto its clone and drops the page's styling hooks. */
function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement, palette: Readonly<Record<string, string>>): void {
  const sources = source.querySelectorAll('*');
  const clones = clone.querySelectorAll('*');
  sources.forEach((original, index) => {
    const target = clones[index];
    if (!target) return;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      target.remove();
      return;
    }
    target.removeAttribute('class');
    if (GRAPHIC_TAGS.has(original.localName)) {
      for (const prop of STYLE_PROPS) {
        const value = style.getPropertyValue(prop);
        if (value && value !== INITIAL[prop]) target.setAttribute(prop, palette[value] ?? value);
      }
      if (TEXT_TAGS.has(original.localName)) target.setAttribute('fill', INK);
    }
    target.removeAttribute('style');
    target.removeAttribute('tabindex');
  });
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  if (!width || !height) throw new Error('The chart has no size yet: it has not been drawn');
  return { width, height };
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
 * filter, legend, source and date. Text is set with textContent and serialised by XMLSerializer,
 * so nothing from the API can become markup.
 */
export function composeSvg(
  chart: SVGSVGElement,
  caption: ExportCaption,
  legend: readonly LegendItem[],
  palette: Readonly<Record<string, string>> = {},
): ComposedSvg {
  const size = chartSize(chart);
  const width = Math.ceil(Math.max(size.width, MIN_WIDTH) + PAD * 2);
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
  if (caption.subtitle) {
    for (const line of wrapToWidth(caption.subtitle, 14, inner)) {
      y += 20;
      root.append(text(line, PAD, y, 14, MUTED));
    }
  }
  for (const line of [caption.unit, caption.filter].filter((part): part is string => Boolean(part))) {
    y += 22;
    root.append(text(line, PAD, y, 14, MUTED));
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
  const plot = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, plot, palette);
  // Its name on screen points at the page's title element, which the file does not have.
  for (const name of ['class', 'style', 'role', 'tabindex', 'aria-labelledby', 'width', 'height', 'viewBox']) plot.removeAttribute(name);
  plot.setAttribute('x', String(PAD));
  plot.setAttribute('y', String(y));
  plot.setAttribute('width', String(size.width));
  plot.setAttribute('height', String(size.height));
  plot.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  plot.setAttribute('overflow', 'visible');
  root.append(plot);
  y += size.height + 14;

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
