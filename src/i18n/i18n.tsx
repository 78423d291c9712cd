import { createContext, startTransition, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { loadCatalog, loadedCatalog } from './catalogs';
import { ZH, type Catalog, type MessageKey } from './messages';
import { DEFAULT_LANG, HTML_LANG, parseLang, type Bilingual, type Lang } from './lang';

const STORAGE_KEY = 'haikou-dashboard.lang';
export const LANG_PARAM = 'lang';

function readStoredLang(): Lang | null {
  try {
    return parseLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** The language for a URL's query: `?lang=`, else the one remembered, else Chinese. */
export function langFor(params: URLSearchParams): Lang {
  return parseLang(params.get(LANG_PARAM)) ?? readStoredLang() ?? DEFAULT_LANG;
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be blocked (private mode, policy); the URL still carries the language.
  }
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string>) => string;
  /** Picks the user's language from an API text. */
  pick: (text: Bilingual) => string;
  /**
   * A link to one of the app's pages that keeps `?lang=` when the URL has it, so the language a
   * shared or bookmarked link set survives navigation even where storage is blocked. Nothing else
   * of the URL goes along: the overview's area filter means nothing on another page.
   */
  linkTo: (pathname: string) => { pathname: string; search: string };
  errorMessages: Catalog['errors'];
}

const I18nContext = createContext<I18n | null>(null);

/**
 * A language's words once they have loaded (Chinese at once); until then undefined, while they load.
 * A failed load leaves the page in the language it shows; `tryAgain` (choosing the language again)
 * loads again.
 */
function useCatalog(lang: Lang): { catalog: Catalog | undefined; tryAgain: () => void } {
  const [attempt, tryAgain] = useReducer((count: number) => count + 1, 0);
  const catalog = loadedCatalog(lang);
  useEffect(() => {
    if (catalog) return undefined;
    let wanted = true;
    loadCatalog(lang).then(
      () => {
        if (wanted) tryAgain();
      },
      () => undefined,
    );
    return () => {
      wanted = false;
    };
  }, [lang, catalog, attempt]);
  return { catalog, tryAgain };
}

/**
 * The language comes from `?lang=`, else the one remembered, else Chinese. A language whose words are
 * still loading is not shown yet: the page stays in Chinese until they arrive, never half in each.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseLang(params.get(LANG_PARAM));
  const wanted = langFor(params);
  const { catalog, tryAgain } = useCatalog(wanted);
  const lang = catalog ? wanted : DEFAULT_LANG;

  useEffect(() => {
    if (fromUrl) storeLang(fromUrl);
  }, [fromUrl]);

  // In the commit that writes the words, not after the paint: a screen reader must never read English
  // text as Chinese, nor the reverse.
  useLayoutEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);

  // The router gives a new setParams on every URL change (it closes over the current params). The
  // context value must not change with it: every component that shows text reads this context, and
  // a filter or route change would re-render them all, charts included, for the same language.
  const latestSetParams = useRef(setParams);
  useLayoutEffect(() => {
    latestSetParams.current = setParams;
  }, [setParams]);
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    tryAgain();
    // Every word on the page changes: rendered in the background, the page in the old language stays
    // usable until the new one is ready.
    startTransition(() =>
      latestSetParams.current(
        (previous) => {
          const updated = new URLSearchParams(previous);
          updated.set(LANG_PARAM, next);
          return updated;
        },
        { replace: true },
      ),
    );
  }, [tryAgain]);

  const value = useMemo<I18n>(() => {
    const { messages, errors } = loadedCatalog(lang) ?? ZH;
    return {
      lang,
      setLang,
      t: (key, vars) =>
        Object.entries(vars ?? {}).reduce<string>((text, [name, v]) => text.replace(`{${name}}`, () => v), messages[key]),
      pick: (text) => text[lang],
      linkTo: (pathname) => ({ pathname, search: fromUrl ? `?${new URLSearchParams({ [LANG_PARAM]: fromUrl })}` : '' }),
      errorMessages: errors,
    };
  }, [lang, fromUrl, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * While `held`, what is inside keeps the language and words it had: a page out of sight is not
 * rendered again for a language switch (src/app/page-switch.tsx). Let go, it takes the current ones.
 */
export function HoldI18n({ held, children }: { held: boolean; children: ReactNode }) {
  const current = useI18n();
  const [kept, setKept] = useState(current);
  if (!held && kept !== current) setKept(current);
  return <I18nContext.Provider value={held ? kept : current}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
