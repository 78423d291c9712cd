import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import {
  applyDisplaySettings,
  ELDER_KEY,
  initialElder,
  storedTheme,
  SYSTEM_DARK_QUERY,
  systemTheme,
  THEME_KEY,
  write,
  type Theme,
} from './display-preferences';

/** Dark mode (follows the system until chosen) and elder mode (适老化), both remembered. */
export function useDisplaySettings() {
  // The choice is kept apart from the system's scheme, so a later change of the system cannot
  // override it; held in state as well as stored, it also holds for a visit where storage is blocked.
  const [chosenTheme, setChosenTheme] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  const theme = chosenTheme ?? system;
  const [elder, setElderState] = useState(initialElder);

  // In the commit that presses the button, so the page never paints a frame in the old mode under
  // the new button state (a change of the system's scheme is not a click, and React may otherwise
  // run a passive effect after the paint).
  useLayoutEffect(() => applyDisplaySettings(theme, elder), [theme, elder]);

  useEffect(() => {
    const query = window.matchMedia(SYSTEM_DARK_QUERY);
    const follow = (event: MediaQueryListEvent) => setSystem(event.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const toggleTheme = useCallback(() => {
    const next = theme === 'dark' ? 'light' : 'dark';
    write(THEME_KEY, next);
    setChosenTheme(next);
  }, [theme]);

  const toggleElder = useCallback(() => {
    setElderState((current) => {
      write(ELDER_KEY, current ? 'off' : 'on');
      return !current;
    });
  }, []);

  return { theme, elder, toggleTheme, toggleElder };
}
