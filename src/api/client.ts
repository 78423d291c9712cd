import type * as z from 'zod/mini';
import { env } from '../config/env';
import { nextTask } from '../next-task';
import { ensureDataService } from './data-service';
import { ApiError, kindForStatus } from './errors';

/** A request that has not answered by then is abandoned and reported as a time-out. */
export const REQUEST_TIMEOUT_MS = 2500;

interface GetOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * A signal that aborts, with its reason, when either of two does. AbortSignal.any does this, but only
 * from Chrome 116 and Safari 17.4: not on Chrome 109, the last on Windows 7, nor on iOS 16. Call
 * `release` once the request has settled, so neither source keeps a listener for a finished request.
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  function release() {
    first.removeEventListener('abort', abort);
    second.removeEventListener('abort', abort);
  }
  // Listeners run as a signal aborts, so the one found aborted here is the first to have done so.
  function abort() {
    release();
    controller.abort(first.aborted ? first.reason : second.reason);
  }
  if (first.aborted || second.aborted) {
    abort();
  } else {
    first.addEventListener('abort', abort);
    second.addEventListener('abort', abort);
  }
  return { signal: controller.signal, release };
}

function resolveUrl(path: string): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return new URL(`${env.apiBaseUrl}${path}`, origin).toString();
}

/**
 * GET a JSON resource and parse it with its schema. Every failure becomes an ApiError. The schema may
 * still be loading (its code loads as the app starts, loadContract): it is awaited only to parse the answer.
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
  // The request goes out in a task of its own: starting a fetch took 5-26 ms at 4x CPU slowdown here,
  // and a query starts in the effects of the render that asks for it, often a long task already.
  await nextTask();

  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? eitherSignal(signal, timeout) : { signal: timeout, release: () => {} };
  // The signal stays linked until the body has been read: an abort or time-out can still stop that.
  let response: Response;
  let body: unknown;
  try {
    try {
      response = await fetch(resolveUrl(path), { signal: combined.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (timeout.aborted) throw new ApiError('timeout', `No answer from ${path} within ${timeoutMs} ms`);
      if (signal?.aborted) throw error;
      throw new ApiError('network', `Network error on ${path}: ${String(error)}`);
    }

    if (!response.ok) {
      throw new ApiError(kindForStatus(response.status), `HTTP ${response.status} on ${path}`, response.status);
    }

    try {
      body = await response.json();
    } catch {
      throw new ApiError('malformed', `The answer from ${path} is not valid JSON`, response.status);
    }
  } finally {
    combined.release();
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
