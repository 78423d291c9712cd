import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HorizontalBarChart } from '../../src/components/charts/bar-chart';
import { BAR_SIZE, type ChartRow, type ChartSeries } from '../../src/components/charts/chart-types';
import { ChartWhenDue } from '../../src/components/charts/lazy-bar-chart';
import { PageStateContext } from '../../src/components/ui/page-state';
import { renderRoute } from '../test-utils';
import type { ValueAxis } from '../../src/components/charts/value-axis';

describe('a chart’s drawing', () => {
  it('is named by the chart’s title, so a screen reader says what the keyboard has reached', async () => {
    renderRoute('/governance');
    const figure = within(await screen.findByRole('figure', { name: /^村\(社区\)内外部挂牌总数/ }));
    expect(await figure.findByRole('application', { name: /^村\(社区\)内外部挂牌总数/ })).toBeInTheDocument();
  });

  it('on the overview too, each area’s part by the area’s name and the title', async () => {
    renderRoute('/');
    const figure = within(await screen.findByRole('figure', { name: /^前后对比变化幅度/ }));
    await waitFor(() => expect(figure.getAllByRole('application')).toHaveLength(2));
    expect(figure.getByRole('application', { name: /^新兴领域党建 New-sector Party building 前后对比变化幅度（据报告数字计算）/ })).toBeInTheDocument();
    expect(figure.getByRole('application', { name: /^党建引领基层治理 Party-led grassroots governance 前后对比变化幅度（据报告数字计算）/ })).toBeInTheDocument();
  });

  it('comes once the chart before it on the page shows its bars and their values', async () => {
    // Each time a drawing comes: how many drawings there are then, and how many of them show values.
    const arrivals: { drawings: number; withValues: number }[] = [];
    const observer = new MutationObserver(() => {
      const drawings = [...document.querySelectorAll('[role="application"]')];
      if (drawings.length === (arrivals.at(-1)?.drawings ?? 0)) return;
      arrivals.push({ drawings: drawings.length, withValues: drawings.filter((drawing) => drawing.querySelector('.chart-value')).length });
    });
    observer.observe(document.body, { subtree: true, childList: true });
    renderRoute('/governance');
    await waitFor(() => expect(screen.getAllByRole('application')).toHaveLength(6), { timeout: 15_000 });
    observer.disconnect();

    expect(arrivals.map(({ withValues }) => withValues)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('charts waiting for their turn to draw', () => {
  it('draw the page shown’s first, then those of the pages prepared out of sight', async () => {
    const rows: ChartRow<'count'>[] = [{ id: 'committees', label: '行业党委', count: 3, text: { count: '3' } }];
    const series: ChartSeries<'count'>[] = [{ key: 'count', label: 'Count', color: 'count' }];
    const chart = (name: string) => (
      <section aria-label={name}>
        <ChartWhenDue rows={rows} series={series} formatTick={String} due width={400} />
      </section>
    );
    // The order in which the sections' drawings come.
    const order: string[] = [];
    const observer = new MutationObserver(() => {
      for (const section of screen.queryAllByRole('region', { hidden: true })) {
        const name = section.getAttribute('aria-label') ?? '';
        if (within(section).queryByRole('application', { hidden: true }) && !order.includes(name)) order.push(name);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });

    // In document order, the prepared pages' charts ask for their turn first.
    render(
      <>
        <PageStateContext value="ready">
          {chart('prepared 1')}
          {chart('prepared 2')}
        </PageStateContext>
        <PageStateContext value="shown">{chart('shown')}</PageStateContext>
      </>,
    );
    await waitFor(() => expect(order).toHaveLength(3));
    observer.disconnect();

    expect(order).toEqual(['shown', 'prepared 1', 'prepared 2']);
  });
});

// The narrowest phone the page supports (320px, as WCAG's reflow asks) in elder mode leaves the plot
// 248px, and elder mode writes the chart in its largest text, 16px.
const PLOT_WIDTH = 248;
const FONT = 16;

/** A text's width, estimated as the page's export does: a Chinese character is 1em, others 0.6em. */
const textWidth = (text: string) =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.6), 0) * FONT;

/** A row label as drawn: its lines (one per <tspan>, or the whole text), each with its baseline. */
function rowLabel(plot: HTMLElement, label: string) {
  const linesOf = (node: Element) => (node.children.length ? [...node.children] : [node]);
  const joiner = /[\u3400-\u9fff]/.test(label) ? '' : ' ';
  const written = (node: Element) => linesOf(node).map((line) => line.textContent).join(joiner);
  const text = within(plot).getByText((_, node) => node?.localName === 'text' && written(node) === label);
  let baseline = Number(text.getAttribute('y'));
  return linesOf(text).map((line, index) => {
    if (index > 0) baseline += Number(line.getAttribute('dy'));
    return { text: line.textContent ?? '', x: Number(line.getAttribute('x') ?? text.getAttribute('x')), baseline };
  });
}

/** The top and bottom of a row's bars, from where its values are written: each at the middle of its bar. */
function barsOf(plot: HTMLElement, values: string[]) {
  const middles = values.map((value) => Number(within(plot).getByText(value).getAttribute('y')));
  return { top: Math.min(...middles) - BAR_SIZE / 2, bottom: Math.max(...middles) + BAR_SIZE / 2 };
}

const LABELS = [
  'Village/community Party committees (adjusted or upgraded)',
  'Certificate items a village/community issues, average',
  'Disputes handled',
  '党建引领基层治理协调机制成员单位',
];

const pairs: ChartSeries<'before' | 'after'>[] = [
  { key: 'before', label: 'Before', color: 'before' },
  { key: 'after', label: 'After', color: 'after' },
];
const counts: ChartSeries<'before' | 'after'>[] = [{ key: 'before', label: 'Count', color: 'count' }];

// The overview's change chart: a percentage axis from −100 to +50, so its 0 is two thirds across.
const CHANGE_AXIS: ValueAxis = { domain: [-100, 50], ticks: [-100, -50, 0, 50] };

describe.each([
  ['pairs', pairs, undefined, [900, 800, 700, 600]],
  ['counts', counts, undefined, [900, 800, 700, 600]],
  ['changes, some of them negative', counts, CHANGE_AXIS, [-54.9, 25, -58.3, -50]],
] as const)('on a phone, a chart of %s', (_name, series, axis, figures) => {
  it('wraps each row label to the plot’s width, between the bars above it and its own', async () => {
    const rows = LABELS.map((label, index) => ({
      id: String(index),
      label,
      before: figures[index] ?? 0,
      after: (figures[index] ?? 0) / 2,
      text: { before: `before ${index}`, after: `after ${index}` },
    })) satisfies ChartRow<'before' | 'after'>[];
    const values = (index: number) => series.map((item) => `${item.key} ${index}`);
    render(<HorizontalBarChart narrow rows={rows} series={series} formatTick={String} axis={axis} width={PLOT_WIDTH} />);
    const plot = await screen.findByRole('application');
    await waitFor(() => expect(within(plot).getByText(values(LABELS.length - 1)[0] ?? '')).toBeInTheDocument());

    let above = 0;
    LABELS.forEach((label, index) => {
      const lines = rowLabel(plot, label);
      for (const line of lines) {
        expect(line.x + textWidth(line.text), `"${line.text}" fits the plot`).toBeLessThanOrEqual(PLOT_WIDTH);
      }
      const bars = barsOf(plot, values(index));
      const first = lines[0]?.baseline ?? 0;
      const last = lines[lines.length - 1]?.baseline ?? 0;
      expect(first - FONT, `"${label}" clears what is above it`).toBeGreaterThanOrEqual(above);
      // A descender reaches a quarter of the text's size below the baseline.
      expect(last + FONT / 4, `"${label}" clears its own bars`).toBeLessThanOrEqual(bars.top);
      above = bars.bottom;
    });
  });
});

describe('a chart of changes, some of them falls', () => {
  it('draws a fall leftwards from zero and a rise rightwards, each value past its bar’s end', async () => {
    const rows: ChartRow<'change'>[] = [
      { id: 'fall', label: '内部挂牌平均数', change: -50, text: { change: '−50%' } },
      { id: 'rise', label: '行业党委', change: 25, text: { change: '+25%' } },
    ];
    const series: ChartSeries<'change'>[] = [{ key: 'change', label: 'Change', color: 'after' }];
    render(<HorizontalBarChart rows={rows} series={series} formatTick={String} axis={CHANGE_AXIS} width={640} />);
    const plot = await screen.findByRole('application');
    await waitFor(() => expect(within(plot).getByText('+25%')).toBeInTheDocument());
    const zero = Number(within(plot).getByText('0').getAttribute('x'));
    const halfway = Number(within(plot).getByText('-50').getAttribute('x'));

    /** A value as written, and the bar drawn in its row (the one whose middle is the value's line). */
    const drawn = (value: string) => {
      const text = within(plot).getByText(value);
      const middle = Number(text.getAttribute('y'));
      const bar = [...plot.querySelectorAll('rect')].find((rect) => {
        const top = Number(rect.getAttribute('y'));
        return Math.abs(top + Number(rect.getAttribute('height')) / 2 - middle) < 1;
      });
      if (!bar) throw new Error(`No bar drawn beside ${value}`);
      const left = Number(bar.getAttribute('x'));
      return { left, right: left + Number(bar.getAttribute('width')), textX: Number(text.getAttribute('x')), anchor: text.getAttribute('text-anchor') };
    };

    const fall = drawn('−50%');
    expect(fall.right).toBeCloseTo(zero, 0);
    expect(fall.left).toBeCloseTo(halfway, 0);
    expect(fall.anchor).toBe('end');
    expect(fall.textX).toBeLessThan(fall.left);

    const rise = drawn('+25%');
    expect(rise.left).toBeCloseTo(zero, 0);
    expect(rise.right).toBeGreaterThan(zero);
    expect(rise.anchor).toBe('start');
    expect(rise.textX).toBeGreaterThan(rise.right);
  });
});
