/** What the page and the mock API's service worker (mocks/worker.ts) agree on. */

/** The worker's script, built at the app's base path. */
export const WORKER_FILE = 'mock-api-worker.js';

/** Sent by a page the active worker does not control yet (after a hard reload, say). */
export const CLAIM_MESSAGE = 'claim';
