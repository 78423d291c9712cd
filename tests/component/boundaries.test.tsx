import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as BarChartModule from '../../src/components/charts/bar-chart';
import { renderRoute } from '../test-utils';

// One chart's drawing throws, as a bug in a chart would: the plaques chart of /governance.
vi.mock('../../src/components/charts/bar-chart', async (importOriginal) => {
  const original = await importOriginal<typeof BarChartModule>();
  return {
    ...original,
    HorizontalBarChart: (props: Parameters<typeof original.HorizontalBarChart>[0]) => {
      if (props.rows.some((row) => row.id === 'plaques-total')) throw new Error('chart bug');
      return original.HorizontalBarChart(props);
    },
  };
});

describe('a chart that fails to render', () => {
  it('shows its own error with a retry and leaves the other charts and figures working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = renderRoute('/governance');
    const charts = within(await screen.findByRole('region', { name: '图表' }));
    const failed = await charts.findByRole('alert', {}, { timeout: 5000 });
    expect(failed).toHaveTextContent('此部分无法显示');
    expect(within(failed).getByRole('button', { name: '重试' })).toBeEnabled();

    expect(charts.getByRole('figure', { name: /^每个村\(社区\)平均出具证明事项/ })).toBeVisible();
    expect(charts.getAllByRole('figure')).toHaveLength(5);
    const figures = within(screen.getByRole('region', { name: '数据一览' }));
    expect(figures.getByText('4,272')).toBeVisible();
    await user.click(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '凝聚服务群众' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^凝聚服务群众/ })).toBeVisible();
  });
});
