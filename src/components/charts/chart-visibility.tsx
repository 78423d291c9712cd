import { createContext, startTransition, useContext, useEffect, useState, type RefObject } from 'react';

/** Set by whoever needs every chart drawn at once (exporting a whole page). */
export const DrawAllChartsContext = createContext(false);

export function useDrawAllCharts(): boolean {
  return useContext(DrawAllChartsContext);
}

/** True once the element comes within a screen of the viewport; stays true. Without IntersectionObserver, true. */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: '50% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}

const queue: (() => void)[] = [];
let scheduled = false;

function pump(): void {
  scheduled = false;
  queue.shift()?.();
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(pump, 0);
}

/**
 * Grants a chart its turn to mount, one chart per task, so no single task draws them all (long
 * tasks block input on slow machines).
 */
export function useMountSlot(wanted: boolean): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!wanted || granted) return undefined;
    // A transition: React draws the chart in slices it can interrupt, not in one long task.
    const grant = () => startTransition(() => setGranted(true));
    queue.push(grant);
    schedule();
    return () => {
      const index = queue.indexOf(grant);
      if (index >= 0) queue.splice(index, 1);
    };
  }, [wanted, granted]);
  return granted;
}
