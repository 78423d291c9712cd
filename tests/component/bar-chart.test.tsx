import type { ComponentProps } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import type * as Recharts from 'recharts';
import { describe, expect, it, vi } from 'vitest';
import { HorizontalBarChart } from '../../src/components/charts/bar-chart';
import type { ChartRow, ChartSeries } from '../../src/components/charts/chart-types';
import { renderRoute } from '../test-utils';

// The value axis as the chart's root renders it, and the root itself: counted, then drawn by Recharts as usual.
const valueAxisRenders = vi.hoisted(() => ({ count: 0 }));
const rootRenders = vi.hoisted(() => ({ count: 0, labelledBy: [] as (string | undefined)[] }));
vi.mock('recharts', async (importOriginal) => {
  const original = await importOriginal<typeof Recharts>();
  const XAxis = (props: Recharts.XAxisProps) => {
    valueAxisRenders.count += 1;
    return <original.XAxis {...props} />;
  };
  const BarChart = (props: ComponentProps<typeof Recharts.BarChart>) => {
    rootRenders.count += 1;
    rootRenders.labelledBy.push((props as { 'aria-labelledby'?: string })['aria-labelledby']);
    return <original.BarChart {...props} />;
  };
  return { ...original, XAxis, BarChart };
});

const series: ChartSeries<'value'>[] = [{ key: 'value', label: '个', color: 'count' }];
const row = (id: string, label: string, value: number): ChartRow<'value'> => ({ id, label, value, text: { value: `${value} 个` } });
const formatTick = (value: number) => String(value);

/** The overview, its comparison chart drawn: every area's part, each with its bars' values. */
async function overviewWithChartDrawn() {
  const { user } = renderRoute('/');
  const chart = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
  // The part of 新兴领域党建: the bar of 行业党委 (+25%), its one figure in the chart.
  const drawing = await chart.findByRole('application', { name: /新兴领域党建/ });
  await waitFor(() => expect(within(drawing).getByText('+25%（推算）')).toBeInTheDocument());
  // The parts draw one at a time: 党建引领基层治理's too.
  const other = await chart.findByRole('application', { name: /党建引领基层治理/ });
  await waitFor(() => expect(within(other).getByText('−54.9%')).toBeInTheDocument());
  return { user, chart, drawing, other };
}

/** Whether the element was still in the document, and hidden, when an <h1> starting with `name` first showed; and the document's title then. */
function whenHeadingShows(name: string, element: Element) {
  return new Promise<{ connected: boolean; hidden: boolean; title: string }>((resolve) => {
    const observer = new MutationObserver(() => {
      const headings = [...document.querySelectorAll('h1')];
      if (!headings.some((heading) => heading.textContent?.startsWith(name) && !heading.closest('[hidden]'))) return;
      observer.disconnect();
      resolve({ connected: element.isConnected, hidden: element.closest('[hidden]') !== null, title: document.title });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

describe('a chart given new rows', () => {
  it('draws new rows without redrawing its axes from the chart root', async () => {
    const rows = [row('a', '村(社区)', 464), row('b', '党总支', 105)];
    const { rerender } = render(<HorizontalBarChart rows={rows} series={series} formatTick={formatTick} width={640} />);
    expect(await screen.findByText('464 个')).toBeInTheDocument();
    const before = valueAxisRenders.count;

    rerender(<HorizontalBarChart rows={[...rows, row('c', '小区党组织', 422)]} series={series} formatTick={formatTick} width={640} />);

    expect(await screen.findByText('422 个')).toBeInTheDocument();
    expect(screen.getByText('小区党组织')).toBeInTheDocument();
    expect(valueAxisRenders.count - before).toBe(0);
  });

  it('follows the overview filter by hiding and showing an area’s part, drawing nothing', async () => {
    const { user, chart, drawing, other } = await overviewWithChartDrawn();
    const part = () => chart.queryByRole('application', { name: /新兴领域党建/ });
    const before = { axes: valueAxisRenders.count, roots: rootRenders.count };

    const filter = within(screen.getByRole('group', { name: '按工作板块筛选' }));
    await user.click(filter.getByRole('checkbox', { name: '新兴领域党建' }));
    await waitFor(() => expect(part()).toBeNull());
    expect(chart.getByText('+25%（推算）')).not.toBeVisible();
    expect(chart.getByRole('heading', { name: /^党建引领基层治理/ })).toBeVisible();
    // Down to 凝聚服务群众 alone, which has no change to chart, and back: the figure stays, hidden.
    await user.click(filter.getByRole('checkbox', { name: '党建引领基层治理' }));
    expect(await screen.findByText(/报告均未给出“此前”值，没有可比的变化幅度/)).toBeVisible();
    expect(screen.queryByRole('figure', { name: /^前后对比变化幅度/ })).not.toBeInTheDocument();
    await user.click(filter.getByRole('checkbox', { name: '党建引领基层治理' }));
    await waitFor(() => expect(chart.getByRole('application', { name: /党建引领基层治理/ })).toBe(other));
    await user.click(filter.getByRole('checkbox', { name: '新兴领域党建' }));
    await waitFor(() => expect(part()).not.toBeNull());

    // The same drawing is shown again, with its bar; no chart, nor its axis, was drawn anew on the way.
    expect(part()).toBe(drawing);
    expect(within(drawing).getByText('+25%（推算）')).toBeVisible();
    expect(valueAxisRenders.count - before.axes).toBe(0);
    expect(rootRenders.count - before.roots).toBe(0);
  });
});

describe('a drawn chart on the page left behind', () => {
  it('stays, hidden and not drawn again, until the page opened from the overview is shown, then goes', async () => {
    const { user, drawing } = await overviewWithChartDrawn();
    const before = rootRenders.count;
    // The page opened draws charts of its own meanwhile: only this drawing's root renders count here.
    const rendersOfDrawing = () => rootRenders.labelledBy.slice(before).filter((ids) => ids === drawing.getAttribute('aria-labelledby')).length;
    const shown = whenHeadingShows('党建引领基层治理', drawing);

    await user.click(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '党建引领基层治理' }));

    // Taken down after the new page's frame, not in the commit that shows that page, which has the new
    // page's title.
    expect(await shown).toEqual({ connected: true, hidden: true, title: '党建引领基层治理 · 海口社会工作看板' });
    expect(screen.getByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toBeVisible();
    expect(screen.queryByRole('heading', { level: 1, name: /2024年工作总览/ })).not.toBeInTheDocument();
    await waitFor(() => expect(drawing.isConnected).toBe(false));
    expect(screen.queryByText('+25%（推算）')).not.toBeInTheDocument();
    expect(rendersOfDrawing()).toBe(0);
  });
});

describe('the value axis', () => {
  it('runs from 0 in round steps past the largest value', async () => {
    const rows = [row('a', '领导干部接访下访（人次）', 3715), row('b', '领导干部接访下访（批次）', 1020), row('c', '预防化解信访问题', 457)];
    render(<HorizontalBarChart rows={rows} series={series} formatTick={formatTick} width={640} />);
    expect(await screen.findByText('3715 个')).toBeInTheDocument();
    // The axis' labels are the drawing's bare numbers: a bar's value carries its unit.
    const numbers = within(screen.getByRole('application')).getAllByText(/^\d+$/);
    expect(numbers.map((label) => label.textContent)).toEqual(['0', '1000', '2000', '3000', '4000']);
  });
});
