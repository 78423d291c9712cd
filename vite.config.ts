/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { indexHtml } from './build/index-html.ts';
import { mockApiWorker } from './build/mock-api-worker.ts';
import { mswStandIns } from './build/msw-stand-ins.ts';
import { CONTRACT_BASE, CONTRACT_REST, FIRST_RENDER_GROUPS, RECHARTS_BASE, RECHARTS_REST, yieldBeforeChunk } from './build/chunks.ts';

/** Recharts reads its chart store through this hook: src/components/charts/transition-store.ts says why. */
const transitionStore = {
  find: /^use-sync-external-store\/shim\/with-selector$/,
  replacement: fileURLToPath(new URL('./src/components/charts/transition-store.ts', import.meta.url)),
};

/** Only the parts of Recharts' libraries the dashboard's charts reach: each stand-in says why. */
const chartStandIns = [
  { find: /^victory-vendor\/d3-scale$/, replacement: fileURLToPath(new URL('./src/components/charts/d3-scales.ts', import.meta.url)) },
  { find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/components/charts/d3-interpolate.ts', import.meta.url)) },
  { find: /^decimal\.js-light$/, replacement: fileURLToPath(new URL('./src/components/charts/decimal-numbers.ts', import.meta.url)) },
];

/** The line that tells V8 to compile a whole file as it streams in (compileHints). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Every chunk here is code that runs as soon as it loads: React DOM and the app on the first render,
 * Recharts on a chart's first draw. V8's explicit compile hint has Chromium compile such a file whole
 * while it streams in, off the main thread, rather than function by function on the main thread as
 * each is first called (https://v8.dev/blog/explicit-compile-hints). Measured at 4x CPU slowdown: a
 * chart's first draw took a median 262 ms without it on Recharts' chunk, 158 ms with it. The comment
 * must be the file's first line, so it is added after Vite has written everything else.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // The hint is added after the file names are hashed: the hash must still tell the two apart.
    augmentChunkHash: () => COMPILE_HINT,
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = `${COMPILE_HINT}${file.code}`;
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      indexHtml({ apiBaseUrl: env.VITE_API_BASE_URL }),
      // In this order: each adds a first line to chunks, and the compile hint must end up first.
      yieldBeforeChunk(RECHARTS_REST, RECHARTS_BASE.name),
      yieldBeforeChunk(CONTRACT_REST, CONTRACT_BASE.name),
      compileHints(),
      // Tests run MSW in Node (mocks/node.ts); a build for a real server has no mock API. The page's
      // own copy of MSW (mocks/in-page.ts, for a page without the worker) has the worker's stand-ins.
      ...(mode !== 'test' && env.VITE_MOCK_API !== 'off' ? [mockApiWorker(), { ...mswStandIns(), apply: 'build' as const }] : []),
    ],
    // Chunks are fetched when imported: no preload helper or polyfill in the entry, nothing fetched
    // ahead of the shell's first paint.
    // The manifest is the module graph `npm run size` reads to count each route's first visit.
    build: {
      modulePreload: false,
      // One stylesheet, which index.html links. Split per chunk, it made every import() of a page, a
      // catalog or the schemas go through Vite's helper to check that the stylesheet was there.
      cssCodeSplit: false,
      manifest: true,
      // Recharts and the API contract each in two chunks, run in two tasks: build/chunks.ts says why.
      rolldownOptions: { output: { codeSplitting: { groups: [...FIRST_RENDER_GROUPS, RECHARTS_BASE, CONTRACT_BASE] } } },
    },
    resolve: { alias: [transitionStore, ...chartStandIns] },
    // In development, Recharts is pre-bundled: the hook stays out of that bundle, one module the app
    // shares (it keeps the state that says whether a chart is still drawing).
    optimizeDeps: { rolldownOptions: { external: [transitionStore.replacement] } },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      restoreMocks: true,
      // Stylesheets are empty in tests, except where a test reads one's text (`?raw`) to apply it.
      css: { include: [/\.css\?raw$/] },
      // Recharts' ES modules, as in the browser: its CommonJS build would skip the store hook above.
      alias: [{ find: /^recharts$/, replacement: fileURLToPath(new URL('./node_modules/recharts/es6/index.js', import.meta.url)) }],
      // Transformed here, not loaded by Node, so their imports meet the stand-ins above as in the build.
      server: { deps: { inline: ['recharts', 'd3-scale'] } },
      // Whole-app renders under jsdom take seconds on a 2-core machine running the suite in parallel.
      testTimeout: 20_000,
    },
  };
});
