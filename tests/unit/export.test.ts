import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/features/export/csv';
import { exportChart, exportCsv } from '../../src/features/export/export-chart';
import { exportFileName } from '../../src/features/export/file-name';
import { caption, fakeChart, fakeChartInParts, legend, parse, table, texts } from './export-fixtures';

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
