/**
 * Stands in for MSW's copy of the `statuses` package in the mock API's worker (build/msw-stand-ins.ts).
 * MSW gives a mocked response without a status text the standard one for its code, from a table of
 * every code (1.2 KB of every first visit, gzip). This one has the codes a JSON API answers with; any
 * other gets an empty status text, as every response over HTTP/2 has.
 */
const message: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export default { message };
