import { lazy, type ComponentType } from 'react';

type Loaded<P> = { default: ComponentType<P> };

/**
 * React.lazy for a component that is also loaded ahead of its first use (a page, once the browser is
 * idle). Once it has loaded, the lazy loader hands React the module at once: a thenable that calls
 * back synchronously, which React.lazy reads as resolved. A lazy component given a promise suspends on
 * its first render even when the promise has already resolved, and React then renders again a task
 * later: a route switch to a preloaded page would pay for two renders and the wait between them.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: Loaded<P> | undefined;
  const preload = (): Promise<Loaded<P>> =>
    load().then((component) => {
      loaded = { default: component };
      return loaded;
    });
  const Component = lazy(() => (loaded ? resolvedNow(loaded) : preload()));
  return { Component, preload };
}

/**
 * A thenable already fulfilled with `value`: `then` calls back before it returns. Typed as a Promise for
 * React.lazy, which calls nothing on it but `then`.
 */
function resolvedNow<T>(value: T): Promise<T> {
  const thenable: PromiseLike<T> = {
    then: (onFulfilled) => resolvedNow(onFulfilled ? onFulfilled(value) : value) as never,
  };
  return thenable as Promise<T>;
}
