/**
 * The router's own updates are not transitions (react-router wraps them in startTransition unless told
 * otherwise): a page prepared out of sight then opens in the commit of the click that asks for it
 * (usePages). What takes rendering still renders in the background: a page not prepared (usePages
 * defers it with useDeferredValue), a filter (useAreaFilter) and a language (I18nProvider's setLang),
 * each in a transition.
 */
export const ROUTER_OPTIONS = { useTransitions: false } as const;

/**
 * BrowserRouter numbers the history entry it starts on (`idx` in history.state, 0 on a fresh visit) with
 * history.replaceState as it first renders. A page's first replaceState took 1–31 ms at 4x CPU slowdown
 * here, inside the first render's first slice of work, which React cannot divide (tasks of 51–75 ms).
 * Numbered beforehand, in a task of its own, the entry is as the router would leave it, and it finds it so.
 */
export function numberHistoryEntry(): void {
  const { history } = window;
  const state: unknown = history.state;
  const current = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  if (current.idx == null) history.replaceState({ ...current, idx: 0 }, '');
}
