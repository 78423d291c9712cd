import { textPx } from './label-lines';

/** A value axis: where it runs and the values it marks. */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/** Steps read at a glance: 1, 2, 2.5 and 5 times a power of ten. */
const STEP_FACTORS = [1, 2, 2.5, 5, 10];
/** Five labels at most, as Recharts would place. */
const MOST_STEPS = 4;
/** The gap between two tick labels, beyond their width (textPx). */
const TICK_GAP_PX = 12;

/**
 * The axis for values from 0 to `max`: at most `mostSteps` equal steps of a round size, the smallest
 * that reaches `max`. Recharts' own choice for 0–3,715 is steps of 950; this gives 1,000. Steps are
 * whole numbers: the report's figures are counts.
 */
export function valueAxis(max: number, mostSteps = MOST_STEPS): ValueAxis {
  if (!(max > 0)) return { domain: [0, 1], ticks: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(max / mostSteps));
  const step =
    STEP_FACTORS.map((factor) => factor * power).find((size) => Number.isInteger(size) && Math.ceil(max / size) <= mostSteps) ?? 1;
  const steps = Math.ceil(max / step);
  return { domain: [0, steps * step], ticks: Array.from({ length: steps + 1 }, (_, index) => index * step) };
}

/** Whether tick labels, as `format` writes them, fit `plotWidth` px when `spans` steps apart each. */
function labelsFit(ticks: readonly number[], spans: number, plotWidth: number, format: (value: number) => string): boolean {
  const widest = Math.max(...ticks.map((tick) => textPx(format(tick)))) + TICK_GAP_PX;
  return (plotWidth / (ticks.length - 1)) * spans >= widest;
}

/**
 * The value axis with the most steps whose labels, as `format` writes them, fit a plot `plotWidth` px
 * wide side by side. On a phone, with English values beside the bars, the plot can be 130 px wide:
 * five labels of "10,000" would run into each other.
 */
export function fittingValueAxis(max: number, plotWidth: number, format: (value: number) => string): ValueAxis {
  for (let steps = MOST_STEPS; steps > 1; steps -= 1) {
    const axis = valueAxis(max, steps);
    if (labelsFit(axis.ticks, 1, plotWidth, format)) return axis;
  }
  return valueAxis(max, 1);
}

/**
 * Given ticks (evenly spaced) thinned to every second, third… one until their labels fit `plotWidth`,
 * counted from 0 where 0 is among them, so that it stays marked: −100% and 0% of −100…+50% on a
 * narrow phone in elder mode, where all four ran into each other. Ticks that all fit come back as the
 * same array: Recharts then sees the same axis, and new rows do not redraw it.
 */
export function fittingTicks(ticks: number[], plotWidth: number, format: (value: number) => string): number[] {
  if (labelsFit(ticks, 1, plotWidth, format)) return ticks;
  const origin = Math.max(0, ticks.indexOf(0));
  for (let every = 2; every < ticks.length; every += 1) {
    if (labelsFit(ticks, every, plotWidth, format)) return ticks.filter((_, index) => (index - origin) % every === 0);
  }
  return ticks.slice(origin, origin + 1);
}
