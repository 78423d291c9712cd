import { area, enHeading, ROUTES, zhHeading } from './areas';
import { SEVERAL_PAGES_MS, useMode } from './display-modes';
import { expect, test } from './fixtures';
import { charts, expectChartsDrawn } from './support';

interface DrawLog {
  /** How many charts appeared in each batch of DOM changes that added any. */
  batches: number[];
}

const governance = area('governance');

// A screen tall enough that several charts come near it at once, on load.
test.use({ viewport: { width: 1280, height: 2400 } });

test('charts that come into view together are drawn one at a time', async ({ page }) => {
  await page.addInitScript(() => {
    const log: DrawLog = { batches: [] };
    Object.assign(window, { drawLog: log });
    let seen = 0;
    // One callback per batch of mutations: charts committed by one render arrive in the same batch.
    new MutationObserver(() => {
      const drawn = document.querySelectorAll('main [role="application"]').length;
      if (drawn > seen) log.batches.push(drawn - seen);
      seen = drawn;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(governance.path);
  await expect(page.getByRole('heading', { level: 1, name: zhHeading(governance), exact: true })).toBeVisible();
  await expectChartsDrawn(page);

  // The log counts the charts of the pages prepared out of sight too (src/app/use-pages.ts): they
  // take their turns in the same queue.
  const total = await charts(page).count();
  const { batches } = await page.evaluate(() => (window as unknown as { drawLog: DrawLog }).drawLog);
  expect(total).toBeGreaterThan(2);
  expect(batches.length).toBeGreaterThanOrEqual(total);
  expect(batches, 'charts drawn per batch of DOM changes').toEqual(batches.map(() => 1));
});

test('a drawing fills its card, and follows it when the window narrows', async ({ page }) => {
  await page.goto(governance.path);
  const figure = charts(page).first();
  const drawing = figure.getByRole('application');
  await expect(drawing).toBeVisible();

  // The card's padding (1rem each side) and border are all that is left beside the drawing.
  const widths = async () => {
    const [card, drawn] = await Promise.all([figure.boundingBox(), drawing.boundingBox()]);
    if (!card || !drawn) throw new Error('the chart is not on screen');
    return { card: card.width, drawn: drawn.width };
  };
  const wide = await widths();
  expect(wide.drawn).toBeLessThanOrEqual(wide.card);
  expect(wide.drawn).toBeGreaterThan(wide.card - 40);

  await page.setViewportSize({ width: 600, height: 2400 });
  await expect.poll(async () => (await widths()).card, 'the card narrows with the window').toBeLessThan(wide.card);
  await expect.poll(async () => {
    const narrow = await widths();
    return narrow.drawn <= narrow.card && narrow.drawn > narrow.card - 40;
  }, 'the drawing follows its card').toBe(true);
});

// A phone, in English: the values beside the bars ("After (2024) 4,272") leave the plot little room,
// and elder mode's text is larger still.
for (const elder of [false, true]) {
  test(`the value axis' numbers never run into each other: a phone in English${elder ? ', elder mode' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 900 });
    await useMode(page, elder ? 'elder' : 'light');
    for (const id of ['new-sectors', 'governance'] as const) {
      await page.goto(`${area(id).path}?lang=en`);
      await expect(page.getByRole('heading', { level: 1, name: enHeading(area(id)), exact: true })).toBeVisible();
      await expectChartsDrawn(page);
      for (const figure of await charts(page).all()) {
        await figure.scrollIntoViewIfNeeded();
        // The axis' labels are the bare numbers along the drawing's foot (a count's value beside its
        // bar may be a bare number too, but stands higher, beside its bar).
        const numbers = figure.getByRole('application').getByText(/^[\d,]+$/);
        const all = (await Promise.all((await numbers.all()).map((label) => label.boundingBox()))).flatMap((box) => (box ? [box] : []));
        const foot = Math.max(...all.map((box) => box.y));
        const boxes = all.filter((box) => box.y > foot - 2).sort((a, b) => a.x - b.x);
        expect(boxes.length, 'labels on the value axis').toBeGreaterThanOrEqual(2);
        for (let i = 1; i < boxes.length; i += 1) {
          expect(boxes[i].x, `label ${i + 1} of ${boxes.length} starts after the one before it ends`).toBeGreaterThan(boxes[i - 1].x + boxes[i - 1].width);
        }
      }
    }
  });
}

// The change chart's axis runs from −100% to +50%, and its bars end well inside it: a margin as wide
// as the widest value on each side left its plot 86 px of a 298 px drawing in elder mode.
test("a phone's change chart gives its plot the room its values' labels leave: elder mode, 360 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  await useMode(page, 'elder');
  await page.goto('/');
  await expectChartsDrawn(page);
  const drawings = page.getByRole('figure', { name: /^前后对比变化幅度/ }).getByRole('application');
  await expect(drawings).toHaveCount(2);
  for (const drawing of await drawings.all()) {
    await drawing.scrollIntoViewIfNeeded();
    const [frame, axis] = await Promise.all([drawing.boundingBox(), drawing.locator('.recharts-xAxis .recharts-cartesian-axis-line').boundingBox()]);
    if (!frame || !axis) throw new Error('the drawing or its value axis is not on screen');
    expect(axis.width / frame.width, 'the value axis, as a share of the drawing').toBeGreaterThan(0.45);
  }
});

// Elder mode's 18px text. On an office PC the row labels beside the bars are the longest text of a
// drawing, and wrap to three lines in English; on a small phone the value axis has the least room.
for (const [lang, width] of [['zh', 1280], ['en', 1280], ['en', 360]] as const) {
  test(`every text of a drawing is whole and clear of the others: elder mode, ${lang}, ${width} px wide`, async ({ page }) => {
    test.setTimeout(SEVERAL_PAGES_MS);
    await page.setViewportSize({ width, height: 900 });
    await useMode(page, 'elder');
    for (const route of ROUTES) {
      await page.goto(`${route.path}?lang=${lang}`);
      await expectChartsDrawn(page);
      for (const drawing of await page.getByRole('main').getByRole('application').all()) {
        await drawing.scrollIntoViewIfNeeded();
        const frame = await drawing.boundingBox();
        if (!frame) throw new Error(`a drawing on ${route.path} is not on screen`);
        // Each text's letters (getBBox, in the window's coordinates), not its box on screen, which takes
        // in its halo: a margin of the card's colour around the letters (charts.css), unseen on the card.
        const boxes = await drawing.locator('text').evaluateAll((texts: SVGTextElement[]) =>
          texts.map((text) => {
            const letters = text.getBBox();
            const toWindow = text.getScreenCTM() ?? new DOMMatrix();
            const start = new DOMPoint(letters.x, letters.y).matrixTransform(toWindow);
            const end = new DOMPoint(letters.x + letters.width, letters.y + letters.height).matrixTransform(toWindow);
            return { text: text.textContent ?? '', x: start.x, y: start.y, width: end.x - start.x, height: end.y - start.y };
          }),
        );
        expect(boxes.length, `texts of a drawing on ${route.path}`).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.x, `"${box.text}" on ${route.path} starts inside its drawing`).toBeGreaterThanOrEqual(frame.x - 0.5);
          expect(box.x + box.width, `"${box.text}" on ${route.path} ends inside its drawing`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        }
        for (const [index, a] of boxes.entries()) {
          for (const b of boxes.slice(index + 1)) {
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `"${a.text}" and "${b.text}" on ${route.path} do not overlap`).toBe(true);
          }
        }
      }
    }
  });
}
