import { describe, expect, it } from 'vitest';
import { AREA_DATA } from '../../mocks/data';
import { exportTable } from '../../src/features/metrics/chart-export-meta';
import { pairRows } from '../../src/features/metrics/chart-rows';
import { ZH, type MessageKey } from '../../src/i18n/messages';

const metrics = AREA_DATA['new-sectors'].metrics;
const committees = metrics.filter((metric) => metric.id === 'industry-committees');
const t = (key: MessageKey) => ZH.messages[key];

describe('a before value the report implies (行业党委: 8, from "1+10" with two new)', () => {
  it('is marked on its bar', () => {
    const [row] = pairRows(committees, 'zh', { before: '此前', after: '2024年' });
    expect(row.text.before).toBe('此前 8 个（推算）');
    expect(row.text.after).toBe('2024年 10 个');
  });

  it('is marked in English too', () => {
    const [row] = pairRows(committees, 'en', { before: 'Before', after: 'After (2024)' });
    expect(row.text.before).toBe('Before 8 (derived)');
    expect(row.text.after).toBe('After (2024) 10');
  });

  it('is explained in the CSV, and a figure the report gives is not', () => {
    const table = exportTable(metrics.slice(0, 2), 'zh', t);
    const column = table.header.indexOf(ZH.messages.csvDerived);
    expect(column).toBeGreaterThan(0);
    const [derived, given] = table.rows;
    expect(derived[0]).toBe('行业党委');
    expect(derived[column]).toMatch(/^报告称构建起工委和行业党委“1\+10”构架/);
    expect(given[column]).toBe('');
  });
});

describe('the CSV of figures set up in 2024', () => {
  it('gives no before value: the report says how many were set up, not how many there were', () => {
    const table = exportTable(metrics.filter((metric) => metric.isNew), 'zh', t);
    const before = table.header.indexOf(ZH.messages.csvBefore);
    expect(table.rows.map((row) => [row[0], row[before]])).toEqual([
      ['新业态新就业群体党支部', null],
      ['新组建两新领域党组织', null],
    ]);
  });
});

describe('the CSV column of figures as the dashboard shows them', () => {
  it('writes 万 where the report does, and digits where it does', () => {
    const service = AREA_DATA.service.metrics.filter((metric) => ['volunteer-beneficiaries', 'points-redeemed', 'hotline-cases'].includes(metric.id));
    const table = exportTable(service, 'zh', t);
    const shown = table.header.indexOf(ZH.messages.csvShown);
    expect(Object.fromEntries(table.rows.map((row) => [row[0], row[shown]]))).toEqual({
      发现处置12345办件: '80万+',
      志愿服务惠及群众: '7万',
      兑换积分: '300,000',
    });
  });
});

describe('the CSV of figures from several work areas (the overview’s changes)', () => {
  it('names each figure’s area in a first column', () => {
    const governance = AREA_DATA.governance.metrics.filter((metric) => metric.id === 'plaques-total');
    const areaOf = new Map([
      ['industry-committees', AREA_DATA['new-sectors'].area.name],
      ['plaques-total', AREA_DATA.governance.area.name],
    ]);
    const table = exportTable([...committees, ...governance], 'zh', t, areaOf);
    expect(table.header.slice(0, 2)).toEqual(['工作板块', '项目']);
    expect(table.rows.map((row) => row.slice(0, 2))).toEqual([
      ['新兴领域党建', '行业党委'],
      ['党建引领基层治理', '村(社区)内外部挂牌总数'],
    ]);
  });
});
