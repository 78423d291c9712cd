import { createContext, useCallback, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/** Focuses the nearest FocusHome; null outside any. */
const FocusHomeContext = createContext<(() => void) | null>(null);

/**
 * A part of the page that takes the focus when a control inside it that has the focus leaves the
 * page: Retry giving way to the figures it brought back. The browser would drop the focus to the
 * page's body, and a keyboard or screen-reader user would start again from the top.
 */
export function FocusHome({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // The panel's top is where Retry was: the page stays where it is.
  const takeFocus = useCallback(() => ref.current?.focus({ preventScroll: true }), []);
  return (
    <FocusHomeContext value={takeFocus}>
      <div ref={ref} tabIndex={-1} className="focus-home">
        {children}
      </div>
    </FocusHomeContext>
  );
}

/** Hands the focus to the nearest FocusHome if the element in `ref` has it as it leaves the page. */
export function useFocusHandover(ref: RefObject<HTMLElement | null>): void {
  const takeFocus = useContext(FocusHomeContext);
  useLayoutEffect(() => {
    const element = ref.current;
    // React runs this while the element is still on the page, just before removing it.
    return () => {
      if (element && element === document.activeElement) takeFocus?.();
    };
  }, [takeFocus, ref]);
}
