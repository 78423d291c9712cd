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

/** Gives up waiting for a long idle period after a second. */
const LONG_IDLE_TIMING: IdleTiming = { timeoutMs: 1_000, fallbackDelayMs: 0 };
/** An idle period this long has no frame due in it: the page shown has shown all it has to. */
const LONG_IDLE_MS = 30;

/**
 * Resolves at a long idle moment (at least 30 ms with no frame due), or a second after asking: the
 * browser has done what it had to first. Without requestIdleCallback, after a task.
 */
export function longIdle(): Promise<void> {
  const giveUpAt = performance.now() + LONG_IDLE_TIMING.timeoutMs;
  return new Promise((resolve) => {
    const wait = () =>
      whenIdle((deadline) => {
        const long = !deadline || deadline.didTimeout || deadline.timeRemaining() >= LONG_IDLE_MS;
        if (long || performance.now() >= giveUpAt) resolve();
        else wait();
      }, LONG_IDLE_TIMING);
    wait();
  });
}
