import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { parseCsv, readPng, saveDownload, serverRequests, serverRequestsOtherThanCode, type SavedDownload } from './files';
import { chart, expectOtherPagesPrepared, openWithMockApi } from './support';

const PLAQUES = '村(社区)内外部挂牌总数';
const BOM = '\uFEFF';

/**
 * The chart, drawn, with its export buttons; the other pages prepared first, so that what is fetched
 * while exporting is the export's doing.
 */
async function drawnChart(page: Page, title: string): Promise<Locator> {
  await expectOtherPagesPrepared(page);
  const figure = chart(page, title);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('application')).toBeVisible();
  return figure;
}

function exportButton(figure: Locator, title: string, format: 'PNG' | 'SVG' | 'CSV'): Locator {
  return figure
    .getByRole('group', { name: `导出图表：${title}`, exact: true })
    .getByRole('button', { name: `下载 ${format}（${title}）`, exact: true });
}

/** Exports build the file in the page: the server is asked for nothing but, at most, the exporter's own code. */
function expectNothingFetched(page: Page, saved: SavedDownload): void {
  const origin = new URL(page.url()).origin;
  expect(serverRequestsOtherThanCode(saved.requests, origin), `requests while exporting ${saved.name}`).toEqual([]);
}

function csvText(saved: SavedDownload): string {
  const text = saved.bytes.toString('utf8');
  expect(text.startsWith(BOM), `${saved.name} starts with the UTF-8 BOM`).toBe(true);
  return text.slice(BOM.length);
}

test.describe('exporting a chart on /governance', () => {
  test.beforeEach(async ({ page }) => {
    await openWithMockApi(page, '/governance', '/api/areas/governance');
  });

  test('PNG: an opaque, drawn image at the chosen scale, sized for an A4 document', async ({ page }) => {
    const figure = await drawnChart(page, PLAQUES);
    const png = exportButton(figure, PLAQUES, 'PNG');
    await expect(png).toHaveText('下载 PNG');
    await expect(page.getByRole('combobox', { name: 'PNG 图片倍率' })).toHaveValue('2');

    const atTwo = await saveDownload(page, png);
    expect(atTwo.name).toBe('governance-plaques-2024.png');
    expectNothingFetched(page, atTwo);
    await expect(figure.getByRole('status')).toHaveText('已导出 governance-plaques-2024.png');

    const image = readPng(atTwo.bytes);
    expect(image.width).toBeGreaterThanOrEqual(1000);
    // Inserted into Word or WPS it fills the 156 mm text block of an A4 official document (GB/T 9704).
    expect(image.millimetresWide, 'width in mm by its pHYs chunk').toBeGreaterThan(155);
    expect(image.millimetresWide).toBeLessThanOrEqual(156);
    expect(image.translucent, 'pixels that are not fully opaque').toBe(0);
    expect(image.inked, 'share of pixels that are not white').toBeGreaterThan(0.04);
    expect(image.red, 'pixels of the red 2024 bar').toBeGreaterThan(5000);
    expect(image.grey, 'pixels of the grey "before" bar').toBeGreaterThan(12000);

    await page.getByRole('combobox', { name: 'PNG 图片倍率' }).selectOption({ label: '3×' });
    const atThree = await saveDownload(page, png);
    expect(atThree.name).toBe('governance-plaques-2024.png');
    // The exporter's code is loaded by now: a repeat export asks the server for nothing at all.
    expect(serverRequests(atThree.requests), 'requests during a repeat export').toEqual([]);
    const larger = readPng(atThree.bytes);
    expect(larger.width / image.width).toBeCloseTo(1.5, 2);
    expect(larger.height / image.height).toBeCloseTo(1.5, 2);
    expect(larger.millimetresWide, 'the same size on paper, in more pixels').toBeCloseTo(image.millimetresWide ?? 0, 1);
  });

  test('SVG: a standalone file with the title, figures and source', async ({ page, context }) => {
    const figure = await drawnChart(page, PLAQUES);
    const saved = await saveDownload(page, exportButton(figure, PLAQUES, 'SVG'));
    expect(saved.name).toBe('governance-plaques-2024.svg');
    expectNothingFetched(page, saved);

    const svg = saved.bytes.toString('utf8');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`>${PLAQUES}<`);
    expect(svg).toContain('来源：中共海口市委社会工作部 2025年新春献词');
    expect(svg).toContain('9,472');
    expect(svg).toContain('4,272');
    // Text in ink alone, without the screen's halo (a stroke of the screen's colour around the letters).
    expect(svg).not.toMatch(/<t(?:ext|span)[^>]* stroke(?:-width)?=/);
    // No text offset on a text nor in em: LibreOffice's import reads neither, and drew the ticks on the axis.
    expect(svg).not.toMatch(/<text[^>]* d[xy]=/);
    expect(svg).not.toMatch(/ d[xy]="[^"]*em"/);

    // Opened on its own, with nothing else to load, it is still an image.
    const viewer = await context.newPage();
    const fetched: string[] = [];
    viewer.on('request', (request) => fetched.push(request.url()));
    await viewer.setContent(
      `<img alt="${PLAQUES}" src="data:image/svg+xml;base64,${saved.bytes.toString('base64')}">`,
    );
    const image = viewer.getByRole('img', { name: PLAQUES });
    await expect.poll(() => image.evaluate((node: HTMLImageElement) => (node.complete ? node.naturalWidth : 0))).toBeGreaterThan(0);
    expect(fetched.filter((url) => !url.startsWith('data:')), 'requests made by the standalone SVG').toEqual([]);
    await viewer.close();
  });

  test('CSV: UTF-8 with a BOM, one row per figure, lower bounds marked', async ({ page }) => {
    const figure = await drawnChart(page, PLAQUES);
    const saved = await saveDownload(page, exportButton(figure, PLAQUES, 'CSV'));
    expect(saved.name).toBe('governance-plaques-2024.csv');
    expectNothingFetched(page, saved);

    const [header, ...rows] = parseCsv(csvText(saved));
    expect(header).toBeDefined();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toHaveLength(header?.length ?? 0);
    expect(row?.[0]).toBe(PLAQUES);
    expect(row).toEqual(expect.arrayContaining(['9472', '4272', '-54.9']));

    const roles = '小区治理骨干力量';
    const rolesChart = await drawnChart(page, roles);
    const rolesCsv = await saveDownload(page, exportButton(rolesChart, roles, 'CSV'));
    expect(rolesCsv.name).toBe('governance-compound-backbone-2024.csv');
    const [rolesHeader = [], ...roleRows] = parseCsv(csvText(rolesCsv));
    const lowerBound = rolesHeader.findIndex((cell) => cell.startsWith('下限值'));
    expect(lowerBound, 'a lower-bound column').toBeGreaterThan(0);
    expect(roleRows.map((cells) => cells[lowerBound])).toEqual(['是', '是']);
  });

  test('export all: one ZIP with every chart as PNG and CSV', async ({ page }) => {
    await expectOtherPagesPrepared(page);
    const saved = await saveDownload(page, page.getByRole('button', { name: '导出本页全部图表（ZIP）', exact: true }));
    expect(saved.name).toBe('governance-charts-2024.zip');
    expectNothingFetched(page, saved);

    const files = unzipSync(new Uint8Array(saved.bytes));
    const charts = ['plaques', 'internal-plaques-average', 'certificates-average', 'new-organisations', 'upgraded-organisations', 'compound-backbone'];
    const expected = charts.flatMap((id) => [`governance-${id}-2024.png`, `governance-${id}-2024.csv`]);
    expect(Object.keys(files).sort()).toEqual(expected.sort());
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.png')) {
        const image = readPng(Buffer.from(bytes));
        expect(image.width, `${name} width`).toBeGreaterThanOrEqual(1000);
        expect(image.translucent, `${name} is opaque`).toBe(0);
        // Charts draw over a few renders as the export reaches them: each image has its bars (a
        // legend's swatches are a few hundred pixels).
        expect(image.red + image.blue, `pixels of ${name}'s red or blue bars`).toBeGreaterThan(3000);
      } else {
        expect(Buffer.from(bytes).toString('utf8').startsWith(BOM), `${name} starts with the BOM`).toBe(true);
      }
    }
    await expect(page.getByRole('status').filter({ hasText: '已导出 governance-charts-2024.zip' })).toBeVisible();
  });
});

test('an export in English carries the English caption', async ({ page }) => {
  await openWithMockApi(page, '/new-sectors?lang=en', '/api/areas/new-sectors');
  const title = 'Party organisations set up in 2024';
  await expectOtherPagesPrepared(page);
  const figure = chart(page, title);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('application')).toBeVisible();
  const button = figure
    .getByRole('group', { name: `Export chart: ${title}`, exact: true })
    .getByRole('button', { name: /^Download SVG/ });
  await expect(button).toHaveText('Download SVG');

  const saved = await saveDownload(page, button);
  expect(saved.name).toBe('new-sectors-new-organisations-2024.svg');
  expectNothingFetched(page, saved);
  const svg = saved.bytes.toString('utf8');
  expect(svg).toContain(`>${title}<`);
  expect(svg).toContain('Source: New Year message 2025');
  expect(svg).not.toContain('来源：');
  // One series of counts (branches and organisations: a number of each): its unit line says so, and
  // no legend repeats the unit.
  expect(svg).toContain('>Unit: number<');
  expect(svg).not.toContain('>number<');
});

test("the overview's change chart is exported as on screen: each shown area's part under the area's name", async ({ page }) => {
  const title = '前后对比变化幅度（据报告数字计算）';
  const exportSvg = async (drawings: number) => {
    await expectOtherPagesPrepared(page);
    const figure = chart(page, title);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.getByRole('application')).toHaveCount(drawings);
    const saved = await saveDownload(page, exportButton(figure, title, 'SVG'));
    expect(saved.name).toBe('overview-changes-2024.svg');
    expectNothingFetched(page, saved);
    return saved.bytes.toString('utf8');
  };
  // Where a text is drawn in the file: the drawing is written top to bottom.
  const at = (svg: string, text: string) => svg.indexOf(`>${text}<`);

  await openWithMockApi(page, '/', '/api/areas');
  const both = await exportSvg(2);
  // Its bars in the neutral blue, not the red that is a rise on the cards beside it (falls are green).
  expect(both).toContain('fill="rgb(31, 95, 153)"');
  expect(both).not.toContain('fill="rgb(179, 23, 31)"');
  expect(at(both, '新兴领域党建')).toBeGreaterThan(0);
  expect(at(both, '行业党委'), 'the figure of the first area, under its name').toBeGreaterThan(at(both, '新兴领域党建'));
  expect(at(both, '党建引领基层治理'), 'the name of the second area, after the first part').toBeGreaterThan(at(both, '行业党委'));
  expect(at(both, '内部挂牌平均数'), 'the figure of the second area, under its name').toBeGreaterThan(at(both, '党建引领基层治理'));

  await openWithMockApi(page, '/?area=governance', '/api/areas');
  const one = await exportSvg(1);
  expect(at(one, '党建引领基层治理')).toBeGreaterThan(0);
  expect(one).toContain('>筛选：党建引领基层治理<');
  expect(at(one, '新兴领域党建'), 'the area the filter hides').toBe(-1);
  expect(at(one, '行业党委')).toBe(-1);
});

test('a chart exported on a phone in elder mode is the same document image as on a PC', async ({ page }) => {
  await openWithMockApi(page, '/governance', '/api/areas/governance');
  const onPc = readPng((await saveDownload(page, exportButton(await drawnChart(page, PLAQUES), PLAQUES, 'PNG'))).bytes);

  await page.setViewportSize({ width: 412, height: 823 });
  await page.getByRole('button', { name: '适老模式', exact: true }).click();
  await expect(page.getByRole('button', { name: '适老模式', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const figure = await drawnChart(page, PLAQUES);
  const onPhone = readPng((await saveDownload(page, exportButton(figure, PLAQUES, 'PNG'))).bytes);
  expect([onPhone.width, onPhone.height], 'pixel size on a phone in elder mode against a PC').toEqual([onPc.width, onPc.height]);
  expect(onPhone.millimetresWide).toBeCloseTo(onPc.millimetresWide ?? 0, 1);

  // Its chart text is the default 14 px, 10.5 pt (五号) at that size, not elder mode's 18 px.
  const svg = (await saveDownload(page, exportButton(figure, PLAQUES, 'SVG'))).bytes.toString('utf8');
  const sizes = new Set([...svg.matchAll(/<text[^>]*font-size="(\d+)(?:px)?"[^>]*>[^<]*块</g)].map((match) => match[1]));
  expect([...sizes], 'font sizes of the values written beside the bars').toEqual(['14']);
});

test('a chart exported in dark mode is drawn in the colours it has on paper, as in light mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWithMockApi(page, '/governance', '/api/areas/governance');
  await expect(page.getByRole('button', { name: '深色模式', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const exportSvg = async (title: string) => (await saveDownload(page, exportButton(await drawnChart(page, title), title, 'SVG'))).bytes.toString('utf8');
  // On screen in dark mode: bars of light blue, grey-blue and red, too pale on white paper.
  const SCREEN_COUNT = 'rgb(111, 177, 240)';
  const PAPER = { count: 'rgb(31, 95, 153)', before: 'rgb(106, 122, 144)', after: 'rgb(179, 23, 31)' };

  const counts = await exportSvg('2024年新成立的基层党组织');
  expect(counts, 'a chart of counts, its one series').toContain(`fill="${PAPER.count}"`);
  expect(counts).not.toContain(SCREEN_COUNT);
  const pairs = await exportSvg(PLAQUES);
  expect(pairs, 'a chart of before and after').toContain(`fill="${PAPER.before}"`);
  expect(pairs).toContain(`fill="${PAPER.after}"`);
});
