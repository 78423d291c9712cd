import { act, render, screen } from '@testing-library/react';
import { useEffect, useLayoutEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { chartsSettled, useSyncExternalStoreWithSelector, whenChartsSettle } from '../../src/components/charts/transition-store';
import { Count, createStore, renderWatched, type State } from '../chart-store';

const selectCountBox = (state: State) => ({ count: state.count });
const sameCount = (a: { count: number }, b: { count: number }) => a.count === b.count;

describe('useSyncExternalStoreWithSelector (Recharts reads its chart store through it)', () => {
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
