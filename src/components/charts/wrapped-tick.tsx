interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  maxChars: number;
}

const LINE_HEIGHT = 17;

/** Punctuation that Chinese typesetting never puts at the start of a line (避头尾). */
const NO_LINE_START = /^[）」』】〉》〕］｝，。、；：！？…%)\]}.,;:!?]/;

/**
 * Splits a label into lines: Chinese by characters, other text by words (twice as many, being
 * narrower). Closing punctuation stays on the line before it, even one past the limit.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const chinese = /[\u3400-\u9fff]/.test(label);
  const words = chinese ? Array.from(label) : label.split(' ');
  const joiner = chinese ? '' : ' ';
  const limit = chinese ? maxChars : maxChars * 2;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}${joiner}${word}` : word;
    if (next.length > limit && line && !NO_LINE_START.test(word)) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A category-axis tick whose long label wraps instead of running into the plot. */
export function WrappedTick({ x = 0, y = 0, payload, maxChars }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
  const top = Number(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor="end" dominantBaseline="central" className="chart-tick">
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 6} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
