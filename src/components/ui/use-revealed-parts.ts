import { useEffect, useState } from 'react';

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

/**
 * How many of a page's parts to show: the first at once, then one more after each frame the browser
 * draws, up to `parts`. A page's first render is one frame of style and layout for all it shows; on a
 * slow machine, in parts, each frame stays short and the first screen comes first. The parts go at the
 * end of the page, after what is shown, so nothing already on screen moves; the footer stays below the
 * first screen (the main area is at least a screen tall). In a hidden tab, no frame is drawn: all at once.
 */
export function useRevealedParts(parts: number): number {
  const [shown, setShown] = useState(() => (document.visibilityState === 'hidden' ? parts : 1));
  useComing(shown < parts);
  useEffect(() => {
    if (shown >= parts) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run before its layout; a task posted from one runs after the frame is drawn.
    const frame = requestAnimationFrame(() => {
      // Not a transition: the charts a part brings mount their drawings one at a time, each in a
      // transition of its own, and a part rendered as one waited on them all (its charts then drew in
      // one batch at the end). Parts are kept small instead, so each render is a short task.
      timer = setTimeout(() => setShown((count) => count + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, parts]);
  return shown;
}
