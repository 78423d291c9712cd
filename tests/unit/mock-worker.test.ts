import { describe, expect, it, vi } from 'vitest';
import { areasResponse } from '../../mocks/handlers/areas';
import { startInPage } from '../../mocks/in-page';
import { isApiRequest, respond } from '../../mocks/responder';

const get = (url: string) => new Request(url, { headers: { Accept: 'application/json' } });

describe("the mock API's service worker", () => {
  it('takes the API requests, at the site root or under a sub-path, and leaves the rest to the network', () => {
    expect(isApiRequest(get('http://localhost/api/areas'))).toBe(true);
    expect(isApiRequest(get('https://dash.example.gov.cn/haikou/api/areas/service'))).toBe(true);
    expect(isApiRequest(get('http://localhost/assets/main-abc123.js'))).toBe(false);
    expect(isApiRequest(get('http://localhost/governance'))).toBe(false);
    expect(isApiRequest(get('http://localhost/?api/areas'))).toBe(false);
  });

  it('answers with what the MSW handlers answer', async () => {
    const overview = await respond(get('http://localhost/api/areas'));
    expect(overview.status).toBe(200);
    expect(await overview.json()).toEqual(JSON.parse(JSON.stringify(areasResponse())));

    const unknownArea = await respond(get('http://localhost/api/areas/nowhere'));
    expect(unknownArea.status).toBe(404);
    expect(await unknownArea.json()).toEqual({ error: 'Unknown work area: nowhere' });
  });

  it('passes a request no handler matches on to the network unchanged', async () => {
    const network = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('from the network', { status: 418 }));
    const request = get('http://localhost/api/reports');
    const answer = await respond(request);
    expect(network).toHaveBeenCalledWith(request);
    expect(answer.status).toBe(418);
    expect(await answer.text()).toBe('from the network');
  });
});

describe('the mock API in the page, where there can be no worker', () => {
  it("answers the API's requests with the handlers and leaves every other request to the page's fetch", async () => {
    const pageFetch = window.fetch;
    const network = vi.fn(async () => new Response('from the network', { status: 418 }));
    window.fetch = network;
    try {
      startInPage();
      const overview = await fetch('http://localhost/api/areas');
      expect(await overview.json()).toEqual(JSON.parse(JSON.stringify(areasResponse())));
      expect(network).not.toHaveBeenCalled();

      // Neither a page nor an API path the handlers know: both go out, the latter once, not back to the handlers.
      expect((await fetch('http://localhost/assets/logo.png')).status).toBe(418);
      expect((await fetch('http://localhost/api/reports')).status).toBe(418);
      expect(network).toHaveBeenCalledTimes(2);
    } finally {
      window.fetch = pageFetch;
    }
  });
});
