import { fraction, INITIAL, length, styleOf, Unsupported, type Style } from './paint-style';

/**
 * What a composed export draws, as a list of rectangles, lines and texts for the canvas's 2D API
 * (paint-canvas.ts) — all that a chart of ours and its caption hold. Reading it from the SVG is the
 * fast way to a PNG: the browser's own way, the SVG file decoded as an image and the image drawn,
 * sets up, lays out and paints a whole SVG document first, which took most of an export's time.
 *
 * Anything this does not know — a path, a transform, an attribute not listed in paint-style.ts, text
 * whose spaces or punctuation the browser would set differently — and planPaint returns null: the
 * PNG is then made the browser's way, never drawn wrong.
 */

export type PaintOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Paint; stroke: Stroke }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Stroke }
  | { kind: 'text'; text: string; x: number; y: number; font: string; fill: Paint; align: CanvasTextAlign; baseline: Baseline };

/** SVG's dominant-baselines a plan can place: the canvas has the first; central is worked out from the font. */
export type Baseline = 'alphabetic' | 'central';

/** A colour as CSS writes it and its opacity; null draws nothing. */
export type Paint = { color: string; alpha: number } | null;
export type Stroke = (NonNullable<Paint> & { width: number; dash: number[] }) | null;

interface Point {
  x: number;
  y: number;
}

const SKIPPED = new Set(['title', 'desc', 'defs', 'metadata']);
const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };
const BASELINE: Record<string, Baseline> = { auto: 'alphabetic', alphabetic: 'alphabetic', central: 'central' };

/**
 * Two punctuation marks side by side, as in （“ or ·（: the browser may set them closer together
 * (text-spacing-trim), a canvas does not. Generous: a pair it need not have caught only costs speed.
 */
const ADJACENT_PUNCTUATION =
  /[\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u303f\ufe10-\ufe1f\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]{2}/;

function paint(color: string | null, alpha: number): Paint {
  return color === null ? null : { color, alpha };
}

function stroke(style: Style, alpha: number): Stroke {
  const colour = paint(style.stroke, style.strokeOpacity * alpha);
  return colour && style.strokeWidth > 0 ? { ...colour, width: style.strokeWidth, dash: style.dash } : null;
}

/**
 * The element's own opacity. SVG fades an element, or a group, as a whole: the same as fading each of
 * its paints only where nothing it draws overlaps, so a group's, or a rectangle's with both a fill and
 * an outline, is left to the browser.
 */
function opacityOf(node: Element, style: Style): number {
  const opacity = fraction(node.getAttribute('opacity'), 1);
  const overlaps = node.localName === 'g' || node.localName === 'svg' || (node.localName === 'rect' && style.fill !== null && stroke(style, 1) !== null);
  if (opacity < 1 && overlaps) throw new Unsupported('opacity over overlapping paint');
  return opacity;
}

/**
 * The text of a run exactly as SVG lays it out: single spaces between words, none at the ends and no
 * other white space, since SVG collapses white space across a whole text element and keeps the
 * ideographic and no-break spaces, which a canvas would treat otherwise.
 */
function textOf(node: Element): string {
  const text = node.textContent ?? '';
  if (/[^\S ]|^ | $| {2}/.test(text)) throw new Unsupported('white space SVG sets its own way');
  if (ADJACENT_PUNCTUATION.test(text)) throw new Unsupported('adjacent punctuation');
  return text;
}

function textOps(node: Element, style: Style, origin: Point, ops: PaintOp[]): void {
  const textAlpha = opacityOf(node, style);
  const put = (element: Element, own: Style, at: Point) => {
    const align = ALIGN[own.anchor];
    const baseline = BASELINE[own.baseline];
    if (!align || !baseline || !own.fontFamily) throw new Unsupported(`text placed by ${own.anchor} ${own.baseline} in ${own.fontFamily}`);
    const alpha = element === node ? textAlpha : textAlpha * opacityOf(element, own);
    if (stroke(own, alpha)) throw new Unsupported('outlined text');
    const font = `${own.fontWeight} ${own.fontSize}px ${own.fontFamily}`;
    const text = textOf(element);
    if (text) ops.push({ kind: 'text', text, x: origin.x + at.x, y: origin.y + at.y, font, fill: paint(own.fill, own.fillOpacity * alpha), align, baseline });
  };
  const number = (element: Element, name: string, own: Style) => length(element.getAttribute(name), own.fontSize);
  if (node.childNodes.length === 0 || [...node.childNodes].every((child) => child.nodeType === Node.TEXT_NODE)) {
    return put(node, style, { x: number(node, 'x', style) + number(node, 'dx', style), y: number(node, 'y', style) + number(node, 'dy', style) });
  }
  // Lines that a wrapped label sets as tspans, each at its own x and a dy below the one before, and
  // nothing else: a text's own dx or dy, or text between the lines, would move them.
  if (node.hasAttribute('dx') || node.hasAttribute('dy')) throw new Unsupported('text offset with tspans');
  let y = number(node, 'y', style);
  for (const span of node.childNodes) {
    if (!(span instanceof Element) || span.localName !== 'tspan' || !span.hasAttribute('x') || span.children.length > 0) {
      throw new Unsupported('tspan layout');
    }
    const own = styleOf(span, style);
    y = (span.hasAttribute('y') ? number(span, 'y', own) : y) + number(span, 'dy', own);
    put(span, own, { x: number(span, 'x', own) + number(span, 'dx', own), y });
  }
}

function walk(node: Element, parent: Style, origin: Point, ops: PaintOp[]): void {
  if (SKIPPED.has(node.localName)) return;
  const style = styleOf(node, parent);
  const alpha = opacityOf(node, style);
  const number = (name: string) => length(node.getAttribute(name), style.fontSize);
  switch (node.localName) {
    case 'svg': {
      const [width, height] = [number('width'), number('height')];
      const viewBox = node.getAttribute('viewBox');
      // A nested drawing is placed, not scaled, and may draw past its box (composeSvg makes it so).
      if (viewBox !== null && viewBox.trim().split(/[\s,]+/).map(Number).join(' ') !== `0 0 ${width} ${height}`) throw new Unsupported('scaled svg');
      const root = node.parentElement === null || !(node.parentElement instanceof SVGElement);
      if (!root && node.getAttribute('overflow') !== 'visible') throw new Unsupported('clipped svg');
      const inner = root ? origin : { x: origin.x + number('x'), y: origin.y + number('y') };
      for (const child of node.children) walk(child, style, inner, ops);
      return;
    }
    case 'g':
      for (const child of node.children) walk(child, style, origin, ops);
      return;
    case 'rect': {
      const [width, height] = [number('width'), number('height')];
      if (width < 0 || height < 0) throw new Unsupported('negative size');
      if (width > 0 && height > 0) {
        const fill = paint(style.fill, style.fillOpacity * alpha);
        ops.push({ kind: 'rect', x: origin.x + number('x'), y: origin.y + number('y'), width, height, fill, stroke: stroke(style, alpha) });
      }
      return;
    }
    case 'line':
      ops.push({ kind: 'line', x1: origin.x + number('x1'), y1: origin.y + number('y1'), x2: origin.x + number('x2'), y2: origin.y + number('y2'), stroke: stroke(style, alpha) });
      return;
    case 'text':
      return textOps(node, style, origin, ops);
    default:
      throw new Unsupported(node.localName);
  }
}

/** The drawing's operations in painting order, or null if it holds anything they cannot draw as SVG does. */
export function planPaint(svg: SVGSVGElement): PaintOp[] | null {
  // A stylesheet in the drawing would restyle what the attributes say.
  if (svg.getElementsByTagName('style').length > 0) return null;
  const ops: PaintOp[] = [];
  try {
    walk(svg, INITIAL, { x: 0, y: 0 }, ops);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return ops;
}
