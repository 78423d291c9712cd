import { useEffect } from 'react';

// What a page left behind waits for before its charts come down (src/components/charts/chart-release.ts),
// and the next page to prepare out of sight before it starts (src/app/use-pages.ts): the pages mounted
// showing all they have. Parts shown in frames (useRevealedParts) and panels still loading (QueryPanel)
// say they are on their way with useComing.

/** How many parts of the pages on screen are still on their way: loading, or shown in frames. */
let coming = 0;
let onceShown: (() => void)[] = [];

/** Resolves once the pages on screen show all they have: at once if nothing is on its way. */
export function allShown(): Promise<void> {
  return new Promise((resolve) => {
    onceShown.push(resolve);
    settle();
  });
}

/**
 * Checked after the effects of the commit that brought the count to 0 have run: a panel whose data
 * came is replaced by parts still to come in the same commit, whose effects count them afterwards.
 */
function settle(): void {
  queueMicrotask(() => {
    if (coming > 0) return;
    const callbacks = onceShown;
    onceShown = [];
    for (const callback of callbacks) callback();
  });
}

/** Counts the caller as on its way while `isComing` is true (see allShown). */
export function useComing(isComing: boolean): void {
  useEffect(() => {
    if (!isComing) return undefined;
    coming += 1;
    return () => {
      coming -= 1;
      settle();
    };
  }, [isComing]);
}
