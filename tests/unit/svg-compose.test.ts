import { describe, expect, it } from 'vitest';
import { DOCUMENT_PLOT_WIDTH, IMAGE_PAD } from '../../src/features/export/page-size';
import { composeSvg, estimateTextWidth, wrapToWidth } from '../../src/features/export/svg-compose';
import { caption, fakeChart, fakeChartInParts, legend, parse, SVG_NS, texts } from './export-fixtures';

/** The y of the first text that reads `content`. */
function textY(doc: Document, content: string): number {
  const node = [...doc.querySelectorAll('text')].find((text) => text.textContent === content);
  if (!node) throw new Error(`no text "${content}"`);
  return Number(node.getAttribute('y'));
}

describe('composeSvg', () => {
  it('makes a standalone SVG: namespace, size, white background, CJK font stack', () => {
    const chart = fakeChart().querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    const { svg, width, height } = composeSvg([{ svg: chart }], caption, legend);
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(width).toBeGreaterThanOrEqual(600);
    expect(root.getAttribute('font-family')).toContain('Noto Sans CJK SC');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws the title, unit, filter, legend, chart text, source and date into the file', () => {
    const chart = fakeChart().querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    const doc = parse(composeSvg([{ svg: chart }], caption, legend).svg);
    expect(texts(doc)).toEqual(
      expect.arrayContaining([caption.title, caption.subtitle, caption.unit, caption.filter, '此前', '2024年', '4,272 块', caption.source, caption.date]),
    );
    const swatches = [...doc.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
    expect(swatches).toEqual(expect.arrayContaining(['#6a7a90', '#b3171f']));
  });

  it('leaves behind what names the chart on screen: the file has no page title to point at', () => {
    const chart = fakeChart().querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    chart.setAttribute('aria-labelledby', 'chart-plaques-title');
    chart.setAttribute('role', 'application');
    const doc = parse(composeSvg([{ svg: chart }], caption, legend).svg);
    expect(doc.querySelectorAll('[aria-labelledby], [role="application"]')).toHaveLength(0);
  });

  it("puts a tick label where its offset takes it, as word processors read the file: no dy, no em", () => {
    const chart = fakeChart().querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    const tick = document.createElementNS(SVG_NS, 'text');
    tick.setAttribute('x', '297');
    tick.setAttribute('y', '108');
    tick.setAttribute('dy', '0.71em');
    tick.style.fontSize = '14px';
    tick.textContent = '5,000';
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', '186');
    label.setAttribute('y', '42');
    label.style.fontSize = '14px';
    for (const [text, dy] of [['村(社区)内外', '0'], ['部挂牌总数', '1.5em']]) {
      const line = document.createElementNS(SVG_NS, 'tspan');
      line.setAttribute('x', '180');
      line.setAttribute('dy', dy);
      line.textContent = text;
      label.append(line);
    }
    chart.append(tick, label);
    const doc = parse(composeSvg([{ svg: chart }], caption, legend).svg);
    const exported = [...doc.querySelectorAll('text')].find((text) => text.textContent === '5,000');
    expect(exported?.getAttribute('y')).toBe('117.94');
    expect(exported?.hasAttribute('dy')).toBe(false);
    const lines = [...doc.querySelectorAll('tspan')].filter((span) => span.getAttribute('x') === '180');
    expect(lines.map((span) => span.getAttribute('dy'))).toEqual(['0', '21']);
  });

  it('keeps hostile text as text: nothing becomes markup', () => {
    const chart = fakeChart().querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    const payload = '<img src=x onerror=alert(1)></script><svg onload=alert(2)>';
    const doc = parse(composeSvg([{ svg: chart }], { ...caption, title: payload }, [{ label: payload, color: '#000' }]).svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('img, script, [onload], [onerror]')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(payload);
    expect(texts(doc)).toContain(payload);
  });

  it('draws no legend for a chart with no series to tell apart, and leaves no gap for one', () => {
    const chart = fakeChart().querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    const withLegend = composeSvg([{ svg: chart }], caption, legend);
    const without = composeSvg([{ svg: chart }], caption, []);
    const swatches = [...parse(without.svg).querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
    expect(swatches).not.toContain('#6a7a90');
    expect(texts(parse(without.svg))).not.toContain('此前');
    expect(withLegend.height - without.height).toBeGreaterThanOrEqual(30);
  });

  it('draws a chart in parts one under the other, each under its name', () => {
    const parts = [...fakeChartInParts().querySelectorAll('svg')];
    const [first, second] = parts;
    if (!(first instanceof SVGSVGElement) || !(second instanceof SVGSVGElement)) throw new Error('no parts');
    const { svg, height } = composeSvg(
      [
        { svg: first, name: '新兴领域党建' },
        { svg: second, name: '党建引领基层治理' },
      ],
      caption,
      legend,
    );
    const doc = parse(svg);
    const [top, bottom] = [...doc.documentElement.querySelectorAll(':scope > svg')].map((plot) => Number(plot.getAttribute('y')));
    expect(texts(doc)).toEqual(expect.arrayContaining(['新兴领域党建', '+25%', '党建引领基层治理', '−54.9%']));
    expect(textY(doc, '新兴领域党建')).toBeGreaterThan(textY(doc, caption.unit));
    expect(top).toBeGreaterThan(textY(doc, '新兴领域党建'));
    expect(textY(doc, '党建引领基层治理')).toBeGreaterThanOrEqual((top ?? 0) + 100);
    expect(bottom).toBeGreaterThan(textY(doc, '党建引领基层治理'));
    expect(textY(doc, caption.source)).toBeGreaterThan((bottom ?? 0) + 220);
    expect(height).toBeGreaterThan(textY(doc, caption.date));
  });

  it('wraps a long filter line to the width, the legend below it', () => {
    // The width of a chart exported for an A4 document's text block, and an English overview filtered to two areas.
    const chart = fakeChart('4,272', 200, DOCUMENT_PLOT_WIDTH).querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) throw new Error('no chart');
    const filter = 'Filter: New-sector Party building, Party-led grassroots governance';
    const { svg, width } = composeSvg([{ svg: chart }], { ...caption, unit: 'Unit: plaques', filter }, [{ label: 'Before', color: '#6a7a90' }]);
    const doc = parse(svg);
    const lines = [...doc.querySelectorAll('text')].filter((node) => filter.includes(node.textContent ?? '') && node.getAttribute('font-size') === '14');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((node) => node.textContent).join(' ')).toBe(filter);
    for (const node of lines) expect(estimateTextWidth(node.textContent ?? '', 14)).toBeLessThanOrEqual(width - 2 * IMAGE_PAD);
    expect(textY(doc, 'Before')).toBeGreaterThan(Math.max(...lines.map((node) => Number(node.getAttribute('y')))));
  });

  it('wraps a long title to the width', () => {
    expect(wrapToWidth('在全省社会工作会议上作经验交流的很长很长的标题', 20, 200)).toEqual(['在全省社会工作会议上', '作经验交流的很长很长', '的标题']);
  });
});
