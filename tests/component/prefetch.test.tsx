import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../test-utils';

const requested: string[] = [];
const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);

afterEach(() => {
  server.events.removeListener('request:start', record);
  requested.length = 0;
});

describe('switching routes', () => {
  it("loads the other routes' data once the page is idle, and a route switch renders it without a request", async () => {
    server.events.on('request:start', record);
    const { user } = renderRoute('/');
    await screen.findByRole('region', { name: /^新兴领域党建/ });

    await waitFor(() => expect(requested).toEqual(expect.arrayContaining(['/api/areas/new-sectors', '/api/areas/governance', '/api/areas/service'])));
    const before = requested.length;

    await user.click(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '党建引领基层治理' }));
    expect(await screen.findByRole('heading', { level: 1, name: /党建引领基层治理/ })).toBeVisible();
    expect(within(await screen.findByRole('region', { name: '数据一览' })).getAllByText('4,272').length).toBeGreaterThan(0);
    expect(requested.slice(before)).toEqual([]);
  });

  it('never refetches a failed request on its own: that stays with Retry', async () => {
    server.events.on('request:start', record);
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/api/areas/governance', () => HttpResponse.json({ message: 'down' }, { status: 500 }), { once: true }));
    renderRoute('/governance');
    expect(await screen.findByRole('button', { name: '重试' })).toBeVisible();

    await waitFor(() => expect(requested).toEqual(expect.arrayContaining(['/api/areas', '/api/areas/new-sectors', '/api/areas/service'])));
    expect(requested.filter((path) => path === '/api/areas/governance')).toHaveLength(1);
    expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
  });
});
