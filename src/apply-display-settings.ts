// The page's first script, inline in index.html's <head> (build/index-html.ts puts it there): the
// display settings chosen on an earlier visit are on <html> before the static shell's first paint, so
// a returning user of elder or dark mode never sees the page drawn the other way first.
import { applyDisplaySettings, initialElder, initialTheme } from './app/display-preferences';

applyDisplaySettings(initialTheme(), initialElder());
