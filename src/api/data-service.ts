import { shareUntilFailure } from './share-until-failure';

/**
 * The data service must be ready before the first request: with the built-in mock API that means
 * the service worker has started. The app registers how to start it; every request awaits it.
 * A failed start is forgotten so that Retry tries again.
 */
let ensure: () => Promise<void> = () => Promise.resolve();

export function registerDataService(start: () => Promise<void>): void {
  ensure = shareUntilFailure(start);
}

export function ensureDataService(): Promise<void> {
  return ensure();
}
