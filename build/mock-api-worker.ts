import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { WORKER_FILE } from '../mocks/worker-contract.ts';
import { bundleClassicScript } from './classic-script.ts';
import { mswStandIns } from './msw-stand-ins.ts';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), '..', 'mocks', 'worker.ts');

/** The mock API's service worker script, as the dev server serves it and the build writes it. */
export function bundleMockApiWorker(mode: 'development' | 'production'): Promise<string> {
  return bundleClassicScript(ENTRY, { mode, name: 'mockApiWorker', plugins: [mswStandIns()] });
}

/**
 * The mock API's service worker (mocks/worker.ts: MSW's handlers and the mock data) bundled on its
 * own into one classic script, which every browser with service workers can run: the dev server
 * serves it, the build writes it, at the base path. The page's own bundle carries neither.
 */
export function mockApiWorker(): Plugin {
  let served: Promise<string> | undefined;
  return {
    name: 'mock-api-worker',
    configureServer(server) {
      server.watcher.on('change', () => (served = undefined));
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${server.config.base}${WORKER_FILE}`) return next();
        served ??= bundleMockApiWorker('development');
        served.then((code) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: await bundleMockApiWorker('production') });
    },
  };
}
