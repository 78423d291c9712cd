import { isApiRequest, respond } from './responder';

let started = false;

/**
 * Runs the mock API in the page, for a page that cannot have its service worker: one opened over plain
 * HTTP at a network address (an intranet server: service workers need HTTPS or localhost), or in a
 * browser that blocks them. The page's fetch then answers the API's requests with the same MSW
 * handlers as the worker (mocks/responder.ts) and passes every other request on. Loaded only then:
 * the page's first visit otherwise carries neither MSW nor the mock data.
 */
export function startInPage(): void {
  if (started) return;
  started = true;
  const network = window.fetch.bind(window);
  // Async, as fetch is: a request that cannot be made rejects rather than throws.
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    return isApiRequest(request) ? respond(request, network) : network(input, init);
  };
}
