/**
 * Stands in for `d3-interpolate` in d3-scale; vite.config.ts points its import here.
 *
 * d3-scale maps a value onto the range it is given with d3's generic `interpolate`, which reads its
 * ends' type and can blend colours, dates, strings, arrays and objects: it carries d3-color's parser and
 * its table of 148 colour names. Recharts gives its scales pixel ranges, numbers only, so the numeric
 * interpolators below are all it reaches. They were 6 KB of a chart route's first visit (gzip).
 * An end that is not a number is an error here, not a blend d3 would have made.
 */

export type Interpolator = (t: number) => number;

/** d3's interpolateNumber: `a` at 0, `b` at 1. */
export function interpolateNumber(a: number, b: number): Interpolator {
  return (t) => a * (1 - t) + b * t;
}

/** d3's interpolateRound: interpolateNumber rounded to the nearest integer. */
export function interpolateRound(a: number, b: number): Interpolator {
  return (t) => Math.round(a * (1 - t) + b * t);
}

/** d3's interpolate, for the numbers a scale's range holds. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new TypeError(`Only numbers are interpolated in this build (src/components/charts/d3-interpolate.ts): ${String(a)} to ${String(b)}`);
  }
  return interpolateNumber(a, b);
}

/** d3's piecewise: an interpolator through `values`, one `interpolator` between each two in turn. */
export function piecewise(interpolator: (a: number, b: number) => Interpolator, values: readonly number[]): Interpolator {
  const pieces = values.slice(1).map((value, index) => interpolator(values[index], value));
  const last = pieces.length - 1;
  return (t) => {
    const index = Math.max(0, Math.min(last, Math.floor(t * pieces.length)));
    return pieces[index](t * pieces.length - index);
  };
}
