import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, holdFrames, renderRoute } from '../test-utils';

const AREA_HEADINGS = [/^新兴领域党建/, /^党建引领基层治理/, /^凝聚服务群众/];

/** The areas whose sections are on the page now. */
function shownAreas() {
  return AREA_HEADINGS.filter((name) => screen.queryByRole('heading', { level: 2, name }));
}

/** The areas shown once the page is all there (its chart of changes comes last). */
async function areaSections() {
  await screen.findByRole('figure', { name: /^前后对比变化幅度/ });
  return shownAreas();
}

describe('the overview', () => {
  it('shows every work area with its headline figures and a link to it', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' })).toBeVisible();
    expect(await areaSections()).toHaveLength(3);
    const governance = within(screen.getByRole('region', { name: /^党建引领基层治理/ }));
    expect(governance.getAllByText('4,272').length).toBeGreaterThan(0);
    expect(governance.getByRole('link', { name: /查看党建引领基层治理详情/ })).toHaveAttribute('href', '/governance');
  });

  it('charts the computed change of every before/after figure', async () => {
    renderRoute('/');
    const chart = await screen.findByRole('figure', { name: /^前后对比变化幅度/ });
    expect(chart).toHaveAccessibleDescription(/行业党委由8个（推算）增至10个，增长25%（推算）/);
    expect(chart).toHaveAccessibleDescription(/下降54\.9%.*下降50%.*下降58\.3%/);
  });

  it('puts the table of changes in groups under each work area’s name', async () => {
    const { user } = renderRoute('/');
    const chart = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
    await user.click(chart.getByRole('button', { name: '以表格查看' }));
    const [head, ...groups] = within(chart.getByRole('table')).getAllByRole('rowgroup');
    expect(within(head).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['项目', '此前', '2024年', '变化（计算值）', '单位']);
    // Each group's first header is its area's name, then its figures'.
    expect(groups.map((group) => within(group).getAllByRole('rowheader').map((cell) => cell.textContent))).toEqual([
      ['新兴领域党建', '行业党委'],
      ['党建引领基层治理', '村(社区)内外部挂牌总数', '内部挂牌平均数', '平均出具证明事项'],
    ]);
  });

  it('filters by work area and keeps the filter in the URL', async () => {
    const { user, router } = renderRoute('/');
    const filter = within(await screen.findByRole('group', { name: '按工作板块筛选' }));
    // The selection shows at once; the URL follows with the router's navigation, a transition.
    const expectUrl = (url: string) => waitFor(() => expect(currentUrl(router)).toBe(url));
    await user.click(filter.getByRole('checkbox', { name: '新兴领域党建' }));
    await expectUrl('/?area=governance%2Cservice');
    expect(await areaSections()).toEqual([AREA_HEADINGS[1], AREA_HEADINGS[2]]);

    await user.click(filter.getByRole('checkbox', { name: '凝聚服务群众' }));
    await expectUrl('/?area=governance');
    expect(filter.getByRole('checkbox', { name: '党建引领基层治理' })).toBeChecked();
    expect(filter.getByRole('checkbox', { name: '凝聚服务群众' })).not.toBeChecked();

    await user.click(filter.getByRole('checkbox', { name: '新兴领域党建' }));
    await user.click(filter.getByRole('checkbox', { name: '凝聚服务群众' }));
    await expectUrl('/');
    expect(await areaSections()).toHaveLength(3);
  });

  it('says what a link asked for that is no area, as plain text, until the filter is changed', async () => {
    const { user } = renderRoute('/?area=governance,<b>treasury</b>');
    expect(await areaSections()).toEqual([AREA_HEADINGS[1]]);
    const filter = screen.getByRole('group', { name: '按工作板块筛选' });
    expect(filter).toHaveTextContent('链接中的“<b>treasury</b>”不是本看板的板块，已略去。');
    expect(filter.querySelector('b')).toBeNull();

    await user.click(within(filter).getByRole('checkbox', { name: '凝聚服务群众' }));
    expect(await areaSections()).toEqual([AREA_HEADINGS[1], AREA_HEADINGS[2]]);
    await waitFor(() => expect(filter).not.toHaveTextContent('不是本看板的板块'));
  });

  it('says a value was left out, not that it fell back, when the link named every area besides', async () => {
    renderRoute('/?area=new-sectors,governance,service,treasury');
    expect(await areaSections()).toHaveLength(3);
    expect(screen.getByRole('group', { name: '按工作板块筛选' })).toHaveTextContent('链接中的“treasury”不是本看板的板块，已略去。');
  });

  it('shows every area when a link names none, and says why', async () => {
    // "$$" stays as typed: a replacement pattern in the message is not one in the link.
    renderRoute('/?area=finance，TREASURY,a$$b');
    expect(await areaSections()).toHaveLength(3);
    expect(screen.getByRole('group', { name: '按工作板块筛选' })).toHaveTextContent('链接中的“finance”、“TREASURY”、“a$$b”不是本看板的板块，现显示全部板块。');
  });

  it('restores the filter from a shared link, and from going back', async () => {
    const { user, router } = renderRoute('/?area=governance');
    expect(await areaSections()).toEqual([AREA_HEADINGS[1]]);
    await user.click(screen.getByRole('checkbox', { name: '凝聚服务群众' }));
    expect(await areaSections()).toEqual([AREA_HEADINGS[1], AREA_HEADINGS[2]]);
    // Going back returns to the entry before the change, once the change has its own entry.
    await waitFor(() => expect(currentUrl(router)).toBe('/?area=governance%2Cservice'));
    router.back();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: AREA_HEADINGS[2] })).not.toBeInTheDocument());
    expect(await areaSections()).toEqual([AREA_HEADINGS[1]]);
    expect(screen.getByRole('checkbox', { name: '凝聚服务群众' })).not.toBeChecked();
  });

  it('goes back to the selection before a change, even right after it', async () => {
    const { user, router } = renderRoute('/?area=governance');
    await areaSections();
    await user.click(screen.getByRole('checkbox', { name: '凝聚服务群众' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?area=governance%2Cservice'));

    await user.click(screen.getByRole('checkbox', { name: '新兴领域党建' }));
    router.back();

    await waitFor(() => expect(currentUrl(router)).toBe('/?area=governance%2Cservice'));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    expect(currentUrl(router)).toBe('/?area=governance%2Cservice');
    expect(await areaSections()).toEqual([AREA_HEADINGS[1], AREA_HEADINGS[2]]);
  });

  it('says there is no change to compare where the selected areas have no before values', async () => {
    renderRoute('/?area=service');
    expect(await screen.findByRole('heading', { level: 2, name: AREA_HEADINGS[2] })).toBeVisible();
    expect(await screen.findByText(/报告均未给出“此前”值，没有可比的变化幅度/)).toBeVisible();
    expect(screen.queryByRole('figure', { name: /^前后对比变化幅度/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导出本页全部图表/ })).not.toBeInTheDocument();
  });

  it('keeps at least one area: the last one checked cannot be unchecked', async () => {
    const { user, router } = renderRoute('/?area=service');
    const last = await screen.findByRole('checkbox', { name: '凝聚服务群众' });
    await user.click(last);
    expect(last).toBeChecked();
    expect(last).toHaveAccessibleDescription('至少保留一个板块');
    // A change would reach the URL with the router's navigation: wait past a frame before looking.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(currentUrl(router)).toBe('/?area=service');
  });

  it('reads the areas of a typed or pasted URL: any case, the param given twice', async () => {
    renderRoute('/?area=GOVERNANCE&area=service');
    expect(await screen.findByRole('checkbox', { name: '党建引领基层治理' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '凝聚服务群众' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '新兴领域党建' })).not.toBeChecked();
    expect(await areaSections()).toHaveLength(2);
  });

  it.each(['bogus', '', 'governance;service', '<img src=x>'])('falls back to all areas for ?area=%s', async (value) => {
    renderRoute(`/?area=${encodeURIComponent(value)}`);
    expect(await areaSections()).toHaveLength(3);
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeChecked();
  });
});

describe('the overview shown in frames', () => {
  it('brings its areas one a frame, then the chart of their changes', async () => {
    const drawFrame = holdFrames();
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 2, name: AREA_HEADINGS[0] })).toBeVisible();
    expect(shownAreas()).toEqual([AREA_HEADINGS[0]]);

    await drawFrame();
    expect(shownAreas()).toEqual([AREA_HEADINGS[0], AREA_HEADINGS[1]]);
    await drawFrame();
    expect(shownAreas()).toEqual(AREA_HEADINGS);
    expect(screen.queryByRole('figure', { name: /^前后对比变化幅度/ })).toBeNull();
    await drawFrame();
    expect(screen.getByRole('figure', { name: /^前后对比变化幅度/ })).toBeVisible();
  });
});
