/** How long an idle callback may wait, and what a browser without requestIdleCallback waits instead. */
export interface IdleTiming {
  timeoutMs: number;
  fallbackDelayMs: number;
}

/**
 * Runs `callback` when the main thread is idle (or `timeoutMs` has passed), with the idle period's
 * deadline where the browser has one; returns a cancel function.
 */
export function whenIdle(callback: (deadline?: IdleDeadline) => void, { timeoutMs, fallbackDelayMs }: IdleTiming): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => callback(), fallbackDelayMs);
  return () => clearTimeout(id);
}
