import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
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
