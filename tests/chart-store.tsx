import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { useSyncExternalStoreWithSelector } from '../src/components/charts/transition-store';

export interface State {
  count: number;
  label: string;
}

/** A store like Recharts' (a Redux store behind a subscription): state replaced on every dispatch. */
export function createStore(initial: State) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(change: Partial<State>) {
      state = { ...state, ...change };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}

export type Store = ReturnType<typeof createStore>;

/** Resolves in a task after those already queued (the hook posts its checks with setImmediate under Node). */
export const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

const selectCount = (state: State) => state.count;

/** Shows the store's count, read through the hook. */
export function Count({ store, onRender, children }: { store: Store; onRender?: () => void; children?: ReactNode }) {
  const count = useSyncExternalStoreWithSelector(store.subscribe, store.getState, undefined, selectCount);
  onRender?.();
  return (
    <>
      <p>次数 {count}</p>
      {children}
    </>
  );
}

/** Renders a reader of the store's count; returns its selector, a spy, cleared of its first render's calls. */
export async function renderWatched(store: Store) {
  const selector = vi.fn(selectCount);
  function Counted() {
    const count = useSyncExternalStoreWithSelector(store.subscribe, store.getState, undefined, selector);
    return <p>次数 {count}</p>;
  }
  render(<Counted />);
  await act(async () => {});
  selector.mockClear();
  return selector;
}
