import { act, render, screen } from '@testing-library/react';
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartsSettled, useSyncExternalStoreWithSelector, whenChartsSettle } from '../../src/components/charts/transition-store';

interface State {
  count: number;
  label: string;
}

/** A store like Recharts' (a Redux store behind a subscription): state replaced on every dispatch. */
function createStore(initial: State) {
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

type Store = ReturnType<typeof createStore>;

/** Resolves in a task after those already queued (the hook posts its checks with setImmediate under Node). */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

const selectCount = (state: State) => state.count;
const selectCountBox = (state: State) => ({ count: state.count });
const sameCount = (a: { count: number }, b: { count: number }) => a.count === b.count;

function Count({ store, onRender, children }: { store: Store; onRender?: () => void; children?: ReactNode }) {
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
async function renderWatched(store: Store) {
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

describe('useSyncExternalStoreWithSelector (Recharts reads its chart store through it)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the store as it is, and again after it changes', async () => {
    const store = createStore({ count: 1, label: 'a' });
    render(<Count store={store} />);
    expect(screen.getByText('次数 1')).toBeInTheDocument();

    act(() => store.dispatch({ count: 2 }));

    expect(await screen.findByText('次数 2')).toBeInTheDocument();
  });

  it('does not render again when a change leaves its selection as it was', async () => {
    const store = createStore({ count: 1, label: 'a' });
    const onRender = vi.fn();
    render(<Count store={store} onRender={onRender} />);
    const rendersBefore = onRender.mock.calls.length;

    await act(async () => store.dispatch({ label: 'b' }));

    expect(onRender).toHaveBeenCalledTimes(rendersBefore);
    expect(screen.getByText('次数 1')).toBeInTheDocument();
  });

  it('shows a change that a child’s effect made before it subscribed', async () => {
    // Children's effects run before their parent's: Recharts' children dispatch from theirs.
    const store = createStore({ count: 1, label: 'a' });
    function Child() {
      useLayoutEffect(() => store.dispatch({ count: 5 }), []);
      return null;
    }
    render(
      <Count store={store}>
        <Child />
      </Count>,
    );

    expect(await screen.findByText('次数 5')).toBeInTheDocument();
  });

  it('keeps an equal selection the same object, so effects that depend on it do not run again', async () => {
    const store = createStore({ count: 1, label: 'a' });
    const effectRuns = vi.fn();
    function Boxed() {
      const box = useSyncExternalStoreWithSelector(store.subscribe, store.getState, undefined, selectCountBox, sameCount);
      useEffect(() => effectRuns(box.count), [box]);
      return <p>次数 {box.count}</p>;
    }
    const { rerender } = render(<Boxed />);

    rerender(<Boxed />);
    await act(async () => store.dispatch({ label: 'b' }));
    expect(effectRuns).toHaveBeenCalledTimes(1);

    await act(async () => store.dispatch({ count: 3 }));
    expect(await screen.findByText('次数 3')).toBeInTheDocument();
    expect(effectRuns).toHaveBeenLastCalledWith(3);
    expect(effectRuns).toHaveBeenCalledTimes(2);
  });

  it('runs the selector once for many changes in one task', async () => {
    const store = createStore({ count: 1, label: 'a' });
    const selector = await renderWatched(store);

    await act(async () => {
      for (let index = 0; index < 20; index += 1) store.dispatch({ label: `l${index}` });
    });

    expect(selector).toHaveBeenCalledTimes(1);
  });

  it('checks a change in a task after the one that made it, not in that task’s microtasks', async () => {
    const store = createStore({ count: 1, label: 'a' });
    const selector = await renderWatched(store);

    store.dispatch({ count: 2 });
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
    expect(selector, 'checked in the microtasks of the task that changed the store').not.toHaveBeenCalled();

    await act(nextTask);
    expect(selector).toHaveBeenCalled();
    expect(await screen.findByText('次数 2')).toBeInTheDocument();
  });

  it('runs the checks a few milliseconds’ worth per task, the rest in the tasks after', async () => {
    const store = createStore({ count: 1, label: 'a' });
    let checks = 0;
    // Each check takes at least 3 ms: two fill more than a task's share.
    const slowSelector = (state: State) => {
      checks += 1;
      const until = performance.now() + 3;
      while (performance.now() < until);
      return state.count;
    };
    function Slow() {
      const count = useSyncExternalStoreWithSelector(store.subscribe, store.getState, undefined, slowSelector);
      return <p>次数 {count}</p>;
    }
    render(
      <>
        {[1, 2, 3, 4, 5].map((key) => (
          <Slow key={key} />
        ))}
      </>,
    );
    await act(async () => {});
    checks = 0;

    store.dispatch({ label: 'b' });
    await nextTask();
    expect(checks).toBeGreaterThanOrEqual(1);
    expect(checks, 'checks run in the first task').toBeLessThanOrEqual(2);

    await act(async () => {
      for (let task = 0; task < 5; task += 1) await nextTask();
    });
    expect(checks).toBe(5);
  });

  it('runs the other checks when one throws', async () => {
    const store = createStore({ count: 1, label: 'a' });
    let failing = false;
    const failingSelector = (state: State) => {
      if (failing) throw new Error('a selector failed');
      return state.count;
    };
    function Failing() {
      useSyncExternalStoreWithSelector(store.subscribe, store.getState, undefined, failingSelector);
      return null;
    }
    render(
      <>
        <Failing />
        <Count store={store} />
      </>,
    );
    await act(async () => {});
    // The hook's tasks, held: each is run here, in turn.
    const tasks: (() => void)[] = [];
    vi.spyOn(globalThis, 'setImmediate').mockImplementation(((task: () => void) => tasks.push(task)) as unknown as typeof setImmediate);

    failing = true;
    store.dispatch({ count: 2 });
    expect(tasks.shift()).toThrow('a selector failed');
    failing = false;

    await act(async () => {
      while (tasks.length > 0) tasks.shift()?.();
    });
    expect(await screen.findByText('次数 2')).toBeInTheDocument();
  });

  it('says a chart is still drawing from a change until the change is on screen', async () => {
    const store = createStore({ count: 1, label: 'a' });
    render(<Count store={store} />);
    await act(async () => {});
    expect(chartsSettled()).toBe(true);

    act(() => store.dispatch({ count: 2 }));
    expect(chartsSettled()).toBe(false);

    expect(await screen.findByText('次数 2')).toBeInTheDocument();
    expect(chartsSettled()).toBe(true);
  });

  it('tells a waiter when the change is on screen, and at once when nothing is left to draw', async () => {
    const store = createStore({ count: 1, label: 'a' });
    render(<Count store={store} />);
    await act(async () => {});
    await expect(whenChartsSettle()).resolves.toBeUndefined();

    act(() => store.dispatch({ count: 2 }));
    const shownWhenSettled = whenChartsSettle().then(() => screen.queryByText('次数 2'));
    expect(await shownWhenSettled, 'the new count, on screen when the waiter hears').toBeInTheDocument();
    expect(chartsSettled()).toBe(true);
  });

  it('stops listening when it leaves the page', () => {
    const store = createStore({ count: 1, label: 'a' });
    const { unmount } = render(<Count store={store} />);
    expect(store.listenerCount()).toBe(1);

    unmount();

    expect(store.listenerCount()).toBe(0);
  });
});
