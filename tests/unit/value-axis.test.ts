import { describe, expect, it } from 'vitest';
import { fittingTicks, fittingValueAxis, valueAxis } from '../../src/components/charts/value-axis';

describe('valueAxis', () => {
  it.each([
    [3715, [0, 1000, 2000, 3000, 4000]],
    [9472, [0, 2500, 5000, 7500, 10000]],
    [1575, [0, 500, 1000, 1500, 2000]],
    [464, [0, 200, 400, 600]],
    [92, [0, 25, 50, 75, 100]],
    [70000, [0, 20000, 40000, 60000, 80000]],
    [4000, [0, 1000, 2000, 3000, 4000]],
    [12, [0, 5, 10, 15]],
    [3, [0, 1, 2, 3]],
  ])('marks 0 to %i in round steps: %j', (max, ticks) => {
    expect(valueAxis(max)).toEqual({ domain: [0, ticks.at(-1)], ticks });
  });

  it('steps only by whole numbers: 0 to 10 by 5, not 2.5', () => {
    expect(valueAxis(10).ticks).toEqual([0, 5, 10]);
  });

  it('reaches every value and never takes more than four steps', () => {
    for (let max = 1; max <= 20000; max += 7) {
      const { domain, ticks } = valueAxis(max);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });

  it('gives an axis of 0 to 1 when there is nothing above zero, or less than one', () => {
    expect(valueAxis(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(valueAxis(0.3)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});

describe('fittingValueAxis', () => {
  const format = (value: number) => value.toLocaleString('en-US');

  it('takes four steps where their labels fit side by side', () => {
    expect(fittingValueAxis(9472, 400, format).ticks).toEqual([0, 2500, 5000, 7500, 10000]);
  });

  it('takes fewer, larger steps in a plot too narrow for five labels: a phone, values in English', () => {
    expect(fittingValueAxis(9472, 149, format).ticks).toEqual([0, 5000, 10000]);
    expect(fittingValueAxis(70000, 180, format).ticks).toEqual([0, 50000, 100000]);
    expect(fittingValueAxis(70000, 149, format).ticks).toEqual([0, 100000]);
  });

  it('keeps at least the two ends', () => {
    expect(fittingValueAxis(9472, 40, format).ticks).toEqual([0, 10000]);
  });

  it('never places labels closer than their width', () => {
    for (const width of [60, 100, 132, 200, 300, 500]) {
      for (const max of [12, 464, 3715, 9472, 70000]) {
        const { ticks } = fittingValueAxis(max, width, format);
        const widest = Math.max(...ticks.map((tick) => format(tick).length));
        if (ticks.length > 2) expect(width / (ticks.length - 1)).toBeGreaterThanOrEqual(widest * 8 + 12);
      }
    }
  });
});


describe('fittingTicks', () => {
  const percent = (value: number) => `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${Math.abs(value)}%`;
  const ticks = [-100, -50, 0, 50];

  it('keeps every given tick where their labels fit: the same array, for Recharts to see the same axis', () => {
    expect(fittingTicks(ticks, 600, percent)).toBe(ticks);
  });

  it('thins them where they do not, keeping 0 marked', () => {
    // "−100%" is 5 characters: 52px a label, and 3 steps in 120px leave 40px each.
    expect(fittingTicks(ticks, 120, percent)).toEqual([-100, 0]);
    expect(fittingTicks([0, 25, 50, 75, 100], 100, String)).toEqual([0, 50, 100]);
  });

  it('keeps 0 alone when nothing else fits', () => {
    expect(fittingTicks(ticks, 20, percent)).toEqual([0]);
  });
});
