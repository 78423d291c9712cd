import type { Lang } from './lang';
import { ZH, type Catalog } from './messages';

const loaded: Partial<Record<Lang, Catalog>> = { zh: ZH };

/** A language's words, if they have loaded: Chinese always has. */
export function loadedCatalog(lang: Lang): Catalog | undefined {
  return loaded[lang];
}

/** Loads a language's words: English is a chunk of its own, fetched the first time it is wanted. */
export async function loadCatalog(lang: Lang): Promise<Catalog> {
  const have = loaded[lang];
  if (have) return have;
  const { EN } = await import('./messages-en');
  loaded.en = EN;
  return EN;
}
