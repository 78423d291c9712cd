import { test as base, expect } from '@playwright/test';

interface BrowserErrorFixtures {
  /** Console errors and uncaught exceptions seen in the browser during the test. Any one fails the test. */
  browserErrors: string[];
}

export const test = base.extend<BrowserErrorFixtures>({
  browserErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      // Context-wide, so pages opened later (and their reloads) are watched too.
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        errors.push(`uncaught: ${error.stack ?? error.message}`);
      });
      await use(errors);
      expect(errors, 'the browser reported errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
