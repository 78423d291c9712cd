/* eslint-disable react-hooks/refs -- a store hook: a render reads the selection the last commit showed, as React's own shim of it does */
import { createContext, startTransition, useContext, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True under a drawing that something is waiting on: an export's off-screen drawing of a chart
 * (export-stage.tsx). There store changes render at once, synchronously, every reader's in one commit,
 * not as transitions: no one reads that drawing on screen, the export waits for its last render, and
 * sliced renders with the browser's frames between them took a PNG export most of its time.
 */
export const UrgentDraw = createContext(false);

type Equal<T> = (a: T, b: T) => boolean;

/** Urgent readers' checks waiting for the next microtask, run together so they render in one commit. */
let urgentChecks: (() => void)[] = [];

function queueUrgentCheck(check: () => void): void {
  if (urgentChecks.push(check) > 1) return;
  queueMicrotask(() => {
    const checks = urgentChecks;
    urgentChecks = [];
    flushSync(() => checks.forEach((run) => run()));
  });
}

/** How long one task of readers' checks runs before it gives the browser its turn (see queueCheck). */
const CHECK_SLICE_MS = 4;

/** Readers' checks waiting for a task of their own. */
let checks: (() => void)[] = [];
let checkTaskPosted = false;

/**
 * Posts the task that runs the checks, as React's scheduler posts its own: where setImmediate exists
 * (Node, the tests) with it, in a browser through a MessageChannel (a timer's delay grows when timers nest).
 */
const postRunChecks: () => void =
  typeof setImmediate === 'function'
    ? () => void setImmediate(runChecks)
    : (() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = runChecks;
        return () => channel.port2.postMessage(null);
      })();

/** Runs the waiting checks for CHECK_SLICE_MS (one at least) and posts a task for the rest, even when one throws. */
function runChecks(): void {
  const until = performance.now() + CHECK_SLICE_MS;
  let index = 0;
  try {
    while (index < checks.length && (index === 0 || performance.now() < until)) {
      index += 1;
      checks[index - 1]();
    }
  } finally {
    checks = checks.slice(index);
    if (checks.length > 0) postRunChecks();
    else checkTaskPosted = false;
  }
}

/**
 * Queues a reader's check for a task after this one, run with others for a few milliseconds at most
 * per task. A chart's commit dispatches dozens of actions from its effects, and every reader of its
 * store then re-runs its selector: run in the commit's microtasks, those checks made the commit's task
 * longer (8 ms of checks a chart at 1×, in a CPU profile of charts drawing); here they are tasks of
 * their own, each short.
 */
function queueCheck(check: () => void): void {
  checks.push(check);
  if (checkTaskPosted) return;
  checkTaskPosted = true;
  postRunChecks();
}

/** Readers with a store change to check or a render to come: while any has, a chart is still drawing. */
const unsettled = new Set<object>();

/** Called, once each, when the last chart with a change left to render has rendered it. */
let onSettled: (() => void)[] = [];

function settle(reader: object): void {
  if (!unsettled.delete(reader) || unsettled.size > 0) return;
  const waiting = onSettled;
  onSettled = [];
  for (const resolve of waiting) resolve();
}

/** True when no chart on the page has a change left to render: each one shows its store as it is. */
export function chartsSettled(): boolean {
  return unsettled.size === 0;
}

/** Resolves the next time every chart has rendered what its store holds (at once if they all have). */
export function whenChartsSettle(): Promise<void> {
  if (chartsSettled()) return Promise.resolve();
  return new Promise((resolve) => onSettled.push(resolve));
}

/**
 * Stands in for `useSyncExternalStoreWithSelector` (package use-sync-external-store) where Recharts
 * reads its chart store; vite.config.ts points Recharts' import here. Same signature, same result:
 * the selection of the store's current state, kept as the same object while `isEqual` says it has
 * not changed. What differs is how a change re-renders. React renders a useSyncExternalStore update
 * synchronously, and Recharts fills its store from its components' effects, so drawing one chart
 * was a chain of synchronous renders in a single task (160–320 ms at 4× CPU slowdown, measured with
 * `npm run bench`). Here a change is a transition: React renders it in slices and yields to the
 * browser between them, and the page stays responsive while a chart draws (but under UrgentDraw).
 *
 * A render reads the store directly, so what it shows is never older than the store; the cost is
 * that two components rendered in one pass could see different states if the store changed between
 * them, which each one's subscription then corrects with another render.
 */
export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  _getServerSnapshot: unknown,
  selector: (snapshot: Snapshot) => Selection,
  isEqual: Equal<Selection> = Object.is,
): Selection {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [reader] = useState(() => ({}));
  const urgent = useContext(UrgentDraw);
  // What the last commit showed, and the selector and comparison it was made with: a store change
  // re-renders only if it changes what this selector selects.
  const shown = useRef<{ selection: Selection; selector: typeof selector; isEqual: Equal<Selection> } | null>(null);

  // Like React's own shim of this hook, a render reads what the last commit showed, so that an equal
  // selection stays the same object and the memos and effects that depend on it do not run again.
  const previous = shown.current;
  const snapshot = getSnapshot();
  const next = selector(snapshot);
  const selection = previous && isEqual(previous.selection, next) ? previous.selection : next;

  useLayoutEffect(() => {
    shown.current = { selection, selector, isEqual };
    // Settled if this render saw the store as it is now; if not, the subscription has a check queued.
    if (getSnapshot() === snapshot) settle(reader);
  });

  useLayoutEffect(() => {
    let subscribed = true;
    let queued = false;
    // One check, in a task after, however many actions Recharts dispatches before it (a chart's
    // effects dispatch dozens in one commit), each re-running the selector.
    const check = () => {
      queued = false;
      const current = shown.current;
      if (subscribed && current && !current.isEqual(current.selection, current.selector(getSnapshot()))) {
        if (urgent) rerender();
        else startTransition(rerender);
      } else {
        settle(reader);
      }
    };
    const onChange = () => {
      if (queued) return;
      queued = true;
      unsettled.add(reader);
      if (urgent) queueUrgentCheck(check);
      else queueCheck(check);
    };
    // The store may have changed since this render: children's effects, which ran first, dispatch.
    onChange();
    const unsubscribe = subscribe(onChange);
    return () => {
      subscribed = false;
      settle(reader);
      unsubscribe();
    };
  }, [subscribe, getSnapshot, reader, urgent]);

  return selection;
}
