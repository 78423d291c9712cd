import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from '../../src/components/charts/d3-interpolate';
import { scaleLinear } from '../../src/components/charts/d3-scales';

// The build points d3-scale's `d3-interpolate` at this stand-in (vite.config.ts); each case is what
// d3-interpolate 3 gives.
describe("d3's interpolators, for numbers", () => {
  it('runs from the first number at 0 to the second at 1, and beyond', () => {
    expect([0, 0.25, 1, 1.5].map(interpolateNumber(0, 10))).toEqual([0, 2.5, 10, 15]);
    expect([0, 0.5, 1].map(interpolate(320, 20))).toEqual([320, 170, 20]);
  });

  it('rounds to whole numbers when asked', () => {
    expect([0.24, 0.26].map(interpolateRound(0, 10))).toEqual([2, 3]);
  });

  it('goes through each value in turn, piece by piece', () => {
    const through = piecewise(interpolateNumber, [0, 10, 30]);
    expect([0, 0.25, 0.5, 0.75, 1].map(through)).toEqual([0, 5, 10, 20, 30]);
  });

  it('refuses what is not a number, rather than blending it as d3 would', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/Only numbers/);
  });
});

// Recharts' scales, from d3-scale as the build bundles it: its interpolators are the stand-in's.
describe('a linear scale on the stand-in', () => {
  it('places, rounds and inverts values on a pixel range', () => {
    const scale = scaleLinear().domain([0, 10000]).range([0, 500]);
    expect(scale(9472)).toBeCloseTo(473.6, 9);
    expect(scale(4272)).toBeCloseTo(213.6, 9);
    expect(scale.invert(250)).toBe(5000);
    expect(scale.copy().rangeRound([0, 500])(9472)).toBe(474);
  });

  it('uses the stand-in: a range of colours is refused', () => {
    const colours = scaleLinear<string>().domain([0, 1]).range(['red', 'blue']);
    expect(() => colours(0.5)).toThrow(/Only numbers/);
  });
});
