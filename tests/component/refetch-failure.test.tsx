import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../test-utils';

function plaquesFigure() {
  return within(screen.getByRole('region', { name: '数据一览' })).getByText('4,272');
}

describe('a failed update of figures already on screen', () => {
  it('keeps the figures, says the update failed, and clears the notice once Retry succeeds', async () => {
    const { user, queryClient } = renderRoute('/governance');
    await screen.findByRole('region', { name: '数据一览' });
    expect(plaquesFigure()).toBeVisible();

    // The figures are fetched again in the background (as when they have gone stale), and that fails.
    server.use(http.get('*/api/areas/governance', () => new HttpResponse(null, { status: 500 }), { once: true }));
    await act(() => queryClient.refetchQueries());

    const notice = await screen.findByRole('status', { name: /数据更新失败/ });
    expect(notice).toHaveTextContent('数据服务内部出错');
    expect(plaquesFigure()).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.queryByRole('status', { name: /数据更新失败/ })).not.toBeInTheDocument());
    expect(plaquesFigure()).toBeVisible();
  });

  it('keeps the figures and the notice, and the focus on Retry, when Retry fails too', async () => {
    const { user, queryClient } = renderRoute('/governance');
    await screen.findByRole('region', { name: '数据一览' });
    let failures = 0;
    server.use(
      http.get('*/api/areas/governance', () => {
        failures += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    await act(() => queryClient.refetchQueries());
    const notice = await screen.findByRole('status', { name: /数据更新失败/ });
    const retry = within(notice).getByRole('button', { name: '重试' });

    await user.click(retry);
    await waitFor(() => expect(failures).toBe(2));
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('status', { name: /数据更新失败/ })).toBe(notice);
    expect(retry).toHaveFocus();
    expect(plaquesFigure()).toBeVisible();
  });

  it('says so in English too', async () => {
    const { queryClient } = renderRoute('/governance?lang=en');
    await screen.findByRole('region', { name: 'Figures' });
    server.use(http.get('*/api/areas/governance', () => HttpResponse.error(), { once: true }));
    await act(() => queryClient.refetchQueries());

    const notice = await screen.findByRole('status', { name: /could not be updated/ });
    expect(within(notice).getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(within(screen.getByRole('region', { name: 'Figures' })).getByText('4,272')).toBeVisible();
  });
});

