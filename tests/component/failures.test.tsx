import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { REPORT } from '../../mocks/data';
import { areaDetailResponse } from '../../mocks/handlers/areas';
import { server } from '../../mocks/node';
import { currentUrl, renderRoute } from '../test-utils';

interface Route {
  url: string;
  endpoint: string;
  empty: () => JsonBodyType;
}

const ROUTES: Route[] = [
  { url: '/?area=governance,service', endpoint: '*/api/areas', empty: () => ({ report: REPORT, areas: [] }) },
  ...(['new-sectors', 'governance', 'service'] as const).map((id) => ({
    url: `/${id}?lang=zh`,
    endpoint: `*/api/areas/${id}`,
    empty: () => ({ ...areaDetailResponse(id), metrics: [], charts: [], directions: [], milestones: [] }),
  })),
];

const FAILURES: [name: string, respond: (route: Route) => Response | Promise<Response>, message: RegExp][] = [
  ['a network error', () => HttpResponse.error(), /网络连接失败/],
  ['401', () => new HttpResponse(null, { status: 401 }), /没有访问这些数据的权限/],
  ['403', () => new HttpResponse(null, { status: 403 }), /没有访问这些数据的权限/],
  ['404', () => new HttpResponse(null, { status: 404 }), /未找到请求的数据/],
  ['500', () => new HttpResponse(null, { status: 500 }), /数据服务内部出错/],
  ['503', () => new HttpResponse(null, { status: 503 }), /数据服务内部出错/],
  [
    'a request that never answers',
    async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    /请求已超时/,
  ],
  ['malformed JSON', () => new HttpResponse('{"areas": [', { headers: { 'Content-Type': 'application/json' } }), /不是有效的 JSON/],
  ['JSON that fails the schema', () => HttpResponse.json({ areas: [{ id: 'governance', headline: 'many' }] }), /数据格式不符合约定/],
  ['an empty list', (route) => HttpResponse.json(route.empty()), /数据服务返回了空列表/],
];

describe.each(ROUTES)('$url', (route) => {
  it.each(FAILURES)('shows %s in its panel within 3 s, keeps the page and URL, and recovers on Retry', async (_name, respond, message) => {
    server.use(http.get(route.endpoint, () => respond(route), { once: true }));
    const { user, router } = renderRoute(route.url);
    const before = currentUrl(router);

    const panel = await screen.findByText(message, {}, { timeout: 3000 });
    const box = panel.closest('[role="alert"], [role="status"]');
    if (!(box instanceof HTMLElement)) throw new Error('The message is not in an alert or status panel');

    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    expect(nav.getByRole('link', { name: '凝聚服务群众' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    expect(currentUrl(router)).toBe(before);

    await user.click(within(box).getByRole('button', { name: '重试' }));
    expect((await screen.findAllByRole('button', { name: /^查看原文出处：/ }, { timeout: 3000 })).length).toBeGreaterThan(0);
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(currentUrl(router)).toBe(before);
  });
});
