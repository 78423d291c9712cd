// MSW's cookie store needs `localStorage` outside Node (msw/src/core/utils/cookieStore.ts asserts it
// when the module loads) and a service worker has none. This one keeps its items in memory for the
// worker's life; the mock API sets no cookies, so nothing is lost when the worker stops.
// Imported before anything from MSW (mocks/worker.ts).
declare const self: ServiceWorkerGlobalScope & { localStorage?: unknown };

class MemoryStorage {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }
}

if (!('localStorage' in self)) {
  Object.defineProperty(self, 'localStorage', { value: new MemoryStorage(), configurable: true });
}
