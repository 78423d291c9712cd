import { WORKER_FILE } from '../../mocks/worker-contract';

const isMockWorker = (worker: ServiceWorker | null | undefined) => worker?.scriptURL.endsWith(`/${WORKER_FILE}`) ?? false;

/**
 * With the mock API off (a real server configured), a browser that ran the built-in mock before still
 * has its service worker, which would go on answering `/api` at this origin with mock data. It is
 * unregistered before the first request, and a page it still controls is reloaded once, without it.
 */
export async function retireMockWorker(container: ServiceWorkerContainer, reload = () => window.location.reload()): Promise<void> {
  const registrations = await container.getRegistrations();
  const mocks = registrations.filter((registration) => [registration.active, registration.waiting, registration.installing].some(isMockWorker));
  const removed = await Promise.all(mocks.map((registration) => registration.unregister()));
  if (isMockWorker(container.controller) && removed.some(Boolean)) {
    reload();
    // The page is going away: no request should reach the worker meanwhile.
    return new Promise<never>(() => undefined);
  }
}
