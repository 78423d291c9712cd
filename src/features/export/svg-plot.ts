// A chart's drawing as an exported file holds it (svg-compose.ts): standalone, in print colours.
import { length, Unsupported } from './paint-style';

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

const hundredths = (value: number) => Math.round(value * 100) / 100;

/** A length in user units, or null when it is not one length (a list of positions, a percentage). */
function userUnits(value: string | null, em: number): number | null {
  if (value === null) return null;
  try {
    return length(value, em);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * A text's own offsets moved into its position, and any left (on lines it sets as tspans) in user
 * units rather than em: Recharts sets its axis labels 0.71em below their ticks, and LibreOffice's SVG
 * import (which Writer uses) reads no dx or dy on a text and no em, so drew those labels on the axis.
 */
function offsetsAsPositions(target: Element, fontSize: string): void {
  const em = parseFloat(fontSize);
  if (!Number.isFinite(em)) return;
  for (const [offset, position] of [['dx', 'x'], ['dy', 'y']] as const) {
    const shift = userUnits(target.getAttribute(offset), em);
    if (shift === null) continue;
    const at = userUnits(target.getAttribute(position), em);
    if (target.localName === 'text' && target.childElementCount === 0 && at !== null) {
      target.setAttribute(position, String(hundredths(at + shift)));
      target.removeAttribute(offset);
    } else {
      target.setAttribute(offset, String(hundredths(shift)));
    }
  }
}

/** Copies the computed look of every drawn element onto its clone and drops the page's styling hooks. */
function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement, palette: Readonly<Record<string, string>>, ink: string): void {
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
      if (TEXT_TAGS.has(original.localName)) {
        // In ink alone: the screen's halo around a label (charts.css) is the screen's colour, and a
        // stroke drawn over the letters where paint-order is not read.
        target.setAttribute('fill', ink);
        target.removeAttribute('stroke');
        target.removeAttribute('stroke-width');
        offsetsAsPositions(target, style.fontSize);
      }
    }
    target.removeAttribute('style');
    target.removeAttribute('tabindex');
  });
}

/** A drawing's size as drawn: it must have one. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  if (!width || !height) throw new Error('The chart has no size yet: it has not been drawn');
  return { width, height };
}

interface Placement {
  x: number;
  y: number;
  /** Screen colour → print colour, for fills and strokes. */
  palette: Readonly<Record<string, string>>;
  /** The colour of every text. */
  ink: string;
}

/**
 * A copy of a drawing that needs no stylesheet and no page, to place at (x, y) in an exported file: the
 * computed look of every element written onto it, the page's hooks (classes, roles, names) dropped.
 */
export function placedPlot(chart: SVGSVGElement, { x, y, palette, ink }: Placement): SVGSVGElement {
  const size = chartSize(chart);
  const plot = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, plot, palette, ink);
  // Its name on screen points at the page's title element, which the file does not have.
  for (const name of ['class', 'style', 'role', 'tabindex', 'aria-labelledby', 'width', 'height', 'viewBox']) plot.removeAttribute(name);
  plot.setAttribute('x', String(x));
  plot.setAttribute('y', String(y));
  plot.setAttribute('width', String(size.width));
  plot.setAttribute('height', String(size.height));
  plot.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  plot.setAttribute('overflow', 'visible');
  return plot;
}
