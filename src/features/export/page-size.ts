/**
 * An exported image is sized for the page it is pasted into: the text block of an A4 official
 * document, 156 mm wide (GB/T 9704-2012, 党政机关公文格式), at 96 CSS px to the inch. The chart is
 * drawn afresh at that width, whatever screen it is exported from, and the PNG says its size in a
 * pHYs chunk: inserted into Word or WPS it is 156 mm wide, and the chart's 14 px text is 10.5 pt (五号).
 */
export const CSS_PX_PER_MM = 96 / 25.4;
export const DOCUMENT_WIDTH_MM = 156;
/** The image's width in CSS px: 589 px is 155.8 mm, within the text block. */
export const DOCUMENT_WIDTH = Math.floor(DOCUMENT_WIDTH_MM * CSS_PX_PER_MM);
/** The white margin around everything drawn in the image. */
export const IMAGE_PAD = 24;
/** The width the chart's drawing is given inside the image's margins. */
export const DOCUMENT_PLOT_WIDTH = DOCUMENT_WIDTH - 2 * IMAGE_PAD;

/** A PNG's pixel density at an export scale: at 2× two pixels make a CSS px, so the image keeps its size in mm. */
export function pixelsPerMetre(scale: number): number {
  return Math.round(scale * CSS_PX_PER_MM * 1000);
}
