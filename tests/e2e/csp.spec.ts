import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { ROUTES, area } from './areas';
import { saveDownload } from './files';
import { expect, test } from './fixtures';
import { chart, expectChartsDrawn, openWithMockApi } from './support';

test.describe('Content Security Policy', () => {
  function directives(policy: string): Record<string, string[]> {
    return Object.fromEntries(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => Boolean(name))
        .map(([name = '', ...values]) => [name, values]),
    );
  }

  /** Collects CSP violations from every document the page loads, and console lines about the policy. */
  async function watchPolicy(page: Page): Promise<string[]> {
    const seen: string[] = [];
    await page.exposeFunction('__reportViolation', (text: string) => seen.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) seen.push(`console.${message.type()}: ${message.text()}`);
    });
    return seen;
  }

  test('the production page declares a strict policy before any script', async ({ page }) => {
    await page.goto('/');
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveCount(1);
    const policy = directives((await meta.getAttribute('content')) ?? '');
    // Scripts from this origin, and the page's one inline script (its display settings) by its hash.
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''));
    expect(inline).toHaveLength(1);
    const inlineHash = createHash('sha256').update(inline[0] ?? '').digest('base64');
    expect(policy['script-src']).toEqual(["'self'", `'sha256-${inlineHash}'`]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    // A policy in a <meta> only covers what comes after it.
    const metaFirst = await page.evaluate(() => {
      const elements = [...document.head.children];
      const metaAt = elements.findIndex((element) => element.getAttribute('http-equiv') === 'Content-Security-Policy');
      const firstScript = elements.findIndex((element) => element.localName === 'script');
      return metaAt >= 0 && (firstScript === -1 || metaAt < firstScript);
    });
    expect(metaFirst, 'the CSP meta comes before the first script').toBe(true);
  });

  test('no route and no export breaks it', async ({ page }) => {
    const violations = await watchPolicy(page);
    for (const route of ROUTES) {
      await openWithMockApi(page, route.path, route.api);
      await expect(page.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
      await expectChartsDrawn(page);
    }
    await openWithMockApi(page, area('governance').path, '/api/areas/governance');
    const title = '村(社区)内外部挂牌总数';
    const figure = chart(page, title);
    await figure.scrollIntoViewIfNeeded();
    const png = await saveDownload(page, figure.getByRole('button', { name: `下载 PNG（${title}）`, exact: true }));
    expect(png.name).toBe('governance-plaques-2024.png');
    const zip = await saveDownload(page, page.getByRole('button', { name: '导出本页全部图表（ZIP）', exact: true }));
    expect(zip.name).toBe('governance-charts-2024.zip');
    expect(violations).toEqual([]);
  });

  test.describe('enforcement', () => {
    test.use({
      expectedConsoleErrors: {
        'the injected inline script is refused':
          /^Executing inline script violates the following Content Security Policy directive 'script-src 'self' 'sha256-[\w+/=]+''/,
        'the connection to another origin is refused':
          /^Connecting to 'http:\/\/127\.0\.0\.1:9\/' violates the following Content Security Policy directive: "connect-src 'self'"/,
        'fetch reports the refusal': /^Fetch API cannot load http:\/\/127\.0\.0\.1:9\/\. Refused to connect because it violates the document's Content Security Policy/,
      },
    });

    test('an injected inline script and a foreign connection are refused and reported', async ({ page }) => {
      const violations = await watchPolicy(page);
      await openWithMockApi(page, '/', '/api/areas');
      const outcome = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.injected = "ran"';
        document.head.append(script);
        let connected = true;
        try {
          await fetch('http://127.0.0.1:9/');
        } catch {
          connected = false;
        }
        return { ran: document.documentElement.dataset.injected === 'ran', connected };
      });
      expect(outcome).toEqual({ ran: false, connected: false });
      await expect.poll(() => violations.filter((line) => !line.startsWith('console.'))).toEqual([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^connect-src blocked http:\/\/127\.0\.0\.1:9\//),
      ]);
    });
  });
});
