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

/**
 * How far below the alphabetic baseline SVG's central baseline lies, in the context's font: halfway
 * between the font's ascent and descent, as Chromium places it. The canvas's own 'middle' is the
 * middle of the em box, a pixel or two away in a CJK font.
 */
function centralShift(context: CanvasRenderingContext2D, text: string): number {
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = context.measureText(text);
  return (ascent - descent) / 2;
}

/** Draws a paint plan (paint-plan.ts) in CSS px onto a canvas that is `scale` device pixels to the px. */
export function paintPlan(context: CanvasRenderingContext2D, ops: readonly PaintOp[], scale: number): void {
  context.save();
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
          setFill(context, op.fill);
          context.font = op.font;
          context.textAlign = op.align;
          context.textBaseline = 'alphabetic';
          context.fillText(op.text, op.x, op.y + (op.baseline === 'central' ? centralShift(context, op.text) : 0));
        }
        break;
    }
  }
  context.restore();
}
