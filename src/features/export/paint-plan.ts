/**
 * What a composed export draws, as a list of rectangles, lines and texts for the canvas's 2D API
 * (paint-canvas.ts) — all that a chart of ours and its caption hold. Reading it from the SVG is the
 * fast way to a PNG: the browser's own way, the SVG file decoded as an image and the image drawn,
 * sets up, lays out and paints a whole SVG document first, which took most of an export's time.
 *
 * Anything this does not know — a path, a transform, a clip, a length in a unit other than px or em,
 * a baseline the canvas has no match for — and planPaint returns null: the PNG is then made the
 * browser's way, never drawn wrong.
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

class Unsupported extends Error {}

/** Attributes that change how something is drawn in ways this plan does not follow. */
const UNFOLLOWED = [
  'transform', 'clip-path', 'mask', 'filter', 'style', 'class', 'display', 'visibility', 'rx', 'ry',
  'font-style', 'font-variant', 'letter-spacing', 'word-spacing', 'text-decoration', 'writing-mode',
  'rotate', 'textLength', 'lengthAdjust', 'paint-order', 'vector-effect', 'marker-start', 'marker-mid',
  'marker-end', 'stroke-linecap', 'stroke-linejoin', 'stroke-dashoffset', 'baseline-shift', 'direction',
];
const SKIPPED = new Set(['title', 'desc', 'defs', 'metadata']);
const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };
const BASELINE: Record<string, Baseline> = { auto: 'alphabetic', alphabetic: 'alphabetic', central: 'central' };

/** What an element passes on to what it holds, as SVG inherits it. */
interface Style {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: string;
  strokeOpacity: number;
  dash: string;
  opacity: number;
  fontSize: number;
  fontWeight: string;
  fontFamily: string;
  anchor: string;
  baseline: string;
}

const INITIAL: Style = {
  fill: 'black',
  fillOpacity: 1,
  stroke: 'none',
  strokeWidth: '1',
  strokeOpacity: 1,
  dash: 'none',
  opacity: 1,
  fontSize: 16,
  fontWeight: '400',
  fontFamily: 'sans-serif',
  anchor: 'start',
  baseline: 'auto',
};

/** A length in user units: a plain number, px, or em of the font size. */
function length(value: string | null, fontSize: number): number {
  if (value === null) return 0;
  const match = /^\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(px|em)?\s*$/i.exec(value);
  if (!match) throw new Unsupported(`length ${value}`);
  return Number(match[1]) * (match[2]?.toLowerCase() === 'em' ? fontSize : 1);
}

function fraction(value: string | null, inherited: number): number {
  if (value === null) return inherited;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Unsupported(`opacity ${value}`);
  return Math.min(1, Math.max(0, number));
}

function styleOf(node: Element, parent: Style): Style {
  for (const name of UNFOLLOWED) if (node.hasAttribute(name)) throw new Unsupported(name);
  const read = (name: string, inherited: string) => node.getAttribute(name) ?? inherited;
  return {
    fill: read('fill', parent.fill),
    fillOpacity: fraction(node.getAttribute('fill-opacity'), parent.fillOpacity),
    stroke: read('stroke', parent.stroke),
    strokeWidth: read('stroke-width', parent.strokeWidth),
    strokeOpacity: fraction(node.getAttribute('stroke-opacity'), parent.strokeOpacity),
    dash: read('stroke-dasharray', parent.dash),
    // Opacity is not inherited in SVG, it composes: a group's applies to all it holds.
    opacity: parent.opacity * fraction(node.getAttribute('opacity'), 1),
    fontSize: node.hasAttribute('font-size') ? length(node.getAttribute('font-size'), parent.fontSize) : parent.fontSize,
    fontWeight: read('font-weight', parent.fontWeight),
    fontFamily: read('font-family', parent.fontFamily),
    anchor: read('text-anchor', parent.anchor),
    baseline: read('dominant-baseline', parent.baseline),
  };
}

function paint(color: string, alpha: number): Paint {
  if (color === 'none' || color === 'transparent') return null;
  if (/^(currentcolor|inherit|context-)|url\(/i.test(color)) throw new Unsupported(`paint ${color}`);
  return { color, alpha };
}

function stroke(style: Style): Stroke {
  const colour = paint(style.stroke, style.strokeOpacity * style.opacity);
  const width = length(style.strokeWidth, style.fontSize);
  if (!colour || width <= 0) return null;
  const dash = style.dash === 'none' ? [] : style.dash.split(/[\s,]+/).filter(Boolean).map((part) => length(part, style.fontSize));
  return { ...colour, width, dash };
}

/**
 * Two full-width punctuation marks side by side, as in （“: the browser sets them closer together
 * (text-spacing-trim), a canvas does not.
 */
const ADJACENT_PUNCTUATION = /[\u2018\u2019\u201c\u201d\u3001-\u3003\u3008-\u3011\u3014-\u301f\u30fb\uff01\uff08\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3b\uff3d\uff5b\uff5d]{2}/;

/** Text as SVG lays out a single run of it: no line breaks, runs of spaces as one, none at the ends. */
function textOf(node: Element): string {
  const text = node.textContent ?? '';
  if (/[\t\n\r]/.test(text)) throw new Unsupported('text with line breaks or tabs');
  if (ADJACENT_PUNCTUATION.test(text)) throw new Unsupported('adjacent full-width punctuation');
  return text.replace(/ +/g, ' ').trim();
}

function textOps(node: Element, style: Style, origin: { x: number; y: number }, ops: PaintOp[]): void {
  const put = (text: string, x: number, y: number, own: Style) => {
    const align = ALIGN[own.anchor];
    const baseline = BASELINE[own.baseline];
    if (!align || !baseline) throw new Unsupported(`text placed by ${own.anchor} ${own.baseline}`);
    if (stroke(own)) throw new Unsupported('outlined text');
    const font = `${own.fontWeight} ${own.fontSize}px ${own.fontFamily}`;
    if (text) ops.push({ kind: 'text', text, x: origin.x + x, y: origin.y + y, font, fill: paint(own.fill, own.fillOpacity * own.opacity), align, baseline });
  };
  const at = (element: Element, own: Style) => ({
    x: length(element.getAttribute('x'), own.fontSize) + length(element.getAttribute('dx'), own.fontSize),
    y: length(element.getAttribute('y'), own.fontSize) + length(element.getAttribute('dy'), own.fontSize),
  });
  const start = at(node, style);
  const spans = [...node.children];
  if (spans.length === 0) return put(textOf(node), start.x, start.y, style);
  // Lines that a wrapped label sets as tspans, each at its own x and a dy below the one before.
  const loose = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim());
  if (loose) throw new Unsupported('text beside tspans');
  let y = start.y;
  for (const span of spans) {
    if (span.localName !== 'tspan' || !span.hasAttribute('x') || span.children.length > 0) throw new Unsupported('tspan layout');
    const own = styleOf(span, style);
    const offset = at(span, own);
    y = span.hasAttribute('y') ? offset.y : y + offset.y;
    put(textOf(span), offset.x, y, own);
  }
}

function walk(node: Element, parent: Style, origin: { x: number; y: number }, ops: PaintOp[], root: boolean): void {
  if (SKIPPED.has(node.localName)) return;
  const style = styleOf(node, parent);
  const number = (name: string) => length(node.getAttribute(name), style.fontSize);
  switch (node.localName) {
    case 'svg': {
      const [x, y, width, height] = [number('x'), number('y'), number('width'), number('height')];
      const viewBox = node.getAttribute('viewBox');
      // A nested drawing is placed, not scaled, and may draw past its box (composeSvg makes it so).
      if (viewBox !== null && viewBox.trim().split(/[\s,]+/).map(Number).join(' ') !== `0 0 ${width} ${height}`) throw new Unsupported('scaled svg');
      if (!root && node.getAttribute('overflow') !== 'visible') throw new Unsupported('clipped svg');
      const inner = root ? origin : { x: origin.x + x, y: origin.y + y };
      for (const child of node.children) walk(child, style, inner, ops, false);
      return;
    }
    case 'g':
      for (const child of node.children) walk(child, style, origin, ops, false);
      return;
    case 'rect': {
      const [width, height] = [number('width'), number('height')];
      if (width > 0 && height > 0) {
        const fill = paint(style.fill, style.fillOpacity * style.opacity);
        ops.push({ kind: 'rect', x: origin.x + number('x'), y: origin.y + number('y'), width, height, fill, stroke: stroke(style) });
      }
      return;
    }
    case 'line':
      ops.push({ kind: 'line', x1: origin.x + number('x1'), y1: origin.y + number('y1'), x2: origin.x + number('x2'), y2: origin.y + number('y2'), stroke: stroke(style) });
      return;
    case 'text':
      return textOps(node, style, origin, ops);
    default:
      throw new Unsupported(node.localName);
  }
}

/** The drawing's operations in painting order, or null if it holds anything they cannot draw as SVG does. */
export function planPaint(svg: SVGSVGElement): PaintOp[] | null {
  const ops: PaintOp[] = [];
  try {
    walk(svg, INITIAL, { x: 0, y: 0 }, ops, true);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return ops;
}
