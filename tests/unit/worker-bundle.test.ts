import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleClassicScript } from '../../build/classic-script';
import { mswStandIns } from '../../build/msw-stand-ins';
import { areasResponse } from '../../mocks/handlers/areas';

type FetchListener = (event: { request: Request; respondWith: (answer: Promise<Response>) => void }) => void;

/** The worker script as the build writes it, run in a context of its own with a service worker's globals. */
async function startWorker(): Promise<(request: Request) => Promise<Response> | undefined> {
  const code = await bundleClassicScript(join(import.meta.dirname, '..', '..', 'mocks', 'worker.ts'), {
    mode: 'production',
    name: 'mockApiWorker',
    plugins: [mswStandIns()],
  });
  const listeners: FetchListener[] = [];
  const scope: Record<string, unknown> = {
    ...{ Request, Response, Headers, URL, URLSearchParams, TextEncoder, TextDecoder, ReadableStream, TransformStream },
    ...{ AbortController, Blob, FormData, console, setTimeout, clearTimeout, queueMicrotask, structuredClone, crypto },
    fetch: () => Promise.reject(new Error('no network in this test')),
    addEventListener: (type: string, listener: FetchListener) => type === 'fetch' && listeners.push(listener),
  };
  scope.self = scope;
  runInContext(code, createContext(scope));
  return (request) => {
    let answer: Promise<Response> | undefined;
    for (const listener of listeners) listener({ request, respondWith: (response) => (answer = response) });
    return answer;
  };
}

describe('the mock API worker as built, with its stand-ins for MSW packages', () => {
  let send: Awaited<ReturnType<typeof startWorker>>;
  beforeAll(async () => {
    send = await startWorker();
  }, 60_000);

  it('answers the API with the handlers’ figures, and a request carrying cookies too', async () => {
    const request = new Request('http://localhost/api/areas', { headers: { Cookie: 'a=1; b="two"' } });
    const answer = await send(request);
    expect(answer?.status).toBe(200);
    expect(answer?.statusText).toBe('OK');
    expect(await answer?.json()).toEqual(JSON.parse(JSON.stringify(areasResponse())));
  });

  it('says Not Found for an area it does not know', async () => {
    const answer = await send(new Request('http://localhost/api/areas/nowhere'));
    expect([answer?.status, answer?.statusText]).toEqual([404, 'Not Found']);
    expect(await answer?.json()).toEqual({ error: 'Unknown work area: nowhere' });
  });

  it('leaves what is not the API to the network', () => {
    expect(send(new Request('http://localhost/assets/main.js'))).toBeUndefined();
  });
});
