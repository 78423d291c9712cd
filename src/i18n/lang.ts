export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text the dashboard shows in both languages: Chinese first, English beside it. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const DEFAULT_LANG: Lang = 'zh';

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function parseLang(value: string | null | undefined): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
