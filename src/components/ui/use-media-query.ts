import { useSyncExternalStore } from 'react';

interface MediaQueryStore {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

const stores = new Map<string, MediaQueryStore>();

/**
 * One MediaQueryList per query for the page's lifetime, and the same subscribe function on every render:
 * React resubscribes whenever it is handed a new one.
 */
function storeFor(query: string): MediaQueryStore {
  let store = stores.get(query);
  if (!store) {
    const list = window.matchMedia(query);
    store = {
      subscribe: (onChange) => {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
      matches: () => list.matches,
    };
    stores.set(query, store);
  }
  return store;
}

const serverMatches = () => false;

/** Whether a CSS media query matches now; re-renders when it changes. */
export function useMediaQuery(query: string): boolean {
  const store = storeFor(query);
  return useSyncExternalStore(store.subscribe, store.matches, serverMatches);
}
