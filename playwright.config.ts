import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/browser.mjs';

// E2E_PORT exists only for a machine where something else already holds 4173; CI uses the default.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  // A hung browser must not hold CI for long: the whole suite normally takes well under a minute.
  globalTimeout: 10 * 60_000,
  use: {
    baseURL,
    locale: 'zh-CN',
    // Tracing costs ~30% on a 2-core runner; to debug a failure run `npx playwright test --trace retain-on-failure`.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Playwright cannot download its own browsers here: Debian's chromium, with the benchmarks' flags.
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The production build, mock service worker included, exactly as it ships.
    command: `npm run build && npx vite preview --port ${port} --strictPort`,
    url: baseURL,
    // Never test a stale server left on the port: fail instead (Playwright reports the port as taken).
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
