import { useCallback, useEffect, useState } from 'react';
import { applyDisplaySettings, ELDER_KEY, initialElder, initialTheme, read, THEME_KEY, write, type Theme } from './display-preferences';

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
