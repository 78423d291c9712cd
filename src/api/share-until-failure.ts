/**
 * `start`, run by the first call and its promise shared with every call after, until it fails: a
 * failure is forgotten, so the next call (a Retry) starts it again.
 */
export function shareUntilFailure<T>(start: () => Promise<T>): () => Promise<T> {
  let shared: Promise<T> | undefined;
  return () =>
    (shared ??= start().catch((error: unknown) => {
      shared = undefined;
      throw error;
    }));
}
