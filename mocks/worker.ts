// The mock API's service worker. MSW's request handlers run here, in the worker, so the page loads
// neither MSW nor the mock data: it only registers this script (mocks/browser.ts). Vite builds it
// into one classic script at the base path (mockApiWorker in vite.config.ts).
import './worker-storage';
import { isApiRequest, respond } from './responder';
import { CLAIM_MESSAGE } from './worker-contract';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data === CLAIM_MESSAGE) event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  if (isApiRequest(event.request)) event.respondWith(respond(event.request));
});
