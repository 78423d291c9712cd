import { describe, expect, it } from 'vitest';
import { textPx } from '../../src/components/charts/label-lines';
import { fitPlot, type PlotBox, type ValueLabel } from '../../src/components/charts/plot-fit';

/** The overview's change chart: its axis, and its values as its bars write them. */
const DOMAIN = [-100, 50] as const;
const CHANGES: ValueLabel[] = [
  ['+25%（推算）', 25],
  ['−54.9%', -54.9],
  ['−50%', -50],
  ['−58.3%', -58.3],
].map(([text, value]) => ({ value: Number(value), px: textPx(String(text)) }));

const share = (value: number) => (value - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0]);
const barEnd = (plot: PlotBox, value: number) => plot.left + share(value) * plot.width;

/** How far each label is from leaving the drawing (or, with labelsInPlot, the plot), in px: none may be below 0. */
function slacks(plot: PlotBox, width: number, labelsInPlot: boolean): number[] {
  return CHANGES.map((label) =>
    label.value >= 0 ? width - (barEnd(plot, label.value) + 24 + label.px) : barEnd(plot, label.value) - 8 - label.px - (labelsInPlot ? plot.left : 0),
  );
}

describe('fitPlot', () => {
  it("gives a phone's change chart the widest plot that keeps every value's label in the drawing", () => {
    const width = 298;
    const plot = fitPlot({ width, minLeft: 29, labelsInPlot: false, domain: DOMAIN, labels: CHANGES });
    if (!plot) throw new Error('no plot fits');
    expect(Math.min(...slacks(plot, width, false))).toBeGreaterThanOrEqual(-0.01);
    expect(plot.left).toBeGreaterThanOrEqual(29);
    expect(width - plot.left - plot.width, 'room for half the last tick').toBeGreaterThanOrEqual(24);
    // A margin as wide as the widest label on each side left it 298 − 73 − 139 px.
    const eachSide = width - (Math.max(...CHANGES.filter((label) => label.value < 0).map((label) => label.px)) + 8) - (24 + CHANGES[0].px);
    expect(eachSide).toBeLessThan(90);
    expect(plot.width).toBeGreaterThan(eachSide * 1.7);
    // The widest: a label, or the last tick, has no room to spare.
    expect(Math.min(...slacks(plot, width, false), width - plot.left - plot.width - 24)).toBeLessThan(1);
  });

  it('keeps labels left of their bars inside the plot where row labels are beside it, on a PC', () => {
    const width = 1182;
    const plot = fitPlot({ width, minLeft: 194, labelsInPlot: true, domain: DOMAIN, labels: CHANGES });
    if (!plot) throw new Error('no plot fits');
    expect(plot.left).toBe(194);
    expect(Math.min(...slacks(plot, width, true))).toBeGreaterThanOrEqual(-0.01);
    expect(width - plot.left - plot.width).toBeCloseTo(24, 0);
  });

  it('fits none in a drawing too narrow for the labels, and none on an empty axis', () => {
    expect(fitPlot({ width: 150, minLeft: 29, labelsInPlot: false, domain: DOMAIN, labels: CHANGES })).toBeUndefined();
    expect(fitPlot({ width: 120, minLeft: 20, labelsInPlot: true, domain: DOMAIN, labels: CHANGES })).toBeUndefined();
    expect(fitPlot({ width: 600, minLeft: 20, labelsInPlot: false, domain: [0, 0], labels: CHANGES })).toBeUndefined();
  });
});
