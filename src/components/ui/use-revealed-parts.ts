import { useEffect, useState } from 'react';
import { useComing } from './coming';

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
