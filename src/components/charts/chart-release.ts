import { createContext, use, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { allShown } from '../ui/coming';
import { whenIdle, type IdleTiming } from '../ui/when-idle';
import { chartDrawing, noChartDrawing } from './chart-visibility';

/**
 * True on a page on its way out, hidden until the next page is on screen (src/app/page-switch.tsx).
 * Its charts draw nothing more, and are taken down one at a time when releaseCharts() is called.
 */
export const PageLeaving = createContext(false);

/** Drawn charts of leaving pages, each function taking its drawing down. */
const queue: (() => void)[] = [];
let releasing: Promise<void> | null = null;

/** A teardown waits for the main thread to be idle with no frame due, but not for longer than a second. */
const RELEASE_IDLE: IdleTiming = { timeoutMs: 1_000, fallbackDelayMs: 0 };
/** An idle period this long has no frame due in it: the page now shown has shown all it has to. */
const LONG_IDLE_MS = 30;

/** A long idle moment, or a second after asking: the browser has done what it had to first. */
function longIdle(): Promise<void> {
  const giveUpAt = performance.now() + RELEASE_IDLE.timeoutMs;
  return new Promise((resolve) => {
    const wait = () =>
      whenIdle((deadline) => {
        const long = !deadline || deadline.didTimeout || deadline.timeRemaining() >= LONG_IDLE_MS;
        if (long || performance.now() >= giveUpAt) resolve();
        else wait();
      }, RELEASE_IDLE);
    wait();
  });
}

/**
 * Takes down the drawings of leaving pages' charts, each in a task of its own, and resolves when none is
 * left. A drawing's teardown is most of a page's: each Recharts layer unregisters from the chart's store
 * as it goes, and an area page's six charts in one commit took a task of 86–120 ms at 4× CPU slowdown.
 * The page now shown goes first: each teardown waits until the pages on screen show all they have
 * (allShown), no chart draws or waits to, and the browser is idle with no frame due. Run at once after
 * the next page's first frame, the six teardowns had held its first chart back by about 170 ms at 4×.
 */
export function releaseCharts(): Promise<void> {
  releasing ??= releaseQueued().finally(() => {
    releasing = null;
  });
  return releasing;
}

async function releaseQueued(): Promise<void> {
  while (queue.length > 0) {
    await allShown();
    await noChartDrawing();
    await longIdle();
    // A chart that asked to draw meanwhile goes first.
    if (chartDrawing()) continue;
    const release = queue.shift();
    if (release) flushSync(release);
  }
}

/**
 * Whether a chart's drawing is to be taken down: on a leaving page, once its turn has come. Until then
 * a drawn chart is queued for releaseCharts(); on a page shown again, it is drawn again.
 */
export function useReleased(drawn: boolean): boolean {
  const leaving = use(PageLeaving);
  const [released, setReleased] = useState(false);
  const queued = leaving && drawn && !released;
  useEffect(() => {
    if (!queued) return undefined;
    const release = () => setReleased(true);
    queue.push(release);
    return () => {
      const index = queue.indexOf(release);
      if (index >= 0) queue.splice(index, 1);
    };
  }, [queued]);
  if (released && !leaving) setReleased(false);
  return released && leaving;
}
