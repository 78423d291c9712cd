import { useCallback, useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

const THEME_KEY = 'haikou-dashboard.theme';
const ELDER_KEY = 'haikou-dashboard.elder';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Blocked storage only means the choice is not remembered.
  }
}

/** The stored theme, else the system's. */
export function initialTheme(): Theme {
  const stored = read(THEME_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initialElder(): boolean {
  return read(ELDER_KEY) === 'on';
}

/** Puts the display settings on <html>, where the stylesheet reads them. main.tsx calls it before the first paint. */
export function applyDisplaySettings(theme: Theme, elder: boolean): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.dataset.elder = elder ? 'on' : 'off';
  root.style.colorScheme = theme;
}

/** Dark mode (follows the system until chosen) and elder mode (适老化), both remembered. */
export function useDisplaySettings() {
  const [theme, setThemeState] = useState<Theme>(initialTheme);
  const [elder, setElderState] = useState(initialElder);

  useEffect(() => applyDisplaySettings(theme, elder), [theme, elder]);

  useEffect(() => {
    if (read(THEME_KEY)) return undefined;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = (event: MediaQueryListEvent) => setThemeState(event.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const toggleTheme = useCallback(() => {
    setThemeState((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      write(THEME_KEY, next);
      return next;
    });
  }, []);

  const toggleElder = useCallback(() => {
    setElderState((current) => {
      write(ELDER_KEY, current ? 'off' : 'on');
      return !current;
    });
  }, []);

  return { theme, elder, toggleTheme, toggleElder };
}
