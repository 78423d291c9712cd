import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's width in whole pixels (rounded down, so a drawing this wide never overflows it), kept
 * up to date by a ResizeObserver; undefined until it is known. The observer reports it after the
 * browser's own layout, so knowing it costs no layout of its own. Without ResizeObserver the width is
 * read once. An element hidden (no box: width 0) keeps the width it last had, so what is drawn at it is
 * not drawn again at 0 and back.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (entry && entry.contentRect.width > 0) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  const measureNow = typeof ResizeObserver === 'undefined' && width === undefined;
  useLayoutEffect(() => {
    if (measureNow && ref.current) setWidth(Math.floor(ref.current.getBoundingClientRect().width));
  }, [measureNow, ref]);
  return width;
}
