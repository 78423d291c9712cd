// The stylesheet belongs to the entry, so index.html links it and the static shell paints styled. Dark
// and elder mode as chosen before are on the shell already: src/apply-display-settings.ts.
import './styles.css';
import { nextTask } from './next-task';
import { showStartFailure } from './start-failure';

/** Longest wait for the shell's first paint before the app starts anyway. */
const PAINT_WAIT_MS = 3_000;

/**
 * The static shell in index.html is the page's first paint; the app's code is fetched and run only
 * once that paint is on screen, so no script ever holds it up. A page loaded in the background (no
 * paint coming) or a browser without paint timing starts the app at once.
 *
 * On screen, not merely painted: Chromium here sometimes holds the first frame back for about a
 * second after painting it. Started after the frame was made (requestAnimationFrame, then a task),
 * the app's requests fell before the first paint Lighthouse observed and were counted into its
 * simulated FCP and LCP: mobile 94–95 instead of 100 in those runs (FCP 1.8 s, LCP 2.7 s).
 */
function afterShellPaint(start: () => void): void {
  const paintTiming = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');
  if (document.visibilityState !== 'visible' || !paintTiming) {
    start();
    return;
  }
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(fallback);
    setTimeout(start);
  };
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  const fallback = setTimeout(go, PAINT_WAIT_MS);
}

// React DOM is evaluated in a task of its own, then the app: two short tasks rather than one long one.
afterShellPaint(() => {
  import('react-dom/client')
    .then(nextTask)
    .then(() => import('./main'))
    .catch(showStartFailure);
});
