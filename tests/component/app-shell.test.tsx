import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { currentUrl, renderRoute } from '../test-utils';

describe('navigation', () => {
  it('is a real nav whose links lead to each work area', async () => {
    const { user, router } = renderRoute('/');
    const nav = within(screen.getByRole('navigation', { name: '主导航' }));
    expect(nav.getByRole('link', { name: '总览' })).toHaveAttribute('aria-current', 'page');
    await user.click(nav.getByRole('link', { name: '党建引领基层治理' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toBeVisible();
    expect(currentUrl(router)).toBe('/governance');
    expect(nav.getByRole('link', { name: '党建引领基层治理' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page with a way home for an unknown path', async () => {
    const { user, router } = renderRoute('/no-such-page');
    expect(screen.getByRole('heading', { level: 1, name: '页面未找到 Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: '返回总览首页' }));
    // The router commits the new location together with the overview's page, which loads on demand:
    // on a busy machine that is later than the click's own task.
    expect(await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' })).toBeVisible();
    expect(currentUrl(router)).toBe('/');
  });
});

describe('language', () => {
  it('is Chinese by default, English one click away, and remembered', async () => {
    const { user, router } = renderRoute('/governance');
    expect(await screen.findByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-CN');

    await user.click(screen.getByRole('button', { name: /Switch to English/ }));
    // The English words load the first time they are wanted; the page switches once they are in.
    expect(await screen.findByRole('heading', { level: 1, name: /^Party-led grassroots governance/ })).toBeVisible();
    expect(await screen.findByText('Change (computed) −54.9%')).toBeVisible();
    expect(screen.getByText('Before 9,472 → After (2024) 4,272 plaques')).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(currentUrl(router)).toBe('/governance?lang=en');
    expect(window.localStorage.getItem('haikou-dashboard.lang')).toBe('en');

    await user.click(screen.getByRole('link', { name: 'Serving the masses' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Serving the masses/ })).toBeVisible();
    expect(await screen.findByText('800,000+')).toBeVisible();
  });

  it('is set by ?lang=en', async () => {
    renderRoute('/service?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: /^Serving the masses/ })).toBeVisible();
    expect(await screen.findByText('Petitions: the "five declines"')).toBeVisible();
  });

  it('ignores an unknown ?lang and stays in Chinese', async () => {
    renderRoute('/?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: '2024年工作总览 2024 at a glance' })).toBeVisible();
  });
});

describe('loading and failure', () => {
  it('shows a skeleton while the figures load', async () => {
    renderRoute('/service');
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据…');
    expect(await screen.findByRole('region', { name: '数据一览' })).toBeVisible();
  });

  it('says what went wrong and recovers on Retry without a reload', async () => {
    server.use(http.get('*/api/areas/governance', () => new HttpResponse(null, { status: 500 }), { once: true }));
    const { user } = renderRoute('/governance?lang=zh');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据服务内部出错');
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('region', { name: '数据一览' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats an answer that breaks the contract as an error, not a crash', async () => {
    server.use(http.get('*/api/areas', () => HttpResponse.json({ areas: 'nope' })));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('数据格式不符合约定');
    expect(screen.getByRole('group', { name: '按工作板块筛选' })).toBeVisible();
  });
});
