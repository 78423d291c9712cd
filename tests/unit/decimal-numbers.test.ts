import RealDecimal from 'decimal.js-light/decimal.mjs';
import { getNiceTickValues } from 'recharts';
import { describe, expect, it } from 'vitest';
import Decimal from '../../src/components/charts/decimal-numbers';

// The build points Recharts' `decimal.js-light` at the stand-in (vite.config.ts), and so do the tests:
// `getNiceTickValues` here runs on it. Its file path reaches the real library.

const VALUES = [0, 1, -1, 0.1, 0.2, 0.3, 0.7, 3715, 950, -100, 50, 1e6, 0.0003, 12, 2.5, 1000.3, 1000.2];

describe('decimal arithmetic in numbers, as Recharts uses it', () => {
  it('adds, subtracts, multiplies, divides and compares as decimal.js-light does', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        const ours = new Decimal(a);
        const real = new RealDecimal(a);
        expect(ours.add(b).toNumber(), `${a} + ${b}`).toBe(real.add(b).toNumber());
        expect(ours.sub(b).toNumber(), `${a} − ${b}`).toBe(real.sub(b).toNumber());
        expect(ours.mul(b).toNumber(), `${a} × ${b}`).toBe(real.mul(b).toNumber());
        expect([ours.lt(b), ours.lte(b), ours.gt(b)], `${a} against ${b}`).toEqual([real.lt(b), real.lte(b), real.gt(b)]);
        if (b === 0) continue;
        expect(ours.mod(b).toNumber(), `${a} mod ${b}`).toBe(real.mod(b).toNumber());
        // Past the 15th significant digit a double and decimal.js-light's 20 digits part.
        const quotient = real.div(b).toNumber();
        expect(Math.abs(ours.div(b).toNumber() - quotient), `${a} / ${b}`).toBeLessThanOrEqual(1e-14 * Math.abs(quotient));
      }
    }
  });

  it('makes 0.1 + 0.2 exactly 0.3, and the logarithm of a power of ten whole', () => {
    expect(new Decimal(0.1).add(0.2).toNumber()).toBe(0.3);
    expect(new Decimal(1000.3).sub(1000.2).toNumber()).toBe(0.1);
    expect(new Decimal(1000).log(10).toNumber()).toBe(3);
    expect(new Decimal(0.001).abs().log(10).toNumber()).toBe(-3);
    expect(new Decimal(10).pow(-4).toNumber()).toBe(0.0001);
    expect([new Decimal(4).isint(), new Decimal(0.5).isint()]).toEqual([true, false]);
  });
});

describe("Recharts' own nice ticks on the stand-in", () => {
  // Each row: domain, tick count, decimals allowed, and the ticks Recharts 3.11 gives with decimal.js-light.
  const rows: [[number, number], number, boolean, number[]][] = [
    [[0, 3715], 5, true, [0, 950, 1900, 2850, 3800]],
    [[0, 12], 5, false, [0, 3, 6, 9, 12]],
    [[-100, 50], 5, true, [-100, -50, 0, 50, 100]],
    [[0, 0.7], 5, true, [0, 0.2, 0.4, 0.6, 0.8]],
    [[0.1, 0.3], 3, true, [0.1, 0.2, 0.3]],
    [[0, 1e6], 6, true, [0, 200000, 400000, 600000, 800000, 1000000]],
    [[5, 5], 5, true, [3, 4, 5, 6, 7]],
    [[-0.05, 0.35], 5, true, [-0.15, 0, 0.15, 0.3, 0.45]],
    [[0, 0.0003], 4, true, [0, 0.0001, 0.0002, 0.0003]],
  ];

  it.each(rows)('for %j in %i ticks (decimals %s) are the library’s', (domain, count, decimals, ticks) => {
    expect(getNiceTickValues(domain, count, decimals)).toEqual(ticks);
  });
});
