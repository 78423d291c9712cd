/**
 * Stands in for MSW's copy of the `cookie` package in the mock API's worker (build/msw-stand-ins.ts).
 * MSW parses every request's Cookie header for its handlers, and writes a page's document.cookie into
 * it, which a service worker has none of. This API reads no cookies; the package's parser, serializer
 * and validation were 1.3 KB of every first visit (gzip).
 */

/** decodeURIComponent where the value was encoded, else the value as it came. */
function decode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A Cookie header's pairs, `a=1; b=2`, by name, as the package reads them: the first of a name wins. */
export function parse(header: string): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    const name = pair.slice(0, equals).trim();
    if (Object.hasOwn(cookies, name)) continue;
    cookies[name] = decode(pair.slice(equals + 1).trim());
  }
  return cookies;
}

/** One cookie as a Cookie header writes it. */
export function serialize(name: string, value: string): string {
  return `${name}=${encodeURIComponent(value)}`;
}
