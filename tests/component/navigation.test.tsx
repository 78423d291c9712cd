import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clickInItsTask, currentUrl, renderRoute } from '../test-utils';

function nav() {
  return within(screen.getByRole('navigation', { name: '主导航' }));
}

describe('moving from one work area to another', () => {
  it('marks the link at once, and renders an area not prepared in the background, the page shown staying till then', async () => {
    renderRoute('/governance');
    const shown = await screen.findByRole('heading', { level: 1, name: /^党建引领基层治理/ });
    const link = nav().getByRole('link', { name: '新兴领域党建' });

    await clickInItsTask(link);

    expect(link).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([shown]);
    const heading = await screen.findByRole('heading', { level: 1, name: /^新兴领域党建/ });
    // The heading takes the focus in an effect of the commit that shows it, which can run after the check.
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('starts the next area afresh: a data table opened on the last one is not open on it', async () => {
    const { user } = renderRoute('/governance');
    await screen.findByRole('region', { name: '数据一览' });
    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));

    // Both areas have a chart of the Party organisations set up in 2024.
    const sectorsChart = within(await screen.findByRole('figure', { name: /^2024年新成立的党组织/ }));
    await user.click(sectorsChart.getByRole('button', { name: '以表格查看' }));
    expect(sectorsChart.getByRole('table')).toBeVisible();

    await user.click(nav().getByRole('link', { name: '党建引领基层治理' }));
    const governanceChart = within(await screen.findByRole('figure', { name: /^2024年新成立的基层党组织/ }));
    expect(governanceChart.getByRole('button', { name: '以表格查看' })).toHaveAttribute('aria-expanded', 'false');
    expect(governanceChart.queryByRole('table')).not.toBeInTheDocument();
  });

  it('starts the next area with the default PNG scale, not the one chosen on the last', async () => {
    const { user } = renderRoute('/governance');
    await screen.findByRole('region', { name: '数据一览' });
    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));
    await screen.findByRole('figure', { name: /^2024年新成立的党组织/ });
    const scale = screen.getByRole('combobox', { name: 'PNG 图片倍率' });
    const initial = (scale as HTMLSelectElement).value;
    await user.selectOptions(scale, '3');

    await user.click(nav().getByRole('link', { name: '党建引领基层治理' }));
    await screen.findByRole('figure', { name: /^2024年新成立的基层党组织/ });
    expect(screen.getByRole('combobox', { name: 'PNG 图片倍率' })).toHaveValue(initial);
  });
});

/**
 * /governance with its six charts drawn, and how many of those drawings are left: each time the
 * document changes (`left`), and when another page's first drawing comes (`atFirstNew`).
 */
async function governanceDrawn() {
  const { user } = renderRoute('/governance');
  await waitFor(() => expect(screen.getAllByRole('application')).toHaveLength(6), { timeout: 15_000 });
  const drawings: Element[] = screen.getAllByRole('application');
  const left: number[] = [];
  const seen = { atFirstNew: undefined as number | undefined };
  const observer = new MutationObserver(() => {
    const count = drawings.filter((drawing) => drawing.isConnected).length;
    if (count !== left.at(-1)) left.push(count);
    const fresh = [...document.querySelectorAll('[role="application"]')].some((drawing) => !drawings.includes(drawing));
    if (fresh) seen.atFirstNew ??= count;
  });
  observer.observe(document.body, { subtree: true, childList: true });
  /** Waits until every drawing is gone, then stops counting. */
  const allGone = async () => {
    await waitFor(() => expect(drawings.some((drawing) => drawing.isConnected)).toBe(false), { timeout: 15_000 });
    observer.disconnect();
  };
  return { user, left, seen, allGone };
}

describe('leaving an area whose charts are drawn', () => {
  it('shows the next area first, then takes the charts down one at a time', async () => {
    const { user, left, allGone } = await governanceDrawn();

    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^新兴领域党建/ })).toBeVisible();
    await allGone();

    // None went with the commit that showed the next area (6 were left then); then one per task.
    expect(left).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(screen.queryByRole('heading', { level: 1, name: /^党建引领基层治理/ })).not.toBeInTheDocument();
  });

  it('takes them down one at a time still when another area is opened before they are gone', async () => {
    const { user, left, allGone } = await governanceDrawn();

    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^新兴领域党建/ })).toBeVisible();
    await user.click(nav().getByRole('link', { name: '凝聚服务群众' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^凝聚服务群众/ })).toBeVisible();
    await allGone();

    expect(left).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('draws the next area’s charts before it takes the last one’s down', async () => {
    const { user, seen, allGone } = await governanceDrawn();

    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));
    const figure = await screen.findByRole('figure', { name: /^2024年新成立的党组织/ });
    await waitFor(() => expect(within(figure).getByRole('application')).toBeVisible(), { timeout: 15_000 });
    await allGone();

    expect(seen.atFirstNew).toBe(6);
  });

  it('draws the overview’s charts again when it is opened again after they were taken down', async () => {
    const { user } = renderRoute('/');
    const chart = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
    await waitFor(() => expect(chart.getAllByRole('application')).toHaveLength(2), { timeout: 15_000 });
    const drawings = chart.getAllByRole('application');

    await user.click(nav().getByRole('link', { name: '党建引领基层治理' }));
    await waitFor(() => expect(drawings.some((drawing) => drawing.isConnected)).toBe(false));
    await user.click(nav().getByRole('link', { name: '总览' }));

    expect(await screen.findByRole('heading', { level: 1, name: /2024年工作总览/ })).toBeVisible();
    const shownAgain = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
    await waitFor(() => expect(shownAgain.getAllByRole('application')).toHaveLength(2), { timeout: 15_000 });
  });
});

/** Storage blocked, as in private mode or by policy: only the URL can carry the language. */
function blockStorage() {
  const blocked = () => {
    throw new DOMException('Storage is blocked', 'SecurityError');
  };
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
}

describe('the language across the app’s own links', () => {
  it('stays English after a nav link is followed, with lang=en still in the URL', async () => {
    blockStorage();
    const { user, router } = renderRoute('/governance?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: /^Party-led grassroots governance/ })).toBeVisible();
    const links = within(screen.getByRole('navigation', { name: 'Main navigation' }));

    await user.click(links.getByRole('link', { name: 'Serving the masses' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Serving the masses/ })).toBeVisible();
    expect(currentUrl(router)).toBe('/service?lang=en');

    await user.click(links.getByRole('link', { name: 'Overview' }));
    expect(await screen.findByRole('heading', { level: 1, name: '2024 at a glance 2024年工作总览' })).toBeVisible();
    expect(currentUrl(router)).toBe('/?lang=en');
  });

  it('keeps the language, and not the overview’s area filter, when an area is opened from the overview', async () => {
    blockStorage();
    const { user, router } = renderRoute('/?area=service&lang=en');
    await user.click(await screen.findByRole('link', { name: /^Open Serving the masses/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Serving the masses/ })).toBeVisible();
    expect(currentUrl(router)).toBe('/service?lang=en');
    const links = within(screen.getByRole('navigation', { name: 'Main navigation' }));
    expect(links.getByRole('link', { name: 'New-sector Party building' })).toHaveAttribute('href', '/new-sectors?lang=en');
  });

  it('keeps the language on the way home from an unknown page', async () => {
    blockStorage();
    const { user, router } = renderRoute('/no-such-page?lang=en');
    await user.click(screen.getByRole('link', { name: 'Back to the overview' }));
    expect(await screen.findByRole('heading', { level: 1, name: '2024 at a glance 2024年工作总览' })).toBeVisible();
    expect(currentUrl(router)).toBe('/?lang=en');
  });

  it('opens the overview for /index.html, keeping the language and the filter', async () => {
    blockStorage();
    const { router } = renderRoute('/index.html?area=service&lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: '2024 at a glance 2024年工作总览' })).toBeVisible();
    expect(currentUrl(router)).toBe('/?area=service&lang=en');
    expect(screen.getByRole('checkbox', { name: 'Serving the masses' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Party-led grassroots governance' })).not.toBeChecked();
  });

  it('adds no language to links when the URL has none', async () => {
    renderRoute('/governance');
    await screen.findByRole('heading', { level: 1, name: /^党建引领基层治理/ });
    expect(nav().getByRole('link', { name: '凝聚服务群众' })).toHaveAttribute('href', '/service');
  });
});
