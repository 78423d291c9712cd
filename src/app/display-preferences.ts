// The display settings as stored and as put on the page, without React: apply-display-settings.ts puts
// them on the static shell before its first paint, inline in index.html.
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'haikou-dashboard.theme';
export const ELDER_KEY = 'haikou-dashboard.elder';

export function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Blocked storage only means the choice is not remembered.
  }
}

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme the user chose on an earlier visit, if any. */
export function storedTheme(): Theme | null {
  const stored = read(THEME_KEY);
  return stored === 'light' || stored === 'dark' ? stored : null;
}

export function systemTheme(): Theme {
  return window.matchMedia(SYSTEM_DARK_QUERY).matches ? 'dark' : 'light';
}

/** The stored theme, else the system's. */
export function initialTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

export function initialElder(): boolean {
  return read(ELDER_KEY) === 'on';
}

/** Puts the display settings on <html>, where the stylesheet reads them: before the first paint, and at each change. */
export function applyDisplaySettings(theme: Theme, elder: boolean): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.dataset.elder = elder ? 'on' : 'off';
  root.style.colorScheme = theme;
}
