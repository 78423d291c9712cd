/**
 * Stands in for `decimal.js-light` in Recharts; vite.config.ts points its import here.
 *
 * Recharts uses decimal arithmetic only to choose "nice" ticks for a number axis: for an axis before
 * the chart's own axes have registered (its implicit one), and for an axis that leaves its ticks to
 * Recharts. Every axis of the dashboard gives its own ticks (value-axis.ts) with `niceTicks="none"`.
 * The library was 5 KB of a chart route's first visit (gzip); these are the operations Recharts calls,
 * in JavaScript numbers, each result rounded to the decimal digits a double holds (15 significant ones;
 * a sum or difference to the places of its operands), so that 0.1 + 0.2 is 0.3 here as it is in decimal
 * arithmetic.
 */

type Value = Decimal | number | string;

const SIGNIFICANT_DIGITS = 15;

/** `value` rounded to 15 significant digits: what a double holds exactly in decimal. */
const rounded = (value: number) => (Number.isFinite(value) ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value);

/**
 * A sum or difference of numbers up to `scale` in size, to the decimal places they hold: 1000.3 − 1000.2
 * is 0.1 here, where 15 significant digits of the double's 0.09999999999990905 would keep the error.
 */
function roundedSum(value: number, scale: number): number {
  const places = SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(scale));
  return places >= 0 && places <= 100 ? Number(value.toFixed(places)) : rounded(value);
}

export default class Decimal {
  readonly #value: number;

  constructor(value: Value) {
    this.#value = value instanceof Decimal ? value.#value : rounded(Number(value));
  }

  static #of(value: Value): number {
    return new Decimal(value).#value;
  }

  toNumber(): number {
    return this.#value;
  }

  abs(): Decimal {
    return new Decimal(Math.abs(this.#value));
  }

  add(other: Value): Decimal {
    const that = Decimal.#of(other);
    return new Decimal(roundedSum(this.#value + that, Math.max(Math.abs(this.#value), Math.abs(that))));
  }

  sub(other: Value): Decimal {
    return this.add(-Decimal.#of(other));
  }

  mul(other: Value): Decimal {
    return new Decimal(this.#value * Decimal.#of(other));
  }

  div(other: Value): Decimal {
    return new Decimal(this.#value / Decimal.#of(other));
  }

  /** The remainder with the sign of the dividend (decimal.js-light's default modulo). */
  mod(other: Value): Decimal {
    const quotient = Math.trunc(this.div(other).#value);
    return this.sub(new Decimal(other).mul(quotient));
  }

  pow(exponent: Value): Decimal {
    return new Decimal(this.#value ** Decimal.#of(exponent));
  }

  /** The logarithm to `base` (10 unless given). */
  log(base: Value = 10): Decimal {
    const to = Decimal.#of(base);
    return new Decimal(to === 10 ? Math.log10(this.#value) : Math.log(this.#value) / Math.log(to));
  }

  isint(): boolean {
    return Number.isInteger(this.#value);
  }

  lt(other: Value): boolean {
    return this.#value < Decimal.#of(other);
  }

  lte(other: Value): boolean {
    return this.#value <= Decimal.#of(other);
  }

  gt(other: Value): boolean {
    return this.#value > Decimal.#of(other);
  }
}
