import { test as base, expect } from '@playwright/test';

interface BrowserErrorOptions {
  /**
   * Console errors a test provokes on purpose, each named by why it is expected:
   * `test.use({ expectedConsoleErrors: { 'the injected script is refused': /^Refused to execute/ } })`.
   * Each must appear at least once; every other error still fails the test. None by default: strict.
   */
  expectedConsoleErrors: Record<string, RegExp>;
}

interface BrowserErrorFixtures {
  /** Console errors and uncaught exceptions seen in the browser during the test. Any one fails the test. */
  browserErrors: string[];
}

export const test = base.extend<BrowserErrorFixtures & BrowserErrorOptions>({
  expectedConsoleErrors: [{}, { option: true }],
  browserErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const expected = Object.entries(expectedConsoleErrors);
      const seen = new Set<string>();
      // Context-wide, so pages opened later (and their reloads) are watched too.
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const match = expected.find(([, pattern]) => pattern.test(message.text()));
        if (match) {
          seen.add(match[0]);
          return;
        }
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        errors.push(`uncaught: ${error.stack ?? error.message}`);
      });
      await use(errors);
      expect(errors, 'the browser reported errors during the test').toEqual([]);
      const missing = expected.filter(([why]) => !seen.has(why)).map(([why, pattern]) => `${why}: ${String(pattern)}`);
      expect(missing, 'console errors the test declared but never saw').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
