import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test-utils';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The system's colour scheme, as matchMedia reports it, which a test can change as the OS would. */
class SystemScheme extends EventTarget {
  matches = false;
  readonly media = DARK_QUERY;
  onchange = null;
  addListener(): void {}
  removeListener(): void {}

  change(dark: boolean): void {
    this.matches = dark;
    act(() => {
      this.dispatchEvent(Object.assign(new Event('change'), { matches: dark, media: DARK_QUERY }));
    });
  }
}

let system: SystemScheme;

beforeEach(() => {
  system = new SystemScheme();
  const otherQueries = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => (query === DARK_QUERY ? system : otherQueries(query)));
});

function darkModeButton() {
  return screen.getByRole('button', { name: '深色模式' });
}

describe('dark mode', () => {
  it('follows the system while the user has not chosen', () => {
    renderRoute('/');
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'false');
    system.change(true);
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'true');
    system.change(false);
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'false');
  });

  it('keeps the user’s choice when the system changes afterwards', async () => {
    const { user } = renderRoute('/');
    await user.click(darkModeButton());
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'true');

    system.change(true);
    system.change(false);
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'true');

    await user.click(darkModeButton());
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'false');
    system.change(true);
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'false');
  });

  it('keeps the choice within the visit even where storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Storage is blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Storage is blocked', 'SecurityError');
    });
    const { user } = renderRoute('/');
    await user.click(darkModeButton());
    system.change(false);
    expect(darkModeButton()).toHaveAttribute('aria-pressed', 'true');
  });
});
