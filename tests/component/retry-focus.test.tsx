import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { RetryButton } from '../../src/components/ui/error-panel';
import { FocusHome } from '../../src/components/ui/focus-home';
import { I18nProvider } from '../../src/i18n/i18n';
import { gate, renderRoute } from '../test-utils';

describe('Retry that brings the figures back', () => {
  // After a failed first load, the loading panel replaces Retry as soon as it is pressed; after a
  // failed update, Retry stays, busy, above the figures until the answer comes.
  it.each([
    ['the first load failed', 0, () => screen.findByText('正在加载数据…')],
    ['updating the figures failed', 1, () => screen.findByRole('button', { name: '重试' })],
  ])('hands its focus to the figures it brought, not to the top of the page: %s', async (_name, failAfter, whileLoading) => {
    const answer = gate();
    let requests = 0;
    server.use(
      http.get('*/api/areas/governance', async () => {
        requests += 1;
        if (requests === failAfter + 1) return new HttpResponse(null, { status: 500 });
        // The retry's answer waits until the test has looked at the page while it loads.
        if (requests > failAfter + 1) await answer.opened;
        return undefined;
      }),
    );
    // A failed update happens when the figures are fetched again in the background.
    const { user, queryClient } = renderRoute('/governance');
    if (failAfter > 0) {
      await screen.findByRole('heading', { name: '数据一览' });
      await queryClient.refetchQueries();
    }
    const heading = await screen.findByRole('heading', { level: 1 });
    const retry = await screen.findByRole('button', { name: '重试' });
    await user.click(retry);
    const loading = await whileLoading();
    expect(document.body).not.toHaveFocus();
    expect(document.activeElement).toContainElement(loading);
    expect(document.activeElement).not.toContainElement(heading);

    answer.open();
    await waitFor(() => expect(retry).not.toBeInTheDocument());
    const figures = await screen.findByRole('heading', { name: '数据一览' });
    expect(document.activeElement).toContainElement(figures);
    expect(document.activeElement).not.toContainElement(heading);
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^查看原文出处：/);
  });
});

describe('Retry that fails again', () => {
  it('after a failed first load, puts the focus on the new Retry, not on the panel', async () => {
    const answer = gate();
    let requests = 0;
    server.use(
      http.get('*/api/areas/governance', async () => {
        requests += 1;
        // The retry's answer waits until the test has seen the loading panel.
        if (requests === 2) await answer.opened;
        return requests <= 2 ? new HttpResponse(null, { status: 500 }) : undefined;
      }),
    );
    const { user } = renderRoute('/governance');
    const retry = await screen.findByRole('button', { name: '重试' });
    await user.click(retry);
    await screen.findByText('正在加载数据…');
    expect(document.body).not.toHaveFocus();

    answer.open();
    const again = await screen.findByRole('button', { name: '重试' });
    expect(again).not.toBe(retry);
    expect(again).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: '数据一览' })).toBeInTheDocument();
    expect(requests).toBe(3);
  });

  it('leaves the focus where it is when nothing handed it over: a panel clicked, then a Retry shown', async () => {
    function Panel({ failed }: { failed: boolean }) {
      return (
        <FocusHome>
          <p>数据一览</p>
          {failed && <RetryButton onRetry={() => {}} />}
        </FocusHome>
      );
    }
    const ui = (failed: boolean) => (
      <MemoryRouter>
        <I18nProvider>
          <Panel failed={failed} />
        </I18nProvider>
      </MemoryRouter>
    );
    const { rerender } = render(ui(false));
    await userEvent.setup().click(screen.getByText('数据一览'));
    const panel = document.activeElement;
    expect(panel).toContainElement(screen.getByText('数据一览'));

    rerender(ui(true));
    expect(screen.getByRole('button', { name: '重试' })).not.toHaveFocus();
    expect(panel).toHaveFocus();
  });
});

