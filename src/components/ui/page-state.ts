import { createContext, use } from 'react';

/**
 * Where a page stands (src/app/page-switch.tsx):
 * - `shown`: the page of the current route;
 * - `ready`: prepared, or kept since it was left, out of sight (no title, no focus) with its first
 *   screen drawn, so that opening it shows it at once;
 * - `leaving`: on its way out, hidden; its charts draw no more and are taken down one at a time
 *   (src/components/charts/chart-release.ts).
 */
export type PageState = 'shown' | 'ready' | 'leaving';

export const PageStateContext = createContext<PageState>('shown');

/** Where the page the caller is on stands. */
export function usePageState(): PageState {
  return use(PageStateContext);
}
