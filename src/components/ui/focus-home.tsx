import { createContext, useContext, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';

interface FocusHomeApi {
  /** Focuses the home: a control inside it with the focus is leaving the page. */
  takeFocus: () => void;
  /** Passes the focus on to `element` if the home holds it since a control left: a new Retry. */
  passFocus: (element: HTMLElement) => void;
}

/** The nearest FocusHome; null outside any. */
const FocusHomeContext = createContext<FocusHomeApi | null>(null);

/**
 * A part of the page that takes the focus when a control inside it that has the focus leaves the
 * page: Retry giving way to the figures it brought back. The browser would drop the focus to the
 * page's body, and a keyboard or screen-reader user would start again from the top. When the retry
 * fails again, the focus goes on to the new Retry, ready to be pressed once more.
 */
export function FocusHome({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // True from a handover until the home loses the focus: a click on the panel focuses it too.
  const holding = useRef(false);
  const api = useMemo<FocusHomeApi>(
    () => ({
      takeFocus: () => {
        // The panel's top is where Retry was: the page stays where it is.
        ref.current?.focus({ preventScroll: true });
        holding.current = document.activeElement === ref.current;
      },
      passFocus: (element) => {
        if (holding.current && document.activeElement === ref.current) element.focus({ preventScroll: true });
      },
    }),
    [],
  );
  return (
    <FocusHomeContext value={api}>
      <div ref={ref} tabIndex={-1} className="focus-home" onBlur={() => (holding.current = false)}>
        {children}
      </div>
    </FocusHomeContext>
  );
}

/**
 * Hands the focus to the nearest FocusHome if the element in `ref` has it as it leaves the page, and
 * takes it from the home as it arrives if the home holds it from such a handover.
 */
export function useFocusHandover(ref: RefObject<HTMLElement | null>): void {
  const home = useContext(FocusHomeContext);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element) home?.passFocus(element);
    // React runs this while the element is still on the page, just before removing it.
    return () => {
      if (element && element === document.activeElement) home?.takeFocus();
    };
  }, [home, ref]);
}
