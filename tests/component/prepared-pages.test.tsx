import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { clickInItsTask, renderRoute } from '../test-utils';

// The nav's other pages are prepared where the browser says when it is idle (src/app/use-pages.ts).
// jsdom has no requestIdleCallback: here each idle callback comes after a task, with time to spare.
beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
});
afterEach(() => {
  // Unmounted first: the pages' effects cancel their idle callbacks as they go.
  cleanup();
  vi.unstubAllGlobals();
});

function nav() {
  return within(screen.getByRole('navigation', { name: '主导航' }));
}

/** The page headings in the document, seen or not: one per page mounted. */
function mountedHeadings(): HTMLElement[] {
  return screen.getAllByRole('heading', { level: 1, hidden: true });
}

/** The page a heading heads. */
function pageOf(heading: HTMLElement): HTMLElement {
  const page = heading.closest('main > div');
  if (!(page instanceof HTMLElement)) throw new Error('The heading is on no page');
  return page;
}

/** Waits until the three other pages of the nav are prepared, each with its figures. */
async function otherPagesPrepared(): Promise<void> {
  await waitFor(() => {
    const headings = mountedHeadings();
    expect(headings).toHaveLength(4);
    for (const heading of headings) expect(within(pageOf(heading)).queryAllByRole('region', { hidden: true }).length).toBeGreaterThan(0);
  });
}

/** The drawings on the page whose heading is `heading`, seen or not. */
function drawingsOf(heading: HTMLElement): HTMLElement[] {
  return within(pageOf(heading)).queryAllByRole('application', { hidden: true });
}

describe('the nav’s other pages, prepared out of sight', () => {
  it('leaves one page to see and to read: its heading, its title, the focus where it was', async () => {
    renderRoute('/governance');
    await otherPagesPrepared();

    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['党建引领基层治理 Party-led grassroots governance']);
    expect(document.title).toBe('党建引领基层治理 · 海口社会工作看板');
    expect(document.activeElement).toBe(document.body);
  });

  it('opens a prepared area at once: the same page, its charts drawn, its heading focused', async () => {
    const { user } = renderRoute('/governance');
    await otherPagesPrepared();
    const prepared = screen.getByRole('heading', { level: 1, name: /^新兴领域党建/, hidden: true });
    await waitFor(() => expect(drawingsOf(prepared)).toHaveLength(2));
    const drawings = drawingsOf(prepared);

    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));

    // No wait: what the click shows was there before it.
    const heading = screen.getByRole('heading', { level: 1, name: /^新兴领域党建/ });
    expect(heading).toBe(prepared);
    expect(heading).toHaveFocus();
    expect(document.title).toBe('新兴领域党建 · 海口社会工作看板');
    const figure = screen.getByRole('figure', { name: /^2024年新成立的党组织/ });
    expect(within(figure).getByRole('application')).toBe(drawings[1]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows a prepared area in the task of the click that opens it, its heading focused', async () => {
    renderRoute('/governance');
    await otherPagesPrepared();
    const prepared = screen.getByRole('heading', { level: 1, name: /^新兴领域党建/, hidden: true });

    await clickInItsTask(nav().getByRole('link', { name: '新兴领域党建' }));

    // jsdom applies no stylesheet: what says the page is shown is the accessibility tree and the focus.
    expect(prepared).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([prepared]);
    expect(document.title).toBe('新兴领域党建 · 海口社会工作看板');
  });

  it('rests the page it leaves for the switch, hidden with its rendering kept, and lays it out again once idle', async () => {
    const idle: IdleRequestCallback[] = [];
    const { user } = renderRoute('/governance');
    await otherPagesPrepared();
    const left = pageOf(screen.getByRole('heading', { level: 1, name: /^党建引领基层治理/ }));
    // Idle callbacks wait from here on, until the test lets them run.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));

    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));
    expect(left).not.toBeVisible();
    expect(left.hidden).toBe(true);
    expect(left).toHaveClass('page-resting');
    expect(left).toHaveAttribute('aria-hidden', 'true');

    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    act(() => {
      for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
    });
    await waitFor(() => expect(left.hidden).toBe(false));
    expect(left).toHaveClass('page-ready');
    expect(left).not.toHaveClass('page-resting');
    expect(left).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps a page left as it was: back on it, the table opened there is open still', async () => {
    const { user } = renderRoute('/governance');
    const figure = await screen.findByRole('figure', { name: /^2024年新成立的基层党组织/ });
    await user.click(within(figure).getByRole('button', { name: '以表格查看' }));
    await otherPagesPrepared();

    await user.click(nav().getByRole('link', { name: '新兴领域党建' }));
    expect(screen.queryByRole('figure', { name: /^2024年新成立的基层党组织/ })).not.toBeInTheDocument();
    await user.click(nav().getByRole('link', { name: '党建引领基层治理' }));

    const again = screen.getByRole('figure', { name: /^2024年新成立的基层党组织/ });
    expect(again).toBe(figure);
    expect(within(again).getByRole('table')).toBeVisible();
  });

  it('lets them go when the language changes, and prepares them again in the new one', async () => {
    const { user } = renderRoute('/governance');
    await otherPagesPrepared();
    const inChinese = mountedHeadings().filter((heading) => !/^党建引领基层治理/.test(heading.textContent ?? ''));

    await user.click(screen.getByRole('button', { name: /Switch to English/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Party-led grassroots governance/ })).toBeVisible();
    await waitFor(() => expect(inChinese.some((heading) => heading.isConnected)).toBe(false));
    // Out of sight, they were not drawn again in English on their way out.
    expect(inChinese.map((heading) => heading.textContent)).toEqual(['2024年工作总览 2024 at a glance', '新兴领域党建 New-sector Party building', '凝聚服务群众 Serving the masses']);
    await waitFor(() => expect(mountedHeadings()).toHaveLength(4));

    await user.click(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Serving the masses' }));
    expect(screen.getByRole('heading', { level: 1, name: /^Serving the masses/ })).toHaveFocus();
  });

  it('shows the failure of a page prepared out of sight only when it is opened, with its retry', async () => {
    server.use(http.get('*/api/areas/service', () => new HttpResponse(null, { status: 500 })));
    const { user } = renderRoute('/governance');
    await waitFor(() => expect(mountedHeadings()).toHaveLength(4));
    await waitFor(() => expect(screen.getAllByRole('alert', { hidden: true })).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(nav().getByRole('link', { name: '凝聚服务群众' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/数据服务内部出错/);
    expect(within(alert).getByRole('button', { name: /重试/ })).toBeVisible();
  });
});
