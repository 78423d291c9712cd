import type { Page } from '@playwright/test';
import { AREAS, OVERVIEW_TITLE, area, zhHeading, type AreaId } from './areas';
import { expect, test } from './fixtures';
import { kpi, openWithMockApi } from './support';

function filter(page: Page) {
  return page.getByRole('group', { name: '按工作板块筛选' });
}

function checkbox(page: Page, id: AreaId) {
  return filter(page).getByRole('checkbox', { name: area(id).zh, exact: true });
}

/** Exactly these areas are ticked and shown on the overview; the others are neither. */
async function expectShown(page: Page, shown: readonly AreaId[]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE, exact: true })).toBeVisible();
  for (const expected of AREAS) {
    const section = page.getByRole('region', { name: zhHeading(expected), exact: true });
    if (shown.includes(expected.id)) {
      await expect(checkbox(page, expected.id)).toBeChecked();
      await expect(section).toBeVisible();
    } else {
      await expect(checkbox(page, expected.id)).not.toBeChecked();
      await expect(section).toHaveCount(0);
    }
  }
}

async function expectAreaParam(page: Page, value: string | null): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('area') === value);
}

test('the area filter lives in the URL: reload, back and forward keep it', async ({ page }) => {
  await openWithMockApi(page, '/', '/api/areas');
  await expectShown(page, ['new-sectors', 'governance', 'service']);
  await expectAreaParam(page, null);

  await checkbox(page, 'governance').click();
  await expectAreaParam(page, 'new-sectors,service');
  await expectShown(page, ['new-sectors', 'service']);
  // Its figures leave the page too, the comparison chart included.
  await expect(kpi(page, '村(社区)内外部挂牌总数')).toHaveCount(0);
  const changes = page.getByRole('figure', { name: /^前后对比变化幅度/ });
  await expect(changes).toContainText('行业党委');
  await expect(changes).not.toContainText('挂牌', { useInnerText: true });
  // Its drawing is hidden; the other area's is there.
  await changes.scrollIntoViewIfNeeded();
  await expect(changes.getByRole('application', { name: /^新兴领域党建 / })).toBeVisible();
  // Drawn (all parts are, hidden or not), and out of the accessibility tree.
  await expect(changes.getByRole('application', { name: /^党建引领基层治理 /, includeHidden: true })).toHaveCount(1);
  await expect(changes.getByRole('application', { name: /^党建引领基层治理 / })).toHaveCount(0);

  await page.reload();
  await expectAreaParam(page, 'new-sectors,service');
  await expectShown(page, ['new-sectors', 'service']);

  await checkbox(page, 'new-sectors').click();
  await expectAreaParam(page, 'service');
  await expectShown(page, ['service']);

  await page.goBack();
  await expectAreaParam(page, 'new-sectors,service');
  await expectShown(page, ['new-sectors', 'service']);

  await page.goBack();
  await expectAreaParam(page, null);
  await expectShown(page, ['new-sectors', 'governance', 'service']);

  await page.goForward();
  await expectAreaParam(page, 'new-sectors,service');
  await expectShown(page, ['new-sectors', 'service']);

  await checkbox(page, 'governance').click();
  await expectAreaParam(page, null);
  await expectShown(page, ['new-sectors', 'governance', 'service']);
  await changes.scrollIntoViewIfNeeded();
  await expect(changes.getByRole('application', { name: /^党建引领基层治理 / })).toBeVisible();
});

test('the last ticked area cannot be unticked', async ({ page }) => {
  await openWithMockApi(page, '/?area=governance', '/api/areas');
  await expectShown(page, ['governance']);

  const last = checkbox(page, 'governance');
  await expect(last).toBeDisabled();
  await expect(last).toHaveAccessibleDescription('至少保留一个板块');
  // aria-disabled keeps it focusable, so a keyboard user can still try.
  await last.focus();
  await page.keyboard.press('Space');
  await expectShown(page, ['governance']);
  await expectAreaParam(page, 'governance');
});

test('a shared link opens with its areas, in either order', async ({ page }) => {
  await openWithMockApi(page, '/?area=service,governance', '/api/areas');
  await expectShown(page, ['governance', 'service']);
});

test('an unknown area in the URL falls back to all three areas, and the filter says so', async ({ page }) => {
  await openWithMockApi(page, '/?area=bogus', '/api/areas');
  await expectShown(page, ['new-sectors', 'governance', 'service']);
  await expect(kpi(page, '村(社区)内外部挂牌总数')).toBeVisible();
  await expect(page.getByRole('group', { name: '按工作板块筛选' })).toContainText('链接中的“bogus”不是本看板的板块，现显示全部板块。');
});
