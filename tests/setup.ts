import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// Pages and charts load lazily; on a busy 2-core machine the default 1 s wait is too short. The first
// chart a test file draws also waits for Recharts to be transformed and loaded: 5 s alone on an idle
// machine (tests/component/focus.test.tsx), so 5 s failed it whenever anything else ran beside.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no ResizeObserver and lays nothing out: report a fixed size so the charts draw.
class FixedSizeResizeObserver implements ResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const rect = { width: 640, height: 320, top: 0, left: 0, bottom: 320, right: 640, x: 0, y: 0 };
    const entry = { target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver;

// A browser moves focus to <body> when the focused element becomes disabled (HTML's focus fixup rule);
// jsdom leaves it there. Do as the browser does, so a test sees focus lost where a user would. jsdom
// will not blur a disabled element, so it is enabled for the moment of the blur.
new MutationObserver(() => {
  const control = document.activeElement;
  const disableable =
    control instanceof HTMLButtonElement ||
    control instanceof HTMLInputElement ||
    control instanceof HTMLSelectElement ||
    control instanceof HTMLTextAreaElement;
  if (!disableable || !control.disabled) return;
  control.disabled = false;
  control.blur();
  control.disabled = true;
}).observe(document, { subtree: true, attributeFilter: ['disabled'] });

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
});
afterAll(() => server.close());
