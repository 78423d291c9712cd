import { describe, expect, it } from 'vitest';
import source from '../../mocks/data/source-report.txt?raw';
import { AREA_DATA } from '../../mocks/data';
import { COUNT } from '../../mocks/data/report';
import { areaDetailResponse, areasResponse } from '../../mocks/handlers/areas';
import { AreaDetailResponseSchema, AreasResponseSchema } from '../../src/api/schemas';
import { AREA_IDS } from '../../src/config/work-areas';

/** The figures of shared/seed/METRICS.md: id → [area, before, after, lower bound]. */
const EXPECTED: Record<string, [string, number | null, number, boolean]> = {
  'industry-committees': ['new-sectors', 8, 10, false],
  'new-forms-branches': ['new-sectors', 0, 32, false],
  'two-new-orgs-created': ['new-sectors', 0, 92, false],
  'two-new-coverage': ['new-sectors', null, 4954, false],
  'plaques-total': ['governance', 9472, 4272, false],
  'plaques-internal-avg': ['governance', 12, 6, false],
  'certificates-avg': ['governance', 12, 5, false],
  'villages-communities': ['governance', null, 464, false],
  'coordination-units': ['governance', null, 26, false],
  'upgraded-committees': ['governance', null, 64, false],
  'general-branches': ['governance', null, 105, false],
  'villager-group-orgs': ['governance', 0, 1067, false],
  'grid-orgs': ['governance', 0, 1575, false],
  'compound-orgs': ['governance', 0, 422, false],
  'compound-instructors': ['governance', null, 4000, true],
  'building-heads': ['governance', null, 3000, true],
  'hotline-cases': ['service', null, 800000, true],
  disputes: ['service', null, 19941, false],
  'leader-visits-batches': ['service', null, 1020, false],
  'leader-visits-people': ['service', null, 3715, false],
  'petitions-prevented': ['service', null, 457, false],
  'volunteer-events': ['service', null, 360, true],
  'volunteer-beneficiaries': ['service', null, 70000, false],
  'gift-exchanges': ['service', null, 10899, false],
  'points-redeemed': ['service', null, 300000, false],
};

const plainText = source.replace(/<[^>]+>/g, '');
const areas = AREA_IDS.map((id) => AREA_DATA[id]);
const metrics = areas.flatMap((area) => area.metrics);

/** How the report writes a figure: 9472, 4000余, 300000 in digits; 80万余, 7万 in 万. */
function writtenForm(metric: (typeof metrics)[number]): string {
  const number = metric.writtenInWan ? `${metric.after / 10_000}万` : String(metric.after);
  return `${number}${metric.lowerBound ? '余' : ''}`;
}

describe('the mock API data', () => {
  it('serves every figure of METRICS.md and nothing else, with the right values', () => {
    expect(Object.fromEntries(metrics.map((m) => [m.id, [m.area, m.before, m.after, m.lowerBound]]))).toEqual(EXPECTED);
  });

  it('quotes every figure, direction and milestone verbatim from the report', () => {
    const sources = areas.flatMap((area) => [...area.metrics, ...area.directions, ...area.milestones]);
    for (const item of sources) expect(plainText, item.id).toContain(item.source.quote);
  });

  it('finds each figure in its own sentence, as the report writes it', () => {
    for (const metric of metrics) {
      expect(metric.source.quote, metric.id).toContain(writtenForm(metric));
      if (metric.kind === 'pair') expect(metric.source.quote, metric.id).toContain(`${metric.before}`);
    }
  });

  it('explains every derived before value', () => {
    for (const metric of metrics.filter((m) => m.kind === 'derived')) expect(metric.note, metric.id).toBeDefined();
  });

  it('gives a before of zero only to what was newly built', () => {
    for (const metric of metrics) expect(metric.before === 0, metric.id).toBe(metric.isNew);
  });

  it('shows the five declines as directions without numbers', () => {
    const declines = AREA_DATA.service.directions;
    expect(declines.map((d) => d.label.zh)).toEqual(['信访总量', '进京访', '重复信访', '网上信访', '国家信访局登记信访事项']);
    expect(declines.every((d) => d.direction === 'down')).toBe(true);
  });

  it('shows the 2014 typo corrected to 2024-12, with a note', () => {
    const talk = AREA_DATA.governance.milestones.find((m) => m.id === 'provincial-talk');
    expect(talk?.date).toBe('2024-12');
    expect(talk?.source.quote).toContain('2014年12月');
    expect(talk?.source.correction?.zh).toContain('2024年12月');
  });

  it('dates a milestone only as closely as its sentence does', () => {
    // The year is the report's only where the sentence has it, or a month that falls in one year of
    // the review (27 June 2024 to 27 January 2025); an undated one says "自组建以来".
    for (const milestone of areas.flatMap((area) => area.milestones)) {
      const { quote } = milestone.source;
      if (milestone.date === null) {
        expect(quote, milestone.id).not.toMatch(/2024|\d+月/);
        expect(milestone.dateLabel.zh, milestone.id).toBe('自组建以来');
        continue;
      }
      const [year = '', month] = milestone.date.split('-');
      expect(quote, milestone.id).toContain(month ? `${Number(month)}月` : year);
    }
  });

  it('charts only metrics of its own area, in the chart\'s one unit, counts of comparable scale (at most 20× apart)', () => {
    for (const area of areas) {
      for (const chart of area.charts) {
        const shown = chart.metricIds.map((id) => area.metrics.find((m) => m.id === id));
        expect(shown.every(Boolean), chart.id).toBe(true);
        // Bars on one axis are compared by length: 1,020 批 beside 3,715 人次 would say nothing true.
        // English counts by noun (10 committees, 105 branches): a chart of several says "number".
        for (const metric of shown) {
          expect(metric?.unit.zh, `${chart.id}: ${metric?.id}`).toBe(chart.unit.zh);
          expect([metric?.unit.en, COUNT.en], `${chart.id}: ${metric?.id}`).toContain(chart.unit.en);
        }
        const values = shown.flatMap((m) => (m ? [m.after] : []));
        expect(Math.max(...values) / Math.min(...values), chart.id).toBeLessThanOrEqual(20);
      }
    }
  });

  it('sets side by side on a chart only figures the report sets side by side, in one sentence', () => {
    // 464 villages beside 105 branches beside 26 member units would be compared by length as if alike.
    for (const area of areas) {
      for (const chart of area.charts) {
        const quotes = new Set(chart.metricIds.map((id) => area.metrics.find((m) => m.id === id)?.source.quote));
        expect(quotes.size, chart.id).toBe(1);
      }
    }
  });

  it('answers in the shape of the contract', () => {
    expect(AreasResponseSchema.safeParse(areasResponse()).success).toBe(true);
    for (const id of AREA_IDS) expect(AreaDetailResponseSchema.safeParse(areaDetailResponse(id)).success).toBe(true);
  });
});
