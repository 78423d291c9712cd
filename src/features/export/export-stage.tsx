import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { chartsSettled, UrgentDraw, whenChartsSettle } from '../../components/charts/transition-store';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { DOCUMENT_PLOT_WIDTH } from './page-size';

const DRAWING = '.recharts-wrapper > svg';
/** What the stage shows when its drawing failed to render: the export then fails at once. */
const FAILED = 'export-stage-failed';
const DRAW_TIMEOUT_MS = 10_000;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Resolves with the stage once its chart has been drawn: Recharts draws over a few renders, its
 * drawing on the page before its bars, and a chart has drawn when no chart has more to render. It
 * looks again when the charts settle or at the next frame, whichever comes first.
 */
async function drawnStage(stage: { current: HTMLElement | null }, onPage: () => boolean): Promise<HTMLElement> {
  const started = performance.now();
  for (;;) {
    if (!onPage()) throw new Error('The chart left the page before it was exported');
    const node = stage.current;
    if (node?.querySelector(`.${FAILED}`)) throw new Error('The chart could not be drawn for the export');
    if (node?.querySelector(DRAWING) && chartsSettled()) return node;
    if (performance.now() - started > DRAW_TIMEOUT_MS) throw new Error('The chart was not drawn in time');
    // Settled with no drawing yet (the stage has not mounted): only a frame can bring it.
    await (chartsSettled() ? nextFrame() : Promise.race([whenChartsSettle(), nextFrame()]));
  }
}

export interface ExportStage {
  /** Draws the chart at the document's width off screen, runs `work` on it, then takes it away. */
  withDrawing: <T>(work: (node: HTMLElement) => Promise<T>) => Promise<T>;
  /** The off-screen drawing while an export needs it; render it anywhere. */
  stage: ReactNode;
}

/**
 * An export's own drawing of a chart, at the width of a document's page (page-size.ts) and not the
 * screen's: a phone's chart would be tall and narrow on paper, a wide screen's text tiny. It is drawn
 * out of sight and out of reach (aria-hidden, inert), at the chart text size of the default mode. An
 * export fails with a message, and the page stays as it is, if the drawing fails or the chart leaves
 * the page first.
 */
export function useExportStage(drawAt: (width: number) => ReactNode): ExportStage {
  const [users, setUsers] = useState(0);
  const stageRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const withDrawing = async <T,>(work: (node: HTMLElement) => Promise<T>): Promise<T> => {
    // Drawn now, not at React's next turn: the first look for the drawing then finds it.
    flushSync(() => setUsers((count) => count + 1));
    try {
      return await work(await drawnStage(stageRef, () => mounted.current));
    } finally {
      setUsers((count) => count - 1);
    }
  };

  const stage =
    users > 0
      ? createPortal(
          <div ref={stageRef} className="chart-plot export-stage" style={{ width: DOCUMENT_PLOT_WIDTH }} aria-hidden="true" inert>
            {/* A failure here stays here: in a portal it would reach the chart's card and take it away. */}
            <UrgentDraw value={true}>
              <ErrorBoundary fallback={() => <p className={FAILED} />}>{drawAt(DOCUMENT_PLOT_WIDTH)}</ErrorBoundary>
            </UrgentDraw>
          </div>,
          document.body,
        )
      : null;
  return { withDrawing, stage };
}
