import { Blob } from 'node:buffer';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleMockApiWorker } from '../../build/mock-api-worker';
import { mswStandIns } from '../../build/msw-stand-ins';
import { areasResponse } from '../../mocks/handlers/areas';

type FetchListener = (event: { request: Request; respondWith: (answer: Promise<Response>) => void }) => void;

/**
 * The worker script as the build writes it, run in a context of its own with a service worker's globals:
 * Node's, and the test environment's AbortController.
 */
async function startWorker(code: string): Promise<(request: Request) => Promise<Response> | undefined> {
  const listeners: FetchListener[] = [];
  const scope: Record<string, unknown> = {
    ...{ Request, Response, Headers, URL, URLSearchParams, TextEncoder, TextDecoder, ReadableStream, TransformStream },
    ...{ AbortController, Blob, console, setTimeout, clearTimeout, queueMicrotask, structuredClone, crypto },
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
  let code: string;
  let send: Awaited<ReturnType<typeof startWorker>>;
  beforeAll(async () => {
    code = await bundleMockApiWorker('production');
    send = await startWorker(code);
  }, 60_000);

  it('carries none of the packages the stand-ins replace', () => {
    // Text that survives minifying: a line of the statuses table, an error message of tough-cookie's.
    expect(code).not.toContain('Non-Authoritative Information');
    expect(code).not.toContain('Cookie has domain set to the public suffix');
    expect(code).toContain('Service Unavailable');
  });

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

describe('the stand-ins plugin', () => {
  const entry = join(import.meta.dirname, '..', '..', 'mocks', 'worker-contract.ts');

  it('fails the build when MSW no longer imports what it replaces', async () => {
    const bundling = build({ configFile: false, logLevel: 'silent', plugins: [mswStandIns()], build: { write: false, lib: { entry, formats: ['es'] } } });
    await expect(bundling).rejects.toThrow(/MSW no longer imports tough-cookie, headers-polyfill, statuses.mjs, cookie.mjs/);
  });

  it('replaces a shims/ file only where MSW imports it', () => {
    const plugin = mswStandIns();
    const resolve = plugin.resolveId as (source: string, importer?: string) => string | null;
    expect(resolve('../../../shims/statuses.mjs', '/app/node_modules/msw/lib/core/utils/HttpResponse/decorators.mjs')).toMatch(/stand-ins[\\/]statuses\.ts$/);
    expect(resolve('..\\..\\shims\\cookie.mjs', 'C:\\app\\node_modules\\msw\\lib\\core\\x.mjs')).toMatch(/stand-ins[\\/]cookie\.ts$/);
    expect(resolve('./shims/statuses.mjs', '/app/src/api/client.ts')).toBeNull();
    expect(resolve('constructor', '/app/node_modules/msw/lib/core/index.mjs')).toBeNull();
    expect(resolve('tough-cookie', '/app/node_modules/msw/lib/core/utils/cookieStore.mjs')).toMatch(/stand-ins[\\/]tough-cookie\.ts$/);
  });
});
