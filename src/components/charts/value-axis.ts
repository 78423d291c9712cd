/** A value axis: where it runs and the values it marks. */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/** Steps read at a glance: 1, 2, 2.5 and 5 times a power of ten. */
const STEP_FACTORS = [1, 2, 2.5, 5, 10];
/** Five labels at most: on a phone the plot is under 200 px wide, and "10,000" is five digits. */
const MOST_STEPS = 4;

/**
 * The axis for values from 0 to `max`: at most four equal steps of a round size, the smallest that
 * reaches `max`. Recharts' own choice for 0–3,715 is steps of 950; this gives 1,000. Steps are whole
 * numbers: the report's figures are counts.
 */
export function valueAxis(max: number): ValueAxis {
  if (!(max > 0)) return { domain: [0, 1], ticks: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(max / MOST_STEPS));
  const step =
    STEP_FACTORS.map((factor) => factor * power).find((size) => Number.isInteger(size) && Math.ceil(max / size) <= MOST_STEPS) ?? 1;
  const steps = Math.ceil(max / step);
  return { domain: [0, steps * step], ticks: Array.from({ length: steps + 1 }, (_, index) => index * step) };
}
