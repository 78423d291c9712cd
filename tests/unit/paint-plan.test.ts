import { describe, expect, it } from 'vitest';
import { paintPlan } from '../../src/features/export/paint-canvas';
import { planPaint, type PaintOp } from '../../src/features/export/paint-plan';

/** An SVG as composeSvg makes it, parsed from its text. */
function svg(body: string, attributes = 'width="600" height="400" font-family="Noto Sans CJK SC"'): SVGSVGElement {
  const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${body}</svg>`, 'image/svg+xml');
  const root = doc.documentElement;
  if (!(root instanceof SVGSVGElement)) throw new Error(`not an SVG: ${body}`);
  return root;
}

function texts(ops: PaintOp[] | null) {
  return (ops ?? []).filter((op) => op.kind === 'text');
}

describe('planPaint', () => {
  it('draws a caption as the file does: font, weight, colour, position', () => {
    const ops = planPaint(svg('<rect x="0" y="0" width="600" height="400" fill="#ffffff"/><text x="24" y="50" font-size="20" font-weight="700" fill="#1b1f24">村(社区)内外部挂牌总数</text>'));
    expect(ops).toEqual([
      { kind: 'rect', x: 0, y: 0, width: 600, height: 400, fill: { color: '#ffffff', alpha: 1 }, stroke: null },
      {
        kind: 'text',
        text: '村(社区)内外部挂牌总数',
        x: 24,
        y: 50,
        font: '700 20px Noto Sans CJK SC',
        fill: { color: '#1b1f24', alpha: 1 },
        align: 'left',
        baseline: 'alphabetic',
      },
    ]);
  });

  it('places a nested chart drawing at its x and y, and what is in it inherits from its groups', () => {
    const ops = planPaint(
      svg(
        '<svg x="24" y="156" width="541" height="138" viewBox="0 0 541 138" overflow="visible"><title/><desc/><defs><clipPath id="c"><rect width="9" height="9"/></clipPath></defs>' +
          '<g stroke="rgb(106, 115, 128)" stroke-width="1px"><line x1="194" y1="8" x2="194" y2="100"/></g>' +
          '<g fill="rgb(179, 23, 31)" fill-opacity="0.8"><rect x="194" y="56" width="88" height="26" opacity="0.5"/></g></svg>',
      ),
    );
    expect(ops).toEqual([
      { kind: 'line', x1: 218, y1: 164, x2: 218, y2: 256, stroke: { color: 'rgb(106, 115, 128)', alpha: 1, width: 1, dash: [] } },
      { kind: 'rect', x: 218, y: 212, width: 88, height: 26, fill: { color: 'rgb(179, 23, 31)', alpha: 0.4 }, stroke: null },
    ]);
  });

  it('sets text by its anchor and baseline, dy in em, and a wrapped label line by line', () => {
    const ops = planPaint(
      svg(
        '<text x="297" y="108" dy="0.71em" text-anchor="middle" font-size="14px">5,000</text>' +
          '<text x="186" y="54" text-anchor="end" dominant-baseline="central" font-size="14px">' +
          '<tspan x="180" dy="-0.6em">小区治理</tspan><tspan x="180" dy="1.2em">骨干力量</tspan></text>',
      ),
    );
    expect(texts(ops).map(({ text, x, y, align, baseline }) => ({ text, x, y, align, baseline }))).toEqual([
      { text: '5,000', x: 297, y: expect.closeTo(108 + 0.71 * 14, 6), align: 'center', baseline: 'alphabetic' },
      { text: '小区治理', x: 180, y: expect.closeTo(54 - 0.6 * 14, 6), align: 'right', baseline: 'central' },
      { text: '骨干力量', x: 180, y: expect.closeTo(54 + 0.6 * 14, 6), align: 'right', baseline: 'central' },
    ]);
  });

  it('skips empty text and empty shapes', () => {
    const ops = planPaint(svg('<text x="0" y="10">Party committees</text><text x="0" y="20"></text><rect width="0" height="5" fill="#f00"/>'));
    expect(ops).toHaveLength(1);
    expect(texts(ops).map((op) => op.text)).toEqual(['Party committees']);
  });

  it('resolves an em stroke width where it is set, as CSS does, not where it is used', () => {
    const ops = planPaint(svg('<g stroke="#000" stroke-width="0.1em" font-size="10"><line x2="10" font-size="100"/></g>'));
    expect(ops).toEqual([{ kind: 'line', x1: 0, y1: 0, x2: 10, y2: 0, stroke: { color: '#000', alpha: 1, width: 1, dash: [] } }]);
  });

  it('fades a text or a shape with one paint by its opacity, a tspan by its own and its text’s', () => {
    const ops = planPaint(
      svg(
        '<rect width="5" height="5" fill="#000" opacity="0.5"/>' +
          '<text x="0" y="0" opacity="0.5"><tspan x="0" opacity="0.5">前</tspan><tspan x="0" dy="1em">后</tspan></text>',
      ),
    );
    expect(ops?.map((op) => (op.kind === 'line' ? null : op.fill?.alpha))).toEqual([0.5, 0.25, 0.5]);
  });

  it.each([
    ['a path', '<path d="M0 0L10 10" stroke="black"/>'],
    ['a transform', '<g transform="rotate(45)"><rect width="5" height="5"/></g>'],
    ['a clip', '<rect width="5" height="5" clip-path="url(#c)"/>'],
    ['an inline style', '<rect width="5" height="5" style="fill:red"/>'],
    ['rounded corners', '<rect width="5" height="5" rx="2"/>'],
    ['a length in rem', '<text x="1rem" y="0">a</text>'],
    ['a list of x positions', '<text x="1 2 3" y="0">abc</text>'],
    ['a baseline the canvas has no match for', '<text x="0" y="0" dominant-baseline="hanging">a</text>'],
    ['outlined text', '<text x="0" y="0" stroke="white">a</text>'],
    ['text beside its tspans', '<text x="0" y="0">前<tspan x="0" dy="1em">后</tspan></text>'],
    ['a tspan without x', '<text x="0" y="0"><tspan dy="1em">后</tspan></text>'],
    ['a line break in text', '<text x="0" y="0">一\n二</text>'],
    ['an ideographic space, which SVG keeps', '<text x="0" y="0">\u3000\u3000单位：块</text>'],
    ['a no-break space', '<text x="0" y="0">9\u00a0472</text>'],
    ['a space at the end of a line that is not the last', '<text x="0" y="0" text-anchor="end"><tspan x="9">abc </tspan><tspan x="9" dy="1em">def</tspan></text>'],
    ['white space between tspans', '<text x="0" y="0"><tspan x="9">abc</tspan> <tspan x="9" dy="1em">def</tspan></text>'],
    ['runs of spaces', '<text x="0" y="0">a  b</text>'],
    ['xml:space', '<text x="0" y="0" xml:space="preserve">a b</text>'],
    ['a text offset besides its tspans', '<text x="0" y="0" dy="1em"><tspan x="0" dy="2em">a</tspan></text>'],
    ['two full-width punctuation marks side by side', '<text x="0" y="0">行业党委数量（“1+10”构架）</text>'],
    ['a middle dot beside a bracket', '<text x="0" y="0">甲·（乙）</text>'],
    ['a gradient', '<rect width="5" height="5" fill="url(#g)"/>'],
    ['a paint keyword other than none', '<rect width="5" height="5" fill="None"/>'],
    ['a paint that is not a colour', '<rect width="5" height="5" fill="initial"/>'],
    ['a relative font weight', '<text x="0" y="0" font-weight="bolder">a</text>'],
    ['a negative dash', '<line x2="5" stroke="#000" stroke-dasharray="5 -5"/>'],
    ['an empty opacity', '<rect width="5" height="5" fill="#000" opacity=""/>'],
    ['a faded group', '<g opacity="0.5"><rect width="5" height="5" fill="#000"/></g>'],
    ['a faded rectangle with a fill and an outline', '<rect width="5" height="5" fill="#000" stroke="#fff" opacity="0.5"/>'],
    ['a stylesheet', '<defs><style>rect{fill:green}</style></defs><rect width="5" height="5" fill="#f00"/>'],
    ['alignment-baseline', '<text x="0" y="0" alignment-baseline="central">a</text>'],
    ['font-stretch', '<text x="0" y="0" font-stretch="condensed">a</text>'],
    ['shape-rendering', '<rect width="5" height="5" shape-rendering="crispEdges"/>'],
    ['a language', '<text x="0" y="0" lang="ja">直</text>'],
    ['a scaled drawing', '<svg x="0" y="0" width="10" height="10" viewBox="0 0 20 20" overflow="visible"><rect width="5" height="5"/></svg>'],
    ['a clipped drawing', '<svg x="0" y="0" width="10" height="10"><rect width="50" height="5"/></svg>'],
  ])('leaves to the browser a drawing with %s', (_, body) => {
    expect(planPaint(svg(body))).toBeNull();
  });

  it('leaves to the browser text in no font given, which SVG sets in the browser’s default', () => {
    expect(planPaint(svg('<text x="0" y="0">a</text>', 'width="9" height="9"'))).toBeNull();
  });

  it('follows single full-width punctuation, which needs no trimming', () => {
    expect(texts(planPaint(svg('<text x="0" y="0">单位：块（推算）</text>'))).map((op) => op.text)).toEqual(['单位：块（推算）']);
  });
});

/**
 * A canvas context that writes down what is drawn, with a font 12 px above and 4 px below the baseline.
 * Like a canvas, it keeps its font when given one it cannot parse: here, any in the family "Refused".
 */
function recordingContext() {
  const calls: string[] = [];
  let font = '10px sans-serif';
  const context = {
    get font() {
      return font;
    },
    set font(value: string) {
      if (!value.includes('Refused')) font = value;
    },
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    setTransform: (...m: number[]) => calls.push(`transform ${m.join(' ')}`),
    setLineDash: (dash: number[]) => calls.push(`dash ${dash.join(' ')}`),
    fillRect: (...r: number[]) => calls.push(`fillRect ${r.join(' ')}`),
    strokeRect: (...r: number[]) => calls.push(`strokeRect ${r.join(' ')}`),
    beginPath: () => {},
    moveTo: (x: number, y: number) => calls.push(`moveTo ${x} ${y}`),
    lineTo: (x: number, y: number) => calls.push(`lineTo ${x} ${y}`),
    stroke: () => calls.push(`stroke ${context.strokeStyle} ${context.lineWidth}`),
    measureText: () => ({ fontBoundingBoxAscent: 12, fontBoundingBoxDescent: 4 }),
    fillText: (text: string, x: number, y: number) =>
      calls.push(`fillText ${text} ${x} ${y} ${context.font} ${context.textAlign} ${context.textBaseline} ${context.fillStyle} ${context.globalAlpha}`),
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 0,
    globalAlpha: 1,
    textAlign: '',
    textBaseline: '',
    direction: '',
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

describe('paintPlan', () => {
  it('draws each operation at the scale, central text halfway between the font’s ascent and descent', () => {
    const ops = planPaint(
      svg(
        '<rect x="1" y="2" width="3" height="4" fill="#fff" stroke="#000" stroke-width="2"/>' +
          '<line x1="0" y1="5" x2="10" y2="5" stroke="#c9ced6" stroke-dasharray="3, 2"/>' +
          '<text x="180" y="54" text-anchor="end" dominant-baseline="central" font-size="14px" fill="#1b1f24" fill-opacity="0.5">骨干力量</text>',
      ),
    );
    const { context, calls } = recordingContext();
    expect(paintPlan(context, ops ?? [], 2)).toBe(true);
    expect(calls).toEqual([
      'save',
      'transform 2 0 0 2 0 0',
      'fillRect 1 2 3 4',
      'dash ',
      'strokeRect 1 2 3 4',
      'dash 3 2',
      'moveTo 0 5',
      'lineTo 10 5',
      'stroke #c9ced6 1',
      'fillText 骨干力量 180 58 400 14px Noto Sans CJK SC right alphabetic #1b1f24 0.5',
      'restore',
    ]);
  });

  it('says so when the canvas refuses a font, where SVG would fall back to another', () => {
    const ops = planPaint(svg('<text x="0" y="10" font-family="Refused 2000">a</text>'));
    expect(ops).toHaveLength(1);
    const { context, calls } = recordingContext();
    expect(paintPlan(context, ops ?? [], 1)).toBe(false);
    expect(calls.filter((call) => call.startsWith('fillText'))).toEqual([]);
  });
});
