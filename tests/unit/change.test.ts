import { describe, expect, it } from 'vitest';
import { computeChange } from '../../src/features/metrics/change';

describe('computeChange', () => {
  it.each([
    [9472, 4272, -54.9, 'down'],
    [12, 6, -50, 'down'],
    [12, 5, -58.3, 'down'],
    [8, 10, 25, 'up'],
  ] as const)('%i → %i is %d %%', (before, after, percent, direction) => {
    expect(computeChange(before, after)).toEqual({ percent, direction });
  });

  it('gives no change where the report gives no before value', () => {
    expect(computeChange(null, 464)).toBeNull();
  });

  it('gives no percentage for something newly built (before is zero)', () => {
    expect(computeChange(0, 1575)).toBeNull();
  });

  it('reports no change as zero, never as minus zero', () => {
    expect(computeChange(7, 7)).toEqual({ percent: 0, direction: 'same' });
  });
});
