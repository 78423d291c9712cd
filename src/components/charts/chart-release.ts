import { createContext, use, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True on a page on its way out, hidden until the next page is on screen (src/app/page-switch.tsx).
 * Its charts draw nothing more, and are taken down one at a time when releaseCharts() is called.
 */
export const PageLeaving = createContext(false);

/** Drawn charts of leaving pages, each function taking its drawing down. */
const queue: (() => void)[] = [];
let releasing: Promise<void> | null = null;

/** The next task: the browser gets its turn (input, a frame) between two charts. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Takes down the drawings of leaving pages' charts, each in a task of its own, and resolves when none is
 * left. A drawing's teardown is most of a page's: each Recharts layer unregisters from the chart's store
 * as it goes, and an area page's six charts in one commit took a task of 86–120 ms at 4× CPU slowdown.
 */
export function releaseCharts(): Promise<void> {
  releasing ??= releaseQueued().finally(() => {
    releasing = null;
  });
  return releasing;
}

async function releaseQueued(): Promise<void> {
  for (let release = queue.shift(); release; release = queue.shift()) {
    // Rendered and committed in this task, so the next chart's teardown waits for the next.
    flushSync(release);
    await nextTask();
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
