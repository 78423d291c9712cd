import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ensureDataService, registerDataService } from './api/data-service';
import { loadContract } from './api/queries';
import { retireMockWorker } from './api/retire-mock-worker';
import { createQueryClient } from './app/query-client';
import { AppRoutes, preloadPageAt } from './app/router';
import { numberHistoryEntry, ROUTER_OPTIONS } from './app/router-options';
import { env } from './config/env';
import { loadCatalog } from './i18n/catalogs';
import { langFor } from './i18n/i18n';
import { showStartFailure } from './start-failure';

if (env.mockApi) {
  // The built-in mock API starts while the page's code loads (below); requests wait for it (src/api/data-service.ts).
  registerDataService(async () => {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi(env.basePath);
  });
} else if ('serviceWorker' in navigator) {
  registerDataService(() => retireMockWorker(navigator.serviceWorker));
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first render is a transition, which React time-slices: the page stays responsive while it builds.
// A page opened in English has its words loaded first, so it never shows Chinese before English; the
// page opened has its code loaded first, so it shows in that render (preloadPageAt). The root is made
// then too, not as this module runs: it listens for every event React handles (some 150 listeners),
// and this module's task already evaluates the app's code.
const render = () => {
  const root = createRoot(container);
  startTransition(() => {
    root.render(
      <StrictMode>
        <QueryClientProvider client={createQueryClient()}>
          <BrowserRouter basename={env.basePath} {...ROUTER_OPTIONS}>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
};
const appPath = window.location.pathname.slice(env.basePath.length - 1);
const pageReady = Promise.allSettled([loadCatalog(langFor(new URLSearchParams(window.location.search))), preloadPageAt(appPath)]);
// While the page's code loads, each in a task of its own, work that the first render would otherwise
// carry: numbering the history entry (the router's), and starting the data service and loading the
// code that checks its answers (the first request's, in the task that ran the first render's effects:
// at 4x CPU slowdown each import() took 8-17 ms of it). A start that fails here is forgotten: the first
// request starts the service again, and reports its own failure.
setTimeout(numberHistoryEntry);
setTimeout(() => void ensureDataService().catch(() => {}));
setTimeout(() => void loadContract().catch(() => {}));
void pageReady.then(render).catch(showStartFailure);
