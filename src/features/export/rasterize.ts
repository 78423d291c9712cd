import { pixelsPerMetre } from './page-size';
import { paintPlan } from './paint-canvas';
import { planPaint } from './paint-plan';
import { withDensity } from './png-density';
import type { ComposedSvg } from './svg-compose';

/** How long the last export's canvas is kept for the next one before its memory is let go. */
const KEEP_CANVAS_MS = 30_000;
let spare: { canvas: HTMLCanvasElement; timer: number } | undefined;

/**
 * A canvas of the size asked for: the last export's, if it is not in use. A new canvas pays for its
 * whole area in fresh memory on its first drawing and again when it is encoded (a 2× export is 0.9
 * million pixels: 10–20 ms of a 40–60 ms export on the benchmark's machine), so exporting several
 * charts, or one chart at several scales, reuses one. It is let go 30 s after the last export.
 */
function takeCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = spare?.canvas ?? document.createElement('canvas');
  window.clearTimeout(spare?.timer);
  spare = undefined;
  // Setting either, even to what it is, clears the canvas and makes a new bitmap.
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas;
}

function release(canvas: HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
}

function giveBack(canvas: HTMLCanvasElement): void {
  // Two exports at once each drew on a canvas of their own: the one given back last is kept.
  if (spare) {
    window.clearTimeout(spare.timer);
    release(spare.canvas);
  }
  const timer = window.setTimeout(() => {
    release(canvas);
    if (spare?.canvas === canvas) spare = undefined;
  }, KEEP_CANVAS_MS);
  spare = { canvas, timer };
}

/** The SVG decoded as an image and drawn: the browser's own rendering, for drawings the plan cannot follow. */
async function drawAsImage(context: CanvasRenderingContext2D, drawing: ComposedSvg): Promise<void> {
  const url = URL.createObjectURL(new Blob([drawing.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(drawing.width, drawing.height);
    image.src = url;
    await image.decode();
    context.drawImage(image, 0, 0, context.canvas.width, context.canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function drawOnCanvas(canvas: HTMLCanvasElement, drawing: ComposedSvg, scale: number): Promise<Blob> {
  // Read back (to encode) and drawn by the CPU: a GPU canvas would be copied back for the encoder.
  const context = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw on a canvas');
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const plan = planPaint(drawing.root);
  if (plan) paintPlan(context, plan, scale);
  else await drawAsImage(context, drawing);
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
