import type { Paint, PaintOp, Stroke } from './paint-plan';

function setStroke(context: CanvasRenderingContext2D, stroke: NonNullable<Stroke>): void {
  context.strokeStyle = stroke.color;
  context.globalAlpha = stroke.alpha;
  context.lineWidth = stroke.width;
  context.setLineDash(stroke.dash);
}

function setFill(context: CanvasRenderingContext2D, fill: NonNullable<Paint>): void {
  context.fillStyle = fill.color;
  context.globalAlpha = fill.alpha;
}

/** A font the canvas never takes to be anything else: what it still reads after a font is set means it was refused. */
const REFUSED = '1px refused-font-sentinel';

/**
 * Sets the font, and says whether the canvas took it: it keeps its last font when given one it
 * cannot parse, where SVG would fall back to the inherited one.
 */
function setFont(context: CanvasRenderingContext2D, font: string): boolean {
  context.font = REFUSED;
  const refused = context.font;
  context.font = font;
  return context.font !== refused;
}

/**
 * How far below the alphabetic baseline SVG's central baseline lies, in the context's font: halfway
 * between the font's ascent and descent, as Chromium places it. The canvas's own 'middle' is the
 * middle of the em box, a pixel or two away in a CJK font.
 */
function centralShift(context: CanvasRenderingContext2D, text: string): number {
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = context.measureText(text);
  return (ascent - descent) / 2;
}

/**
 * Draws a paint plan (paint-plan.ts) in CSS px onto a canvas that is `scale` device pixels to the px.
 * Returns false, part drawn, if the canvas refused a font: the caller then draws the drawing another way.
 */
export function paintPlan(context: CanvasRenderingContext2D, ops: readonly PaintOp[], scale: number): boolean {
  context.save();
  try {
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.direction = 'ltr';
    for (const op of ops) {
      switch (op.kind) {
        case 'rect':
          if (op.fill) {
            setFill(context, op.fill);
            context.fillRect(op.x, op.y, op.width, op.height);
          }
          if (op.stroke) {
            setStroke(context, op.stroke);
            context.strokeRect(op.x, op.y, op.width, op.height);
          }
          break;
        case 'line':
          if (op.stroke) {
            setStroke(context, op.stroke);
            context.beginPath();
            context.moveTo(op.x1, op.y1);
            context.lineTo(op.x2, op.y2);
            context.stroke();
          }
          break;
        case 'text':
          if (op.fill) {
            if (!setFont(context, op.font)) return false;
            setFill(context, op.fill);
            context.textAlign = op.align;
            context.textBaseline = 'alphabetic';
            context.fillText(op.text, op.x, op.y + (op.baseline === 'central' ? centralShift(context, op.text) : 0));
          }
          break;
      }
    }
    return true;
  } finally {
    context.restore();
  }
}
