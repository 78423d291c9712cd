import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../test-utils';

const requested: string[] = [];
const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);

afterEach(() => {
  server.events.removeListener('request:start', record);
  requested.length = 0;
});

const navLink = (name: string) => within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name });

describe('switching routes', () => {
  it("fetches an area's figures when its link is pointed at, and following it needs no further request", async () => {
    server.events.on('request:start', record);
    const { user } = renderRoute('/');
    // The overview shows its areas a frame apart: wait for the last, so no render
    // holds the pointer on the link longer than a pass.
    await screen.findByRole('region', { name: /^凝聚服务群众/ });
    // A pointer passing over a link is not intent.
    await user.hover(navLink('党建引领基层治理'));
    await user.unhover(navLink('党建引领基层治理'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested).not.toContain('/api/areas/governance');

    await user.hover(navLink('党建引领基层治理'));
    await waitFor(() => expect(requested).toContain('/api/areas/governance'));
    const before = requested.length;

    await user.click(navLink('党建引领基层治理'));
    expect(await screen.findByRole('heading', { level: 1, name: /党建引领基层治理/ })).toBeVisible();
    expect(within(await screen.findByRole('region', { name: '数据一览' })).getAllByText('4,272').length).toBeGreaterThan(0);
    expect(requested.slice(before)).toEqual([]);
  });

  it('never refetches a failed request on its own: that stays with Retry', async () => {
    server.events.on('request:start', record);
    server.use(http.get('*/api/areas/governance', () => HttpResponse.json({ message: 'down' }, { status: 500 }), { once: true }));
    const { user } = renderRoute('/governance');
    expect(await screen.findByRole('button', { name: '重试' })).toBeVisible();

    // The pointer rests on the failed area's link, then on another's, whose figures it fetches.
    await user.hover(navLink('党建引领基层治理'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await user.hover(navLink('凝聚服务群众'));
    await waitFor(() => expect(requested).toContain('/api/areas/service'));
    expect(requested.filter((path) => path === '/api/areas/governance')).toHaveLength(1);
    expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
  });
});
