export interface Change {
  /** Signed percentage, rounded to one decimal: −54.9, +25. */
  percent: number;
  direction: 'up' | 'down' | 'same';
}

/** The change from before to after. None where the report gives no before, or it is zero (newly built). */
export function computeChange(before: number | null, after: number): Change | null {
  if (before === null || before === 0) return null;
  const percent = Math.round(((after - before) / before) * 1000) / 10;
  const direction = percent > 0 ? 'up' : percent < 0 ? 'down' : 'same';
  return { percent: Object.is(percent, -0) ? 0 : percent, direction };
}
