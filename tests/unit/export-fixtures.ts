// What the export tests share: chart drawings shaped like Recharts' output, a caption, a legend and a
// table, and ways to read an exported SVG back.
import type { ExportCaption, ExportTable } from '../../src/features/export/types';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart drawing shaped like Recharts' output: a wrapper holding a sized surface. */
export function fakeChart(value = '4,272 块', height = 200, width = 600): HTMLElement {
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
export function fakeChartInParts(): HTMLElement {
  const node = document.createElement('div');
  for (const [name, value, height] of [['新兴领域党建', '+25%', 100], ['党建引领基层治理', '−54.9%', 220]] as const) {
    const part = fakeChart(value, height);
    part.dataset.exportPart = name;
    node.append(part);
  }
  document.body.append(node);
  return node;
}

export const caption: ExportCaption = {
  title: '村(社区)内外部挂牌总数',
  subtitle: 'Plaques on villages and communities',
  unit: '单位：块',
  filter: '工作板块：党建引领基层治理',
  source: '来源：中共海口市委社会工作部 2025年新春献词',
  date: '数据年份：2024年 · 报告日期：2025年1月27日',
};
export const legend = [
  { label: '此前', color: '#6a7a90' },
  { label: '2024年', color: '#b3171f' },
];
export const table: ExportTable = {
  header: ['项目', '此前', '2024年', '变化(%)'],
  rows: [
    ['村(社区)内外部挂牌总数', 9472, 4272, -54.9],
    ['小区党建工作指导员', null, 4000, null],
  ],
};

export function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

export function texts(doc: Document): string[] {
  return [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');
}
