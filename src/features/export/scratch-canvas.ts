/** How long the last export's canvas is kept for the next one before its memory is let go. */
const KEEP_CANVAS_MS = 30_000;
let spare: { canvas: HTMLCanvasElement; timer: number } | undefined;

/**
 * A canvas of the size asked for, to draw one export on and give back: the last export's, if no export
 * holds it. A new canvas pays for its whole area in fresh memory on its first drawing and again when
 * it is encoded (a 2× export is 0.9 million pixels: 10–20 ms of an export on the benchmark's machine),
 * so exporting several charts, or one chart at several scales, reuses one. Nothing drawn survives a
 * reuse: the exporter paints every pixel of it each time.
 */
export function takeCanvas(width: number, height: number): HTMLCanvasElement {
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

/** Keeps the canvas for the next export, for 30 s. */
export function giveBack(canvas: HTMLCanvasElement): void {
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
