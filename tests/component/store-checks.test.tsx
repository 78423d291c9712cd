import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSyncExternalStoreWithSelector } from '../../src/components/charts/transition-store';
import { Count, createStore, nextTask, renderWatched, type State } from '../chart-store';

describe('when the chart store hook checks a change', () => {
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
});
