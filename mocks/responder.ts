import { getResponse } from 'msw';
import { handlers } from './handlers';

/** The mock API's requests: those whose path has an `/api/` segment (the client's default base). */
export function isApiRequest(request: Request): boolean {
  return new URL(request.url).pathname.includes('/api/');
}

/**
 * The mock API's answer to a request, resolved against the MSW handlers; a request no handler
 * matches goes on to the network unchanged, by `network` (in the page, the fetch it had before
 * mocks/in-page.ts took it over).
 */
export async function respond(request: Request, network: typeof fetch = fetch): Promise<Response> {
  return (await getResponse(handlers, request)) ?? network(request);
}
