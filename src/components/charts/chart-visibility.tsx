import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { whenChartsSettle } from './transition-store';

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

/** A chart waiting for its turn to draw; `grant` lets it mount. */
interface Slot {
  grant: () => void;
  /** Whether the chart is on the page shown: charts there take their turn before those of pages out of sight. */
  onPageShown: () => boolean;
}

const waiting: Slot[] = [];
/** The chart that has been granted its turn and has not yet drawn: the next waits for it. */
let drawing: Slot | null = null;
let scheduled = false;
/** Called once no chart is drawing or waiting: see noChartDrawing. */
let onceSettled: (() => void)[] = [];

function grantNext(): void {
  scheduled = false;
  if (drawing) return;
  const shown = waiting.findIndex((slot) => slot.onPageShown());
  drawing = waiting.splice(Math.max(shown, 0), 1)[0] ?? null;
  drawing?.grant();
  settle();
}

function schedule(): void {
  if (scheduled || drawing || waiting.length === 0) return;
  scheduled = true;
  setTimeout(grantNext, 0);
}

/** Whether a chart is drawing or waiting for its turn. */
export function chartDrawing(): boolean {
  return drawing !== null || waiting.length > 0;
}

function settle(): void {
  if (chartDrawing()) return;
  const callbacks = onceSettled;
  onceSettled = [];
  for (const callback of callbacks) callback();
}

/** Resolves once no chart is drawing or waiting for its turn: at once if none is. */
export function noChartDrawing(): Promise<void> {
  return new Promise((resolve) => {
    onceSettled.push(resolve);
    settle();
  });
}

function finish(slot: Slot): void {
  if (drawing !== slot) return;
  drawing = null;
  schedule();
  settle();
}

export interface MountSlot {
  /** True once the chart may mount; stays true. */
  granted: boolean;
  /** Called once the chart is committed: the next chart starts once its store's changes are rendered. */
  drawn: () => void;
}

/**
 * Grants charts their turn to mount one at a time, each in a task of its own, the next only once the
 * one before has been drawn: committed, and its store's changes rendered (its bars are on screen).
 * Granting all at once let React render the pending charts together and commit them in one task, and
 * a commit is the part of a render React cannot slice: each chart's drawing inserted, and its
 * components' effects filling its store. Granted at the first commit, the next chart's render
 * competed with the bars of the one before: at 4× CPU slowdown a route's first chart showed its bars
 * about 90 ms later.
 *
 * The charts of the page shown (`onPageShown`) take their turn first: a chart the reader scrolls to
 * does not wait behind those of pages prepared out of sight (src/app/use-pages.ts).
 */
export function useMountSlot(wanted: boolean, onPageShown: boolean): MountSlot {
  const [granted, setGranted] = useState(false);
  const shown = useRef(onPageShown);
  useEffect(() => {
    shown.current = onPageShown;
  }, [onPageShown]);
  const [slot] = useState<Slot>(() => ({
    // A transition: React renders the chart in slices it can interrupt; only its commit is one task.
    grant: () => startTransition(() => setGranted(true)),
    onPageShown: () => shown.current,
  }));
  useEffect(() => {
    if (!wanted || granted) return undefined;
    waiting.push(slot);
    schedule();
    return () => {
      const index = waiting.indexOf(slot);
      if (index >= 0) waiting.splice(index, 1);
      settle();
    };
  }, [wanted, granted, slot]);
  // A chart that leaves the page before it has drawn (an error, a route change) frees its turn.
  useEffect(() => () => finish(slot), [slot]);
  const drawn = useCallback(() => void whenChartsSettle().then(() => finish(slot)), [slot]);
  return { granted, drawn };
}

/** Calls `onCommit` once its parent has been committed to the page. */
export function OnCommit({ onCommit }: { onCommit: () => void }): null {
  useEffect(onCommit, [onCommit]);
  return null;
}
