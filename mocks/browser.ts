import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

/** Starts the mock API in this browser; the worker's URL and scope follow the app's base path. */
export async function startWorker(basePath: string): Promise<void> {
  const registration = await worker.start({
    serviceWorker: { url: `${basePath}mockServiceWorker.js`, options: { scope: basePath } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // After a failed start MSW treats a second start() as redundant and returns nothing: that is no worker.
  if (!registration) throw new Error('The mock service worker did not start');
}
