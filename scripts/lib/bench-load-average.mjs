// The 1-minute load average, sampled after every measurement of every stage: the report gives its
// peak, since other work on the machine skews the figures.
import { loadAverage } from './perf-doc.mjs';

/** The highest 1-minute load average sampled (after every measurement). */
let peak = 0;
/** Samples the load average, keeping the peak; returns the sample. */
export function sampleLoad() {
  const value = loadAverage();
  peak = Math.max(peak, value);
  return value;
}

/** The highest sample so far (0 before the first). */
export const peakLoad = () => peak;
