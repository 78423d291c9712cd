import { lazy, memo, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { usePageState } from '../ui/page-state';
import { useReleased } from './chart-release';
import { chartColorToken, chartHeight, labelLines, type HorizontalBarChartProps, type SizedBarChartProps } from './chart-types';
import { OnCommit, useMountSlot, useNearViewport } from './chart-visibility';
import { useElementWidth } from './use-element-width';

// Recharts is the largest library here: it loads when the first chart nears the screen. Memoised: a
// render of the chart's holder (a page leaving, see ChartWhenDue) with the same props draws nothing.
const HorizontalBarChartImpl = lazy(async () => {
  const module = await import('./bar-chart');
  return { default: memo(module.HorizontalBarChart as ComponentType<SizedBarChartProps<string>>) };
});

/**
 * The bar chart, drawn when it comes near the screen, one chart at a time. Until then a placeholder of its exact height holds its place.
 */
export function LazyHorizontalBarChart<K extends string>(props: HorizontalBarChartProps<K>) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const width = useElementWidth(ref);
  return (
    <div ref={ref}>
      <ChartWhenDue {...props} due={near} width={width} />
    </div>
  );
}

/**
 * A bar chart placed by its caller, which says when it is due and how wide it is: for charts stacked in
 * one place that share a measurement, hidden ones included (a hidden element has no width of its own).
 * It waits for its turn (useMountSlot) and holds its height with a placeholder until drawn. On a page
 * on its way out it draws no more, and its drawing is taken down in its turn (useReleased).
 */
export function ChartWhenDue<K extends string>({ due, width, ...props }: HorizontalBarChartProps<K> & { due: boolean; width: number | undefined }) {
  const pageState = usePageState();
  const leaving = pageState === 'leaving';
  const slot = useMountSlot(due && width !== undefined && !leaving, pageState === 'shown');
  const released = useReleased(slot.granted);
  const { drawn } = slot;
  // A chart taken down before it was drawn gives up its turn to draw.
  useEffect(() => {
    if (released) drawn();
  }, [released, drawn]);
  const narrow = props.narrow ?? false;
  const height = chartHeight(props.rows.length, props.series.length, labelLines(props.rows, narrow), narrow);
  const placeholder = <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;
  return (
    <>
      {props.series.length > 1 && (
        <ul className="chart-legend">
          {props.series.map((item) => (
            <li key={item.key}>
              <span className="chart-swatch" style={{ background: `var(${chartColorToken(item.color)})` }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {slot.granted && width !== undefined && !released ? (
        <Suspense fallback={placeholder}>
          <HorizontalBarChartImpl {...(props as unknown as HorizontalBarChartProps<string>)} width={width} />
          <OnCommit onCommit={slot.drawn} />
        </Suspense>
      ) : (
        placeholder
      )}
    </>
  );
}

/** The drawing alone at a given width, drawn at once (Recharts loads first if it has not): what an export is made from. */
export function BarChartAtWidth<K extends string>(props: SizedBarChartProps<K>) {
  return (
    <Suspense fallback={null}>
      <HorizontalBarChartImpl {...(props as unknown as SizedBarChartProps<string>)} />
    </Suspense>
  );
}
