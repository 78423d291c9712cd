import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { expect, onTestFinished, vi } from 'vitest';
import { createQueryClient } from '../src/app/query-client';
import { AppRoutes } from '../src/app/router';
import { ROUTER_OPTIONS } from '../src/app/router-options';

/** What a test can ask of the router: where the user is, and the browser's Back. */
export interface TestRouter {
  url: string;
  back: () => void;
}

function RouterProbe({ onRender }: { onRender: (url: string, navigate: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  // A layout effect: the URL is recorded in the commit that shows its page, before a test's
  // findBy…, which resolves on that commit's DOM changes, can read it.
  useLayoutEffect(() => onRender(`${location.pathname}${location.search}`, navigate));
  return null;
}

/** Renders the whole app at a URL, as a user would open it, with a fresh QueryClient set as the app's but that does not retry. */
export function renderRoute(url: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const state: { url: string; navigate: NavigateFunction | null } = { url, navigate: null };
  const router: TestRouter = {
    get url() {
      return state.url;
    },
    back: () => void state.navigate?.(-1),
  };
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]} {...ROUTER_OPTIONS}>
        <AppRoutes />
        <RouterProbe
          onRender={(current, navigate) => {
            state.url = current;
            state.navigate = navigate;
          }}
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}

/** The current location of a rendered app, as a string: '/governance?area=service'. */
export function currentUrl(router: TestRouter): string {
  return router.url;
}

/** A promise the test settles when it is ready to, so it can look at the page while work is under way. */
export function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/**
 * Clicks `element` as a browser does, outside act(), then lets the microtasks the click queued run and
 * no task more. What the page shows then is what the click's own task made of it: React renders the
 * updates of a click before its task ends; a transition or a deferred value is rendered in a later one.
 */
export async function clickInItsTask(element: HTMLElement): Promise<void> {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    element.click();
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
}

/**
 * Holds the browser's frames back until the test ends. Each call to the returned function, once a
 * frame has been asked for, draws one frame as a browser does: it runs every callback asked for before
 * it, not only the page's (a chart's Recharts store asks for frames too), then the tasks they posted,
 * and React renders what they changed.
 */
export function holdFrames(): () => Promise<void> {
  const frames = new Map<number, FrameRequestCallback>();
  let lastId = 0;
  const request = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    lastId += 1;
    frames.set(lastId, callback);
    return lastId;
  });
  const cancel = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => void frames.delete(id));
  onTestFinished(() => {
    request.mockRestore();
    cancel.mockRestore();
  });
  return async () => {
    await waitFor(() => expect(frames.size).toBeGreaterThan(0));
    await act(async () => {
      const due = [...frames.values()];
      frames.clear();
      const now = performance.now();
      for (const callback of due) callback(now);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
}
