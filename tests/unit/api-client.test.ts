import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { apiGet } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { AreasResponseSchema } from '../../src/api/schemas';

/** The error apiGet rejected with; fails the test if it resolved. */
async function failureOf(request: Promise<unknown>): Promise<ApiError> {
  try {
    await request;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('the request succeeded');
}

describe('apiGet with a schema that loads beside the request', () => {
  it('parses the answer once the schema has loaded', async () => {
    const schema = new Promise<typeof AreasResponseSchema>((resolve) => setTimeout(() => resolve(AreasResponseSchema), 20));
    const data = await apiGet('/areas', schema);
    expect(data.areas.map((area) => area.id)).toEqual(['new-sectors', 'governance', 'service']);
  });

  it('reports a schema that could not load as a network failure, not a broken answer', async () => {
    const error = await failureOf(apiGet('/areas', Promise.reject(new Error('chunk failed to load'))));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/contract for \/areas could not be loaded.*chunk failed to load/);
  });

  it('reports the request’s own failure first, whatever became of the schema', async () => {
    server.use(http.get('*/api/areas', () => HttpResponse.json({}, { status: 503 }), { once: true }));
    const error = await failureOf(apiGet('/areas', Promise.reject(new Error('chunk failed to load'))));
    expect(error.kind).toBe('server');
  });
});

// Chrome 109 (the last on Windows 7) and iOS 16 have no AbortSignal.any; React Query always passes a signal.
describe('apiGet in a browser without AbortSignal.any', () => {
  const original = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
  beforeEach(() => {
    Reflect.deleteProperty(AbortSignal, 'any');
  });
  afterEach(() => {
    if (original) Object.defineProperty(AbortSignal, 'any', original);
  });

  it('still answers a request made with the caller’s signal', async () => {
    expect(AbortSignal.any).toBeUndefined();
    const data = await apiGet('/areas', AreasResponseSchema, { signal: new AbortController().signal });
    expect(data.areas.map((area) => area.id)).toEqual(['new-sectors', 'governance', 'service']);
  });

  it('leaves no listener on the caller’s signal once the request has settled', async () => {
    const caller = new AbortController();
    const added = vi.spyOn(caller.signal, 'addEventListener');
    const removed = vi.spyOn(caller.signal, 'removeEventListener');
    await apiGet('/areas', AreasResponseSchema, { signal: caller.signal });
    const listeners = added.mock.calls.map(([, listener]) => listener);
    expect(listeners.length).toBeGreaterThan(0);
    expect(removed.mock.calls.map(([, listener]) => listener)).toEqual(expect.arrayContaining(listeners));
  });

  it('still stops the request when the caller aborts, as an abort rather than a failure', async () => {
    server.use(
      http.get('*/api/areas', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const caller = new AbortController();
    const request = apiGet('/areas', AreasResponseSchema, { signal: caller.signal });
    setTimeout(() => caller.abort(), 20);
    const started = Date.now();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('still reports a request that never answers as a time-out', async () => {
    server.use(
      http.get('*/api/areas', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await failureOf(apiGet('/areas', AreasResponseSchema, { signal: new AbortController().signal, timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
  });
});
