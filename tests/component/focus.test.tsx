import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError } from '../../src/api/errors';
import { ErrorPanel } from '../../src/components/ui/error-panel';
import { saveBlob } from '../../src/features/export/download';
import { I18nProvider } from '../../src/i18n/i18n';
import { gate, renderRoute } from '../test-utils';

// jsdom can neither draw a PNG nor download a file: the PNG is drawn once the test opens `drawing`,
// and the download is recorded.
const drawing = vi.hoisted(() => ({ current: { opened: Promise.resolve(), open: () => {} } }));
vi.mock('../../src/features/export/rasterize', () => ({
  rasterize: async () => {
    await drawing.current.opened;
    return new Blob(['png'], { type: 'image/png' });
  },
}));
vi.mock('../../src/features/export/download', () => ({ saveBlob: vi.fn() }));

/** The change chart's drawing on the overview, once its bars are drawn (only a drawn chart exports). */
async function drawnChangeChart() {
  const figure = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
  await waitFor(() => expect(within(figure.getByRole('application', { name: /新兴领域党建/ })).getByText(/^\+25%/)).toBeInTheDocument());
}

describe('a button that starts something slow', () => {
  it('keeps the focus of whoever pressed it, while busy and after: a chart’s PNG download', async () => {
    drawing.current = gate();
    vi.mocked(saveBlob).mockClear();
    const { user } = renderRoute('/');
    await drawnChangeChart();
    const png = screen.getByRole('button', { name: /^下载 PNG（前后对比变化幅度/ });

    await user.click(png);
    expect(png).toHaveFocus();
    expect(png).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(png).toHaveFocus();

    drawing.current.open();
    const group = within(screen.getByRole('group', { name: /^导出图表：前后对比变化幅度/ }));
    await waitFor(() => expect(group.getByRole('status')).toHaveTextContent(/^已导出 .*\.png$/));
    expect(png).toHaveFocus();
    expect(png).not.toHaveAttribute('aria-disabled', 'true');
    // Pressed twice while busy, it downloaded once.
    expect(saveBlob).toHaveBeenCalledTimes(1);
  });

  it('keeps the focus of whoever pressed it, while busy and after: export all', async () => {
    drawing.current = gate();
    const { user } = renderRoute('/');
    await drawnChangeChart();
    const exportAll = screen.getByRole('button', { name: '导出本页全部图表（ZIP）' });

    await user.click(exportAll);
    expect(await screen.findByText('正在导出…')).toBeInTheDocument();
    expect(exportAll).toHaveFocus();
    expect(exportAll).toHaveAttribute('aria-disabled', 'true');

    drawing.current.open();
    expect(await screen.findByText(/^已导出 .*\.zip$/)).toBeInTheDocument();
    expect(exportAll).toHaveFocus();
    expect(exportAll).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps the focus of whoever pressed it, while busy and after: Retry that fails again', async () => {
    const answer = gate();
    const retries = vi.fn();
    // As a query panel uses it: Retry refetches, and the panel stays, busy, until the answer comes.
    function FailingPanel() {
      const [retrying, setRetrying] = useState(false);
      const retry = () => {
        retries();
        setRetrying(true);
        void answer.opened.then(() => setRetrying(false));
      };
      return <ErrorPanel error={new ApiError('server', 'HTTP 500')} onRetry={retry} retrying={retrying} />;
    }
    render(
      <MemoryRouter>
        <I18nProvider>
          <FailingPanel />
        </I18nProvider>
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const retry = within(screen.getByRole('alert')).getByRole('button', { name: '重试' });

    await user.click(retry);
    expect(retry).toHaveFocus();
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(retries).toHaveBeenCalledTimes(1);

    answer.open();
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled', 'true'));
    expect(retry).toHaveFocus();
  });
});

describe('a route change', () => {
  it('moves the focus to the new page’s heading, and a first load does not', async () => {
    const { user, router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' })).toBeVisible();
    await screen.findByRole('figure', { name: /^前后对比变化幅度/ });
    expect(document.body).toHaveFocus();

    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    await user.click(nav.getByRole('link', { name: '党建引领基层治理' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /^党建引领基层治理/ });
    await waitFor(() => expect(heading).toHaveFocus());

    router.back();
    const overview = await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' });
    await waitFor(() => expect(overview).toHaveFocus());
  });

  it('gives a page opened again before it was taken down its title back, and its heading the focus', async () => {
    const { user, router } = renderRoute('/');
    const first = await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' });
    await screen.findByRole('figure', { name: /^前后对比变化幅度/ });
    // No frame is drawn from here on, so the overview, left, is not taken down (src/app/page-switch.tsx).
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    onTestFinished(() => {
      vi.restoreAllMocks();
    });

    await user.click(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '党建引领基层治理' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toHaveFocus());
    router.back();

    const overview = await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' });
    // The same heading, shown again: the overview had not been taken down yet.
    expect(overview).toBe(first);
    await waitFor(() => expect(overview).toHaveFocus());
    expect(document.title).toMatch(/^2024年工作总览/);
  });

  it('moves the focus to the heading of the area a “查看…详情” link opens', async () => {
    const { user } = renderRoute('/');
    await user.click(await screen.findByRole('link', { name: /查看凝聚服务群众详情/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: /^凝聚服务群众/ });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('leaves the focus where it is when only the query changes: the area filter', async () => {
    const { user, router } = renderRoute('/');
    const box = await screen.findByRole('checkbox', { name: '新兴领域党建' });
    await user.click(box);
    await waitFor(() => expect(router.url).toBe('/?area=governance%2Cservice'));
    expect(box).toHaveFocus();
  });
});
