import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { allShown } from '../ui/coming';
import { usePageState } from '../ui/page-state';
import { longIdle } from '../ui/when-idle';
import { chartDrawing, noChartDrawing } from './chart-visibility';

// The charts of a page on its way out (page state `leaving`) draw nothing more, and are taken down one
// at a time when releaseCharts() is called.

/** Drawn charts of leaving pages, each function taking its drawing down. */
const queue: (() => void)[] = [];
let releasing: Promise<void> | null = null;

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
  const leaving = usePageState() === 'leaving';
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
