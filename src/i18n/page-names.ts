import type { Bilingual } from './lang';

/**
 * The names of the pages that are not a work area, in both languages: their headings show the other
 * language beside the user's, as the work areas' do, and the English catalog loads only on demand.
 */
export const PAGE_NAMES = {
  overview: { zh: '2024年工作总览', en: '2024 at a glance' },
  notFound: { zh: '页面未找到', en: 'Page not found' },
} as const satisfies Record<string, Bilingual>;
