export type ApiErrorKind =
  | 'service-unavailable'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'not-found'
  | 'server'
  | 'http'
  | 'malformed'
  | 'schema';

/** A failed API call, classified so the UI can say in plain words what went wrong. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;

  constructor(kind: ApiErrorKind, message: string, status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server';
  return 'http';
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
