import type { BrowserContext, Locator } from '@playwright/test';
import { PNG } from 'pngjs';
import { ROUTES } from './areas';
import { saveDownload } from './files';
import { expect, test } from './fixtures';
import { charts, expectChartsDrawn, openWithMockApi } from './support';

/** How far two pixels' colours may be apart (0–255 in any channel) and still count as the same. */
const SAME = 24;

/**
 * The charts whose PNG the browser draws from the SVG as an image, not the canvas from its shapes: the
 * title of this one has （“, two full-width marks the browser sets closer together than a canvas would.
 * Every other chart must take the canvas's way, or this test would compare the browser with itself.
 */
const DRAWN_AS_IMAGE = ['new-sectors-industry-committees-2024.png'];

/** The SVG file as a viewer shows it: drawn by the browser on white, at the PNG's pixel size. */
async function svgAsViewerShowsIt(context: BrowserContext, svg: Buffer, width: number, height: number): Promise<PNG> {
  const viewer = await context.newPage();
  try {
    const dataUrl = await viewer.evaluate(
      async ({ source, width, height }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;base64,${source}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const drawing = canvas.getContext('2d');
        if (!drawing) throw new Error('no canvas');
        drawing.fillStyle = '#ffffff';
        drawing.fillRect(0, 0, width, height);
        drawing.drawImage(image, 0, 0, width, height);
        return canvas.toDataURL('image/png');
      },
      { source: svg.toString('base64'), width, height },
    );
    return PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  } finally {
    await viewer.close();
  }
}

/** Pixels that are ink (not white) in either picture, and those of them whose colours differ. */
function compare(a: PNG, b: PNG): { ink: number; differing: number } {
  let ink = 0;
  let differing = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    let difference = 0;
    let inked = false;
    for (let channel = 0; channel < 3; channel += 1) {
      const [left = 0, right = 0] = [a.data[index + channel], b.data[index + channel]];
      difference = Math.max(difference, Math.abs(left - right));
      inked ||= left < 235 || right < 235;
    }
    if (inked) ink += 1;
    if (difference > SAME) differing += 1;
  }
  return { ink, differing };
}

function exportButton(figure: Locator, format: 'PNG' | 'SVG'): Locator {
  return figure.getByRole('button', { name: new RegExp(`^(下载 ${format}（|Download ${format} \\()`) });
}

// A PNG is drawn with the canvas's own text and shapes where it can (src/features/export/paint-plan.ts),
// the SVG by the browser's SVG renderer: the two must be one picture, text placed to the pixel. A label
// 1.5 px off its place makes 10–14 % of the ink differ; lines' edges smoothed a little differently, under 1 %.
const PAGES = [
  ...ROUTES.filter((route) => route.charts > 0).map((route) => ({ ...route, query: '' })),
  ...ROUTES.filter((route) => route.path === '/governance').map((route) => ({ ...route, query: '?lang=en' })),
];

for (const route of PAGES) {
  test(`every chart's PNG on ${route.path}${route.query} is the picture its SVG shows`, async ({ page, context }) => {
    await openWithMockApi(page, route.path + route.query, route.api);
    await expectChartsDrawn(page);
    for (const figure of await charts(page).all()) {
      await figure.scrollIntoViewIfNeeded();
      const saved = await saveDownload(page, exportButton(figure, 'PNG'));
      const painter = await page.evaluate(() => (performance.getEntriesByName('chart-export-painter').at(-1) as PerformanceMark | undefined)?.detail);
      expect(painter, `how ${saved.name} was drawn`).toBe(DRAWN_AS_IMAGE.includes(saved.name) ? 'svg-image' : 'canvas');
      const png = PNG.sync.read(saved.bytes);
      const svg = await saveDownload(page, exportButton(figure, 'SVG'));
      const { ink, differing } = compare(png, await svgAsViewerShowsIt(context, svg.bytes, png.width, png.height));
      expect(ink, `ink in ${svg.name}`).toBeGreaterThan(0.03 * png.width * png.height);
      expect(differing / ink, `share of ${svg.name}'s ink that differs between its PNG and SVG`).toBeLessThan(0.015);
    }
  });
}
