import { AREAS, MINUS, OVERVIEW_TITLE, area, zhHeading } from './areas';
import { expect, test } from './fixtures';
import { charts, kpi, openWithMockApi } from './support';

test.describe('every route loads its figures from the mock API in the service worker', () => {
  test('overview shows each area with its headline figures', async ({ page }) => {
    await openWithMockApi(page, '/', '/api/areas');

    await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE, exact: true })).toBeVisible();
    for (const expected of AREAS) {
      await expect(page.getByRole('region', { name: zhHeading(expected), exact: true })).toBeVisible();
    }
    await expect(kpi(page, '党的工作覆盖“两新”组织')).toContainText('4,954');
    await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText(`变化（计算值） ${MINUS}54.9%`);
    await expect(kpi(page, '发现处置12345办件')).toContainText('80万+');
    await expect(page.getByRole('figure', { name: /^前后对比变化幅度/ })).toBeVisible();
  });

  test('governance: plaques, certificates, instructors and building heads', async ({ page }) => {
    await openWithMockApi(page, '/governance', '/api/areas/governance');

    await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('governance')), exact: true })).toBeVisible();
    await expect(page).toHaveTitle('党建引领基层治理 · 海口社会工作看板');

    const plaques = kpi(page, '村(社区)内外部挂牌总数');
    await expect(plaques.getByText('4,272 块', { exact: true })).toBeVisible();
    await expect(plaques).toContainText('此前 9,472 → 2024年 4,272 块');
    await expect(plaques).toContainText(`变化（计算值） ${MINUS}54.9%`);
    await expect(kpi(page, '内部挂牌平均数')).toContainText(`变化（计算值） ${MINUS}50%`);
    await expect(kpi(page, '平均出具证明事项')).toContainText(`变化（计算值） ${MINUS}58.3%`);
    await expect(kpi(page, '小区党建工作指导员').getByText('4,000+ 名', { exact: true })).toBeVisible();
    await expect(kpi(page, '党员楼栋长').getByText('3,000+ 名', { exact: true })).toBeVisible();
    await expect(kpi(page, '村(社区)')).toContainText('464');

    const plaqueChart = page.getByRole('figure', { name: /^村\(社区\)内外部挂牌总数/ });
    await expect(plaqueChart).toBeVisible();
    await expect(plaqueChart).toContainText('由9,472块减至4,272块，下降54.9%');
    await expect(page.getByRole('figure')).not.toHaveCount(0);
  });

  test('new sectors: industry committees and "two new" coverage', async ({ page }) => {
    await openWithMockApi(page, '/new-sectors', '/api/areas/new-sectors');

    await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('new-sectors')), exact: true })).toBeVisible();

    const committees = kpi(page, '行业党委');
    await expect(committees.getByText('10 个', { exact: true })).toBeVisible();
    await expect(committees).toContainText('此前 8（推算） → 2024年 10 个');
    await expect(committees).toContainText('变化（计算值） +25%');
    await expect(kpi(page, '党的工作覆盖“两新”组织').getByText('4,954 个', { exact: true })).toBeVisible();
    await expect(kpi(page, '新业态新就业群体党支部')).toContainText('32 个');

    await expect(page.getByRole('figure', { name: /^行业党委数量/ })).toContainText('由8个（推算）增至10个，增长25%');
    await expect(page.getByRole('figure')).not.toHaveCount(0);
  });

  test('service: hotline cases, disputes and the five declines', async ({ page }) => {
    await openWithMockApi(page, '/service', '/api/areas/service');

    await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('service')), exact: true })).toBeVisible();

    const hotline = kpi(page, '发现处置12345办件');
    await expect(hotline.getByText('80万+ 件', { exact: true })).toBeVisible();
    await expect(hotline.getByText('(800,000+ 件)', { exact: true })).toBeVisible();
    await expect(kpi(page, '处置矛盾纠纷').getByText('19,941 件', { exact: true })).toBeVisible();

    const declines = page.getByRole('region', { name: '信访形势“五下降”', exact: true });
    await expect(declines.getByRole('heading', { level: 2, name: '信访形势“五下降”' })).toBeVisible();
    const items = declines.getByRole('listitem');
    await expect(items).toHaveCount(5);
    for (const label of ['信访总量', '进京访', '重复信访', '网上信访', '国家信访局登记信访事项']) {
      const item = items.filter({ hasText: label });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText('下降');
    }
    // Its figures are in seven units, none of which belong on one axis: no chart of unlike things.
    await expect(charts(page)).toHaveCount(0);
  });
});

// At an office PC's width; and on a phone, with 新兴领域党建 hidden by the filter at load and ticked after.
for (const [width, start] of [[1280, '/'], [360, '/?area=governance']] as const) {
  test(`the change chart writes a decrease left of zero and an increase right of it, past each bar, every area on one axis: ${width} px, ${start}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(start);
    const figure = page.getByRole('figure', { name: /^前后对比变化幅度/ });
    await figure.scrollIntoViewIfNeeded();
    if (start !== '/') {
      await expect(figure.getByRole('application', { name: /^党建引领基层治理 / })).toBeVisible();
      await page.getByRole('group', { name: '按工作板块筛选' }).getByRole('checkbox', { name: '新兴领域党建', exact: true }).check();
    }
    const drawing = (area: string) => figure.getByRole('application', { name: new RegExp(`^${area} `) });
    const box = async (area: string, text: string) => {
      const found = await drawing(area).getByText(text, { exact: true }).boundingBox();
      if (!found) throw new Error(`"${text}" is not drawn`);
      return found;
    };
    const middle = (found: { x: number; width: number }) => found.x + found.width / 2;
    const zeroX = middle(await box('党建引领基层治理', '0%'));
    // Each area has its drawing, as wide as the others, and their zeros line up: one axis.
    expect((await drawing('新兴领域党建').boundingBox())?.width).toBe((await drawing('党建引领基层治理').boundingBox())?.width);
    expect(middle(await box('新兴领域党建', '0%'))).toBeCloseTo(zeroX, 0);
    const decrease = await box('党建引领基层治理', `${MINUS}54.9%`);
    expect(decrease.x + decrease.width).toBeLessThan(zeroX);
    expect((await box('新兴领域党建', '+25%（推算）')).x).toBeGreaterThan(zeroX);
    // Labels and values cross grid lines (on a phone a label sits above its bars): each keeps a margin
    // of the card's colour around its letters, so no line runs through them.
    const card = await figure.evaluate((node) => getComputedStyle(node.closest('.chart-card') ?? node).backgroundColor);
    for (const text of [drawing('党建引领基层治理').getByText(`${MINUS}54.9%`, { exact: true }), drawing('党建引领基层治理').getByText(/^内部挂牌平均数/)]) {
      await expect(text).toHaveCSS('paint-order', 'stroke');
      await expect(text).toHaveCSS('stroke', card);
    }
  });
}
