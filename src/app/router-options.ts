/**
 * The router's own updates are not transitions (react-router wraps them in startTransition unless told
 * otherwise): a page prepared out of sight then opens in the commit of the click that asks for it
 * (usePages). What takes rendering still renders in the background: a page not prepared (usePages
 * defers it with useDeferredValue), a filter (useAreaFilter) and a language (I18nProvider's setLang),
 * each in a transition.
 */
export const ROUTER_OPTIONS = { useTransitions: false } as const;
