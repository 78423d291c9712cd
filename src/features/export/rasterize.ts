import { pixelsPerMetre } from './page-size';
import { withDensity } from './png-density';

/**
 * Draws an SVG onto an opaque white canvas at the given scale and encodes it as PNG, marked with the
 * density that keeps it at the SVG's size in mm.
 */
export async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    const marked = withDensity(new Uint8Array(await png.arrayBuffer()), pixelsPerMetre(scale));
    return new Blob([marked], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
