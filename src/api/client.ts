import type * as z from 'zod/mini';
import { env } from '../config/env';
import { ensureDataService } from './data-service';
import { ApiError, kindForStatus } from './errors';

/** A request that has not answered by then is abandoned and reported as a time-out. */
export const REQUEST_TIMEOUT_MS = 2500;

interface GetOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

function resolveUrl(path: string): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return new URL(`${env.apiBaseUrl}${path}`, origin).toString();
}

/**
 * GET a JSON resource and parse it with its schema. Every failure becomes an ApiError. The schema may
 * still be loading (its code comes with the first request): it is awaited only to parse the answer.
 */
export async function apiGet<T>(
  path: string,
  schema: z.ZodMiniType<T> | Promise<z.ZodMiniType<T>>,
  { signal, timeoutMs = REQUEST_TIMEOUT_MS }: GetOptions = {},
): Promise<T> {
  const contract = Promise.resolve(schema);
  // A failed request is reported as such, whether or not the schema has loaded by then.
  contract.catch(() => {});
  try {
    await ensureDataService();
  } catch (error) {
    throw new ApiError('service-unavailable', `The data service could not start: ${String(error)}`);
  }

  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(resolveUrl(path), { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', `No answer from ${path} within ${timeoutMs} ms`);
    if (signal?.aborted) throw error;
    throw new ApiError('network', `Network error on ${path}: ${String(error)}`);
  }

  if (!response.ok) {
    throw new ApiError(kindForStatus(response.status), `HTTP ${response.status} on ${path}`, response.status);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('malformed', `The answer from ${path} is not valid JSON`, response.status);
  }

  let validator: z.ZodMiniType<T>;
  try {
    validator = await contract;
  } catch (error) {
    throw new ApiError('network', `The contract for ${path} could not be loaded: ${String(error)}`, response.status);
  }
  const parsed = validator.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('schema', `The answer from ${path} does not match the contract: ${parsed.error.message}`, response.status);
  }
  return parsed.data;
}
