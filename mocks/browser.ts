import { CLAIM_MESSAGE, WORKER_FILE } from './worker-contract';

/** Longest wait, once registered, for the worker to install, activate and control this page. */
const START_TIMEOUT_MS = 4_000;

/**
 * Starts the mock API: in its service worker where the page can have one, else in the page itself
 * (mocks/in-page.ts), so the dashboard shows its figures wherever it is opened. A worker that fails
 * to start is reported as a warning: the page goes on without it.
 */
export async function startMockApi(basePath: string): Promise<void> {
  if ('serviceWorker' in navigator) {
    try {
      await startWorker(basePath);
      return;
    } catch (error) {
      console.warn('The mock API runs in the page: its service worker could not start.', error);
    }
  }
  const { startInPage } = await import('./in-page');
  startInPage();
}

/**
 * Starts the mock API in this browser's service worker: registers it (mocks/worker.ts) at the app's
 * base path and resolves once the worker controls the page, so the first request already reaches it.
 */
async function startWorker(basePath: string): Promise<void> {
  const container = navigator.serviceWorker;
  const scriptUrl = new URL(`${basePath}${WORKER_FILE}`, window.location.href).href;
  const registration: ServiceWorkerRegistration | undefined = await container.register(scriptUrl, { scope: basePath });
  // A browser that blocks service workers may answer without a registration rather than refuse.
  if (!registration) throw new Error('The browser did not register the mock service worker');

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The mock service worker did not take control within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([takeControl(container, scriptUrl), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when the worker at scriptUrl controls this page. */
async function takeControl(container: ServiceWorkerContainer, scriptUrl: string): Promise<void> {
  const isControlled = () => container.controller?.scriptURL === scriptUrl;
  if (isControlled()) return;
  const controlled = new Promise<void>((resolve) => {
    const check = () => {
      if (!isControlled()) return;
      container.removeEventListener('controllerchange', check);
      resolve();
    };
    container.addEventListener('controllerchange', check);
  });
  // A new worker claims every page as it activates; one that was already active is asked to.
  const { active } = await container.ready;
  if (!isControlled()) active?.postMessage(CLAIM_MESSAGE);
  await controlled;
}
