/**
 * Stands in for headers-polyfill in the mock API's worker (build/msw-stand-ins.ts). MSW uses it for two
 * things: `Headers.prototype.getSetCookie`, to copy a mocked response's cookies into document.cookie,
 * which MSW skips where there is no document, as in a worker (and this API sets no cookies); and
 * `stringToHeaders`, for the part headers of a GraphQL multipart body, which this API has none of. The
 * polyfill, with the Set-Cookie parser it carries, was 1.8 KB of every first visit (gzip).
 */
export const Headers = globalThis.Headers;

/** Headers from their text, one `Name: value` per line; lines without a colon are skipped. */
export function stringToHeaders(text: string): globalThis.Headers {
  const headers = new globalThis.Headers();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
