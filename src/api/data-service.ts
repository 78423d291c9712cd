/**
 * The data service must be ready before the first request: with the built-in mock API that means
 * the service worker has started. The app registers how to start it; every request awaits it.
 * A failed start is forgotten so that Retry tries again.
 */
type Starter = () => Promise<void>;

let starter: Starter | null = null;
let ready: Promise<void> | null = null;

export function registerDataService(start: Starter): void {
  starter = start;
  ready = null;
}

export function ensureDataService(): Promise<void> {
  if (!starter) return Promise.resolve();
  if (!ready) {
    ready = starter().catch((error: unknown) => {
      ready = null;
      throw error;
    });
  }
  return ready;
}
