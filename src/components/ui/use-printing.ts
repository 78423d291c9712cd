import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();

/**
 * The browser lays the page out for paper right after `beforeprint`'s listeners return, and prints
 * what is in the document then: what printing adds must be rendered in that listener, so it is
 * flushed at once, not in React's next task.
 */
function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

let listening = false;

function subscribe(onChange: () => void): () => void {
  if (!listening) {
    listening = true;
    window.addEventListener('beforeprint', () => setPrinting(true));
    window.addEventListener('afterprint', () => setPrinting(false));
  }
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

const isPrinting = () => printing;
const serverPrinting = () => false;

/** Whether the page is being printed (Ctrl+P): true from `beforeprint` to `afterprint`. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, serverPrinting);
}
