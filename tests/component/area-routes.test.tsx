import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdFrames, renderRoute } from '../test-utils';

/** A figure card in the page's "数据一览" section (charts have headings of the same names). */
function card(name: RegExp | string) {
  const figures = within(screen.getByRole('region', { name: '数据一览' }));
  const heading = figures.getByRole('heading', { level: 3, name });
  const article = heading.closest('article');
  if (!article) throw new Error(`No figure card for ${String(name)}`);
  return within(article);
}

/** Waits until the route shows all it has: its parts come a frame apart, the milestones last. */
async function pageShown() {
  await screen.findByRole('region', { name: '大事记与荣誉' });
}

describe('the governance route', () => {
  it('shows each before/after pair with its computed change', async () => {
    renderRoute('/governance');
    expect(await screen.findByRole('heading', { level: 1, name: /党建引领基层治理/ })).toBeVisible();
    await pageShown();

    const plaques = card(/^村\(社区\)内外部挂牌总数/);
    expect(plaques.getByText('4,272')).toBeVisible();
    expect(plaques.getByText(/此前\s*9,472/)).toBeVisible();
    expect(plaques.getByText('变化（计算值） −54.9%')).toBeVisible();
    expect(card(/^内部挂牌平均数/).getByText('变化（计算值） −50%')).toBeVisible();
    expect(card(/^平均出具证明事项/).getByText('变化（计算值） −58.3%')).toBeVisible();
  });

  it('shows lower bounds as lower bounds', async () => {
    renderRoute('/governance');
    await pageShown();
    expect(card(/^小区党建工作指导员/).getByText('4,000+')).toBeVisible();
    expect(card(/^党员楼栋长/).getByText('3,000+')).toBeVisible();
    expect(card(/^党员楼栋长/).getByText(/即不少于此数/)).toBeVisible();
  });

  it('marks what was set up in 2024, with no invented before value or percentage', async () => {
    renderRoute('/governance');
    await pageShown();
    const grid = card(/^社区网格党组织/);
    expect(grid.getByText('1,575')).toBeVisible();
    expect(grid.getByText('2024年新成立')).toBeVisible();
    // The report gives the number set up, not how many there were before.
    expect(grid.queryByText(/此前|变化/)).not.toBeInTheDocument();
  });

  it('shows the source sentence of a figure on demand, from the keyboard', async () => {
    const { user } = renderRoute('/governance');
    await pageShown();
    const toggle = card(/^村\(社区\)内外部挂牌总数/).getByRole('button', { name: '查看原文出处：村(社区)内外部挂牌总数' });
    const quote = /清理规范内外部挂牌总数9472块减至4272块/;
    // Closed, the sentence is not on the page at all (the disclosure builds its content when opened).
    expect(card(/^村\(社区\)内外部挂牌总数/).queryByText(quote)).toBeNull();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(card(/^村\(社区\)内外部挂牌总数/).getByText(quote)).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('names each source toggle after what it is the source of, so a list of the buttons tells them apart', async () => {
    renderRoute('/governance?lang=en');
    await screen.findByRole('heading', { level: 1 });
    const names: string[] = [];
    const toggles = await screen.findAllByRole('button', {
      name: (name) => name.startsWith('Show source sentence: ') && names.push(name) > 0,
    });
    expect(names).toContain('Show source sentence: Plaques on villages/communities, inside and out');
    expect(new Set(names).size).toBe(names.length);
    // The visible label stays short; the rest is for screen readers.
    expect(screen.getAllByText('Show source sentence', { exact: true })).toHaveLength(toggles.length);
  });

  it('shows the 2014 typo corrected, with a note', async () => {
    const { user } = renderRoute('/governance');
    const milestones = within(await screen.findByRole('region', { name: '大事记与荣誉' }));
    const talk = milestones.getAllByRole('listitem').find((item) => item.textContent?.includes('经验交流'));
    if (!talk) throw new Error('no milestone for the provincial talk');
    expect(within(talk).getByText('2024年12月')).toBeVisible();
    // Chinese first, with English beside it, as every other label.
    expect(within(talk).getByText(/^Experience talk at the provincial social work conference/)).toHaveAttribute('lang', 'en');
    await user.click(within(talk).getByRole('button', { name: /^查看原文出处：/ }));
    expect(within(talk).getByText(/原文作“2014年12月”，系笔误/)).toBeVisible();
  });

  it('gives a milestone no year where the report gives none', async () => {
    renderRoute('/governance');
    const milestones = within(await screen.findByRole('region', { name: '大事记与荣誉' }));
    const guilin = milestones.getAllByRole('listitem').find((item) => item.textContent?.includes('六社联动'));
    if (!guilin) throw new Error('no milestone for Guilin community');
    expect(within(guilin).getByText('自组建以来')).toBeVisible();
    expect(within(guilin).queryByText(/2024/)).not.toBeInTheDocument();
  });

  it('names each chart and summarises it in a sentence', async () => {
    renderRoute('/governance');
    const chart = await screen.findByRole('figure', { name: /^村\(社区\)内外部挂牌总数 Plaques/ });
    expect(chart).toHaveAccessibleDescription('村(社区)内外部挂牌总数由9,472块减至4,272块，下降54.9%。百分比据报告数字计算。');
  });
});

describe('the new-sectors route', () => {
  it('shows the derived industry committees 8 → 10, +25%, and says how it is derived', async () => {
    renderRoute('/new-sectors');
    await pageShown();
    const committees = card(/^行业党委/);
    expect(committees.getByText('10')).toBeVisible();
    expect(committees.getByText('此前 8（推算） → 2024年 10 个')).toBeVisible();
    expect(committees.getByText('变化（计算值） +25%（推算）')).toBeVisible();
    expect(committees.getByText('推算')).toBeVisible();
    expect(card(/^党的工作覆盖/).getByText('4,954')).toBeVisible();
  });
});

describe('the service route', () => {
  it('shows 80万+ with its exact form, the five declines without numbers, and no chart of unlike units', async () => {
    renderRoute('/service');
    await pageShown();
    const hotline = card(/^发现处置12345办件/);
    expect(hotline.getByText('80万+')).toBeVisible();
    expect(hotline.getByText('(800,000+ 件)')).toBeVisible();
    expect(card(/^处置矛盾纠纷/).getByText('19,941')).toBeVisible();
    expect(card(/^志愿服务惠及群众/).getByText('7万')).toBeVisible();
    // The report writes 300000积分 in digits, so it is not restated as 30万.
    const points = card(/^兑换积分/);
    expect(points.getByText('300,000')).toBeVisible();
    expect(points.queryByText(/万/)).toBeNull();

    const declines = within(screen.getByRole('region', { name: /五下降/ }));
    const items = declines.getAllByRole('listitem');
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(within(item).getByText('下降')).toBeVisible();
      expect(item.textContent).not.toMatch(/\d/);
    }
    // Its figures are in seven units: none shares an axis, and the page says why it has no charts.
    const charts = screen.getByRole('region', { name: '图表' });
    expect(charts).toHaveTextContent('单位不同或不宜相互比较');
    expect(within(charts).queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('button', { name: /导出本页全部图表/ })).toBeNull();
  });
});

describe('an area page shown in frames', () => {
  it('brings its charts in the frame after the cards when every card is on the first screen', async () => {
    const drawFrame = holdFrames();
    renderRoute('/new-sectors');
    await screen.findByRole('region', { name: '数据一览' });
    expect(screen.queryByRole('region', { name: '图表' })).toBeNull();

    await drawFrame();
    expect(screen.getByRole('region', { name: '图表' })).toBeVisible();
  });

  it('brings the rest of its cards first when there are more than the first screen holds', async () => {
    const drawFrame = holdFrames();
    renderRoute('/governance');
    const figures = await screen.findByRole('region', { name: '数据一览' });
    expect(within(figures).getAllByRole('article')).toHaveLength(8);

    await drawFrame();
    expect(within(figures).getAllByRole('article')).toHaveLength(12);
    expect(screen.queryByRole('region', { name: '图表' })).toBeNull();

    await drawFrame();
    expect(screen.getByRole('region', { name: '图表' })).toBeVisible();
  });

  it('brings its chart cards one a frame', async () => {
    const drawFrame = holdFrames();
    renderRoute('/governance');
    await screen.findByRole('region', { name: '数据一览' });
    await drawFrame();
    await drawFrame();
    const charts = screen.getByRole('region', { name: '图表' });
    expect(within(charts).getAllByRole('figure')).toHaveLength(1);

    await drawFrame();
    expect(within(charts).getAllByRole('figure')).toHaveLength(2);
    await drawFrame();
    expect(within(charts).getAllByRole('figure')).toHaveLength(3);
  });
});
