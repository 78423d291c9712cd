/** A value written beside its bar: the value, and its label's width in px (textPx). */
export interface ValueLabel {
  value: number;
  px: number;
}

export interface PlotFitInput {
  /** The drawing's width. */
  width: number;
  /** The plot's left edge at the least: past the row labels beside it, or room for half the first tick's label. */
  minLeft: number;
  /** Whether a label left of its bar must stay inside the plot (row labels beside it), or may run into the margin. */
  labelsInPlot: boolean;
  /** The value axis, given: where a bar ends is then known before the plot's size is. */
  domain: readonly [number, number];
  labels: readonly ValueLabel[];
}

/** The plot's left edge and width, in px from the drawing's left. */
export interface PlotBox {
  left: number;
  width: number;
}

/** Room past a positive bar's end before its label ends, as the right margin always kept: the gap, the label, slack. */
export const AFTER_POSITIVE = 24;
/** Room past a negative bar's end (its left) for the gap and slack around its label. */
export const AFTER_NEGATIVE = 8;
/** The right margin at the least: half the last tick's label is centred on the plot's right edge. */
const MIN_RIGHT = 24;

/**
 * The widest plot that leaves every value's label inside the drawing, on an axis given in advance (the
 * overview's change chart: −100% to +50%). A margin as wide as the longest label on each side, as a
 * chart whose own axis ends at its largest bar needs, left the plot of a phone's change chart 86 px of
 * 298: its bars end well inside the axis, and their labels fit within the plot's own width. Here each
 * label needs room only past its own bar's end. Undefined where no plot fits (a drawing too narrow).
 */
export function fitPlot({ width, minLeft, labelsInPlot, domain, labels }: PlotFitInput): PlotBox | undefined {
  const [from, to] = domain;
  if (!(to > from)) return undefined;
  const share = (value: number) => (value - from) / (to - from);
  const positive = labels.filter((label) => label.value >= 0);
  const negative = labels.filter((label) => label.value < 0);

  // The plot's left edge for a plot `plotWidth` wide, if one leaves every label inside: the leftmost.
  const leftFor = (plotWidth: number): number | undefined => {
    if (labelsInPlot && negative.some((label) => share(label.value) * plotWidth + 1e-6 < AFTER_NEGATIVE + label.px)) return undefined;
    const lowest = Math.max(minLeft, ...(labelsInPlot ? [] : negative.map((label) => AFTER_NEGATIVE + label.px - share(label.value) * plotWidth)));
    const highest = Math.min(width - MIN_RIGHT - plotWidth, ...positive.map((label) => width - AFTER_POSITIVE - label.px - share(label.value) * plotWidth));
    return lowest <= highest ? lowest : undefined;
  };

  // A label inside the plot sets the least width; what fits is every width from there up to the widest.
  const least = labelsInPlot ? Math.max(0, ...negative.map((label) => (AFTER_NEGATIVE + label.px) / Math.max(share(label.value), 1e-9))) : 0;
  if (least > width || leftFor(least) === undefined) return undefined;
  let fits = least;
  let fails = width;
  while (fails - fits > 0.5) {
    const middle = (fits + fails) / 2;
    if (leftFor(middle) === undefined) fails = middle;
    else fits = middle;
  }
  const left = leftFor(fits);
  return left === undefined ? undefined : { left, width: fits };
}
