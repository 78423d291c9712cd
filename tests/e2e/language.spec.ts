import { MINUS, area, enHeading, zhHeading } from './areas';
import { expect, test } from './fixtures';
import { kpi, openWithMockApi } from './support';

test('the header button switches to English, and the choice is remembered', async ({ page }) => {
  await openWithMockApi(page, '/governance', '/api/areas/governance');
  await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('governance')), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('button', { name: '切换到英文 Switch to English' }).click();

  await expect(page).toHaveURL((url) => url.pathname === '/governance' && url.searchParams.get('lang') === 'en');
  await expect(page.getByRole('heading', { level: 1, name: enHeading(area('governance')), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Party-led grassroots governance · Haikou Social Work Dashboard');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Overview', exact: true })).toBeVisible();
  const plaques = kpi(page, 'Plaques on villages/communities, inside and out');
  await expect(plaques).toContainText('4,272 plaques');
  await expect(plaques).toContainText(`Change (computed) ${MINUS}54.9%`);

  // A later visit without ?lang= stays in English.
  await page.goto('/service');
  await expect(page.getByRole('heading', { level: 1, name: enHeading(area('service')), exact: true })).toBeVisible();
  await expect(kpi(page, '12345 hotline cases found and handled')).toContainText('800,000+ cases');

  await page.getByRole('button', { name: '切换到中文 Switch to Chinese' }).click();
  await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('service')), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('service')), exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '切换到英文 Switch to English' })).toBeVisible();
});

test('?lang=en opens the dashboard in English and stays there across the nav', async ({ page }) => {
  await openWithMockApi(page, '/service?lang=en', '/api/areas/service');

  await expect(page.getByRole('heading', { level: 1, name: enHeading(area('service')), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(kpi(page, 'Disputes handled')).toContainText('19,941 cases');
  const declines = page.getByRole('region', { name: 'Petitions: the "five declines"' });
  const items = declines.getByRole('listitem');
  await expect(items).toHaveCount(5);
  for (const item of await items.all()) await expect(item).toContainText('Down');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2024 at a glance 2024年工作总览', exact: true })).toBeVisible();
  const filter = page.getByRole('group', { name: 'Filter by work area' });
  await expect(filter.getByRole('checkbox')).toHaveCount(3);
  await expect(filter.getByRole('checkbox', { name: area('governance').en, exact: true })).toBeChecked();
});
