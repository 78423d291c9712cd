/**
 * Stands in for tough-cookie in the mock API's worker (build/msw-stand-ins.ts). MSW keeps a cookie
 * jar so handlers can read cookies that earlier mocked responses set; this API sets and reads no
 * cookies, and the real library pulls a public-suffix list (~70 KB gzip) into every first visit.
 * Request cookies from headers still reach handlers: MSW reads those without the jar.
 */
export class Cookie {
  key = '';
  value = '';

  static fromJSON(): Cookie | null {
    return null;
  }

  toJSON(): Record<string, never> {
    return {};
  }

  toString(): string {
    return '';
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }

  async setCookie(): Promise<void> {}
}
