/**
 * How an element of a composed export is painted, read from its attributes as SVG inherits them, for
 * paint-plan.ts. Strict on purpose: a value read here is one the canvas takes to mean what SVG means,
 * and anything else (an attribute not listed, a colour keyword, a relative weight, a percentage)
 * throws Unsupported, and the export is drawn the browser's way.
 */

export class Unsupported extends Error {}

/** What an element passes on to what it holds, resolved where it is declared, as CSS does. */
export interface Style {
  /** A colour in a form the canvas parses as CSS does; null paints nothing. */
  fill: string | null;
  fillOpacity: number;
  stroke: string | null;
  strokeWidth: number;
  strokeOpacity: number;
  dash: number[];
  fontSize: number;
  fontWeight: string;
  /** Empty where no element set one: SVG text would then take the browser's default font. */
  fontFamily: string;
  anchor: string;
  baseline: string;
}

export const INITIAL: Style = {
  fill: '#000000',
  fillOpacity: 1,
  stroke: null,
  strokeWidth: 1,
  strokeOpacity: 1,
  dash: [],
  fontSize: 16,
  fontWeight: '400',
  fontFamily: '',
  anchor: 'start',
  baseline: 'auto',
};

const PAINTING = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline',
];
/** Attributes no SVG renderer draws anything from; Recharts sets the last two on its axis lines. */
const INERT = ['id', 'role', 'tabindex', 'focusable', 'version', 'xmlns', 'xmlns:xlink', 'angle', 'orientation'];
const PLACING: Record<string, string[]> = {
  svg: ['x', 'y', 'width', 'height', 'viewBox', 'overflow'],
  g: [],
  rect: ['x', 'y', 'width', 'height'],
  // A line ignores a box's attributes; Recharts sets them on its axis lines.
  line: ['x1', 'y1', 'x2', 'y2', 'x', 'y', 'width', 'height'],
  text: ['x', 'y', 'dx', 'dy'],
  tspan: ['x', 'y', 'dx', 'dy'],
};

/** The attributes an element may carry; another might change how it is drawn. */
function checkAttributes(node: Element): void {
  const placing = PLACING[node.localName];
  if (!placing) throw new Unsupported(node.localName);
  for (const { name } of node.attributes) {
    const known = PAINTING.includes(name) || INERT.includes(name) || placing.includes(name) || /^(aria|data)-/.test(name);
    if (!known) throw new Unsupported(`${node.localName} ${name}`);
  }
}

/** A length in user units: a plain number, px, or em of the given font size. */
export function length(value: string | null, fontSize: number): number {
  if (value === null) return 0;
  const match = /^\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(px|em)?\s*$/i.exec(value);
  if (!match) throw new Unsupported(`length ${value}`);
  return Number(match[1]) * (match[2]?.toLowerCase() === 'em' ? fontSize : 1);
}

/** An opacity as a plain number, clamped to 0–1 as SVG does. */
export function fraction(value: string | null, inherited: number): number {
  if (value === null) return inherited;
  if (!/^\s*(?:\d+\.?\d*|\.\d+)\s*$/.test(value)) throw new Unsupported(`opacity ${value}`);
  return Math.min(1, Number(value));
}

/** 'none', or a colour as getComputedStyle and composeSvg write it: #hex or rgb()/rgba() with commas. */
function colour(value: string | null, inherited: string | null): string | null {
  if (value === null) return inherited;
  if (value === 'none') return null;
  const number = String.raw`\s*\d+(?:\.\d+)?%?\s*`;
  const functional = new RegExp(String.raw`^rgba?\(${number},${number},${number}(?:,${number})?\)$`);
  if (/^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.test(value) || functional.test(value)) return value;
  throw new Unsupported(`paint ${value}`);
}

function dashes(value: string | null, inherited: number[], fontSize: number): number[] {
  if (value === null) return inherited;
  if (value === 'none') return [];
  const list = value.split(/[\s,]+/).filter(Boolean).map((part) => length(part, fontSize));
  if (list.length === 0 || list.some((dash) => dash < 0)) throw new Unsupported(`dashes ${value}`);
  // Dashes that add up to nothing draw a solid line in SVG.
  return list.some((dash) => dash > 0) ? list : [];
}

export function styleOf(node: Element, parent: Style): Style {
  checkAttributes(node);
  const read = (name: string) => node.getAttribute(name);
  const fontSize = read('font-size') === null ? parent.fontSize : length(read('font-size'), parent.fontSize);
  const fontWeight = read('font-weight') ?? parent.fontWeight;
  if (!/^(normal|bold|[1-9]00)$/.test(fontWeight)) throw new Unsupported(`font-weight ${fontWeight}`);
  const strokeWidth = read('stroke-width') === null ? parent.strokeWidth : length(read('stroke-width'), fontSize);
  if (strokeWidth < 0) throw new Unsupported(`stroke-width ${strokeWidth}`);
  return {
    fill: colour(read('fill'), parent.fill),
    fillOpacity: fraction(read('fill-opacity'), parent.fillOpacity),
    stroke: colour(read('stroke'), parent.stroke),
    strokeWidth,
    strokeOpacity: fraction(read('stroke-opacity'), parent.strokeOpacity),
    dash: dashes(read('stroke-dasharray'), parent.dash, fontSize),
    fontSize,
    fontWeight,
    fontFamily: read('font-family') ?? parent.fontFamily,
    anchor: read('text-anchor') ?? parent.anchor,
    baseline: read('dominant-baseline') ?? parent.baseline,
  };
}
