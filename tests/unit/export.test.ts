import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/features/export/csv';
import { exportChart, exportCsv } from '../../src/features/export/export-chart';
import { exportFileName } from '../../src/features/export/file-name';
import { DOCUMENT_PLOT_WIDTH, IMAGE_PAD } from '../../src/features/export/page-size';
import { composeSvg, estimateTextWidth, wrapToWidth } from '../../src/features/export/svg-compose';
import type { ExportCaption, ExportTable } from '../../src/features/export/types';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart drawing shaped like Recharts' output: a wrapper holding a sized surface. */
function fakeChart(value = '4,272 块', height = 200, width = 600): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'recharts-wrapper';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const bar = document.createElementNS(SVG_NS, 'rect');
  bar.setAttribute('width', '300');
  bar.setAttribute('height', '26');
  bar.setAttribute('fill', '#b3171f');
  const label = document.createElementNS(SVG_NS, 'text');
  label.textContent = value;
  svg.append(bar, label);
  wrapper.append(svg);
  const plot = document.createElement('div');
  plot.append(wrapper);
  document.body.append(plot);
  return plot;
}

/** A chart drawn in parts, as the overview's change chart is: a part per work area, named for the export. */
function fakeChartInParts(): HTMLElement {
  const node = document.createElement('div');
  for (const [name, value, height] of [['新兴领域党建', '+25%', 100], ['党建引领基层治理', '−54.9%', 220]] as const) {
    const part = fakeChart(value, height);
    part.dataset.exportPart = name;
    node.append(part);
  }
  document.body.append(node);
  return node;
}

/** The y of the first text that reads `content`. */
function textY(doc: Document, content: string): number {
  const node = [...doc.querySelectorAll('text')].find((text) => text.textContent === content);
  if (!node) throw new Error(`no text "${content}"`);
  return Number(node.getAttribute('y'));
}

const caption: ExportCaption = {
  title: '村(社区)内外部挂牌总数',
  subtitle: 'Plaques on villages and communities',
  unit: '单位：块',
  filter: '工作板块：党建引领基层治理',
  source: '来源：中共海口市委社会工作部 2025年新春献词',
  date: '数据年份：2024年 · 报告日期：2025年1月27日',
};
const legend = [
  { label: '此前', color: '#6a7a90' },
  { label: '2024年', color: '#b3171f' },
];
const table: ExportTable = {
  header: ['项目', '此前', '2024年', '变化(%)'],
  rows: [
    ['村(社区)内外部挂牌总数', 9472, 4272, -54.9],
    ['小区党建工作指导员', null, 4000, null],
  ],
};

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

function texts(doc: Document): string[] {
  return [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');
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

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, numbers as numbers, empty cells for no value', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '项目,此前,2024年,变化(%)',
      '村(社区)内外部挂牌总数,9472,4272,-54.9',
      '小区党建工作指导员,,4000,',
      '',
    ]);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = toCsv({ header: ['a'], rows: [['全市464个村(社区),清理"规范"'], ['=HYPERLINK("x")'], ['+25%']] });
    expect(csv).toContain('"全市464个村(社区),清理""规范"""');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("'+25%");
  });
});

describe('exportFileName', () => {
  it('is meaningful and stable', () => {
    expect(exportFileName('governance', 'plaques', 2024, 'png')).toBe('governance-plaques-2024.png');
    expect(exportFileName('overview', 'changes', 2024, 'csv')).toBe('overview-changes-2024.csv');
    expect(exportFileName('service', 'charts', 2024, 'zip')).toBe('service-charts-2024.zip');
  });
});

describe('exportChart', () => {
  it('returns an SVG file of the chart found in the node', async () => {
    const blob = await exportChart(fakeChart(), { format: 'svg', caption, legend });
    expect(blob.type).toContain('image/svg+xml');
    expect(texts(parse(await blob.text()))).toContain('4,272 块');
  });

  it('exports a chart drawn in parts with every part under its name, in order', async () => {
    const doc = parse(await (await exportChart(fakeChartInParts(), { format: 'svg', caption, legend })).text());
    expect(texts(doc).filter((text) => ['新兴领域党建', '+25%', '党建引领基层治理', '−54.9%'].includes(text))).toEqual([
      '新兴领域党建',
      '+25%',
      '党建引领基层治理',
      '−54.9%',
    ]);
  });

  it('returns the CSV file', async () => {
    const blob = exportCsv(table);
    expect(blob.type).toContain('text/csv');
    expect(await blob.text()).toContain('村(社区)内外部挂牌总数,9472,4272,-54.9');
  });

  it('says so when there is no chart drawing to export', async () => {
    await expect(exportChart(document.createElement('div'), { format: 'svg', caption, legend })).rejects.toThrow(
      'No chart drawing found to export',
    );
  });
});
