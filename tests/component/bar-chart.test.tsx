import type { ComponentProps } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import type * as Recharts from 'recharts';
import { describe, expect, it, vi } from 'vitest';
import { HorizontalBarChart } from '../../src/components/charts/bar-chart';
import type { ChartRow, ChartSeries } from '../../src/components/charts/chart-types';
import { renderRoute } from '../test-utils';

// The value axis as the chart's root renders it, and the root itself: counted, then drawn by Recharts as usual.
const valueAxisRenders = vi.hoisted(() => ({ count: 0 }));
const rootRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('recharts', async (importOriginal) => {
  const original = await importOriginal<typeof Recharts>();
  const XAxis = (props: Recharts.XAxisProps) => {
    valueAxisRenders.count += 1;
    return <original.XAxis {...props} />;
  };
  const BarChart = (props: ComponentProps<typeof Recharts.BarChart>) => {
    rootRenders.count += 1;
    return <original.BarChart {...props} />;
  };
  return { ...original, XAxis, BarChart };
});

const series: ChartSeries<'value'>[] = [{ key: 'value', label: '个', color: 'count' }];
const row = (id: string, label: string, value: number): ChartRow<'value'> => ({ id, label, value, text: { value: `${value} 个` } });
const formatTick = (value: number) => String(value);

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
    const { user } = renderRoute('/');
    const chart = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
    // The part of 新兴领域党建: the bar of 行业党委 (+25%), its one figure in the chart, drawn with its value.
    const part = () => chart.queryByRole('application', { name: /新兴领域党建/ });
    const drawing = await chart.findByRole('application', { name: /新兴领域党建/ });
    await waitFor(() => expect(within(drawing).getByText('+25%（推算）')).toBeInTheDocument());
    // Every area's part drawn (one at a time) before counting: 党建引领基层治理's, with its bars' values.
    const other = await chart.findByRole('application', { name: /党建引领基层治理/ });
    await waitFor(() => expect(within(other).getByText('−54.9%')).toBeInTheDocument());
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
