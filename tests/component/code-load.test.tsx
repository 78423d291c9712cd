import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as BarChartModule from '../../src/components/charts/bar-chart';
import { page } from '../../src/components/ui/error-boundary';
import { renderRoute } from '../test-utils';

// The plaques chart of /governance fails as a chart whose code the network lost does: React.lazy
// throws the failed import's error where the chart renders.
vi.mock('../../src/components/charts/bar-chart', async (importOriginal) => {
  const original = await importOriginal<typeof BarChartModule>();
  return {
    ...original,
    HorizontalBarChart: (props: Parameters<typeof original.HorizontalBarChart>[0]) => {
      if (props.rows.some((row) => row.id === 'plaques-total')) {
        throw new TypeError('Failed to fetch dynamically imported module: https://example.gov.cn/assets/bar-chart.js');
      }
      return original.HorizontalBarChart(props);
    },
  };
});

describe('a part whose code could not be loaded', () => {
  it('says so, and Retry reloads the page, since the browser would not fetch that code again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => {});
    const { user } = renderRoute('/governance');
    const charts = within(await screen.findByRole('region', { name: '图表' }));
    const failed = await charts.findByRole('alert', {}, { timeout: 5000 });
    expect(failed).toHaveTextContent('这一部分的程序未能从网络加载');

    await user.click(within(failed).getByRole('button', { name: '重试' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
