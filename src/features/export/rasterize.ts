import { pixelsPerMetre } from './page-size';
import { paintPlan } from './paint-canvas';
import { planPaint } from './paint-plan';
import { withDensity } from './png-density';
import { giveBack, takeCanvas } from './scratch-canvas';
import type { ComposedSvg } from './svg-compose';

/** How a PNG was drawn ('canvas' or 'svg-image'), as the `detail` of a performance mark of this name. */
export const PAINTER_MARK = 'chart-export-painter';

function clear(context: CanvasRenderingContext2D): void {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, context.canvas.width, context.canvas.height);
}

/** The SVG decoded as an image and drawn: the browser's own rendering, for drawings the plan cannot follow. */
async function drawAsImage(context: CanvasRenderingContext2D, drawing: ComposedSvg): Promise<void> {
  const url = URL.createObjectURL(new Blob([drawing.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(drawing.width, drawing.height);
    image.src = url;
    await image.decode();
    // The plan may have drawn part before the canvas refused a font.
    clear(context);
    context.drawImage(image, 0, 0, context.canvas.width, context.canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function drawOnCanvas(canvas: HTMLCanvasElement, drawing: ComposedSvg, scale: number): Promise<Blob> {
  // Read back (to encode) and drawn by the CPU: a GPU canvas would be copied back for the encoder.
  const context = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw on a canvas');
  clear(context);
  const plan = planPaint(drawing.root);
  const painted = plan !== null && paintPlan(context, plan, scale);
  if (!painted) await drawAsImage(context, drawing);
  performance.mark(PAINTER_MARK, { detail: painted ? 'canvas' : 'svg-image' });
  // The canvas's pixels are copied when this is called: it may be drawn on again at once.
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * Draws a composed export onto an opaque white canvas at the given scale and encodes it as PNG,
 * marked with the density that keeps it at the SVG's size in mm. What it draws is the SVG file's
 * picture: painted with the canvas's 2D API from the drawing's own rectangles, lines and text where
 * paint-plan.ts can follow all of it, else the SVG itself drawn as an image.
 */
export async function rasterize(drawing: ComposedSvg, scale: number): Promise<Blob> {
  const canvas = takeCanvas(Math.round(drawing.width * scale), Math.round(drawing.height * scale));
  let png: Blob;
  try {
    png = await drawOnCanvas(canvas, drawing, scale);
  } finally {
    giveBack(canvas);
  }
  const marked = withDensity(new Uint8Array(await png.arrayBuffer()), pixelsPerMetre(scale));
  return new Blob([marked], { type: 'image/png' });
}
