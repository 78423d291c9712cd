/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * The production page's Content-Security-Policy, as a <meta> so it travels with the build: no inline
 * or eval script, data only from this origin (or the configured API's), nothing third-party.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const apiOrigin = apiBaseUrl?.startsWith('http') ? ` ${new URL(apiBaseUrl).origin}` : '';
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/**
 * Every route needs the app, its pages and the mock API on a first visit, but they are dynamic
 * imports (so the shell paints before they run). Preload them from the HTML so they download in
 * parallel with the page instead of one after another. Recharts and the exporter are not needed
 * until a chart nears the screen or an export is asked for: they stay out.
 */
function preloadFirstVisitChunks(): Plugin {
  const wanted = [/\/src\/main\.tsx$/, /\/mocks\/browser\.ts$/, /\/src\/areas\/[^/]+-page\.tsx$/];
  let base = '/';
  return {
    name: 'preload-first-visit-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const files = new Set<string>();
        const add = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && !chunk.isEntry && wanted.some((pattern) => pattern.test(chunk.facadeModuleId ?? ''))) {
            add(chunk.fileName);
          }
        }
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), contentSecurityPolicy(env.VITE_API_BASE_URL), preloadFirstVisitChunks()],
    // Tests run MSW in Node with the real cookie jar; the browser build gets the small stand-in.
    resolve: mode === 'test' ? {} : { alias: { 'tough-cookie': fileURLToPath(new URL('./mocks/tough-cookie-lite.ts', import.meta.url)) } },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      restoreMocks: true,
      // Whole-app renders under jsdom take seconds on a 2-core machine running the suite in parallel.
      testTimeout: 20_000,
    },
  };
});
