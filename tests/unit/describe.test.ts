import { describe, expect, it } from 'vitest';
import { AREA_DATA } from '../../mocks/data';
import { describeChart, describeMetric } from '../../src/features/metrics/describe';

const governance = AREA_DATA.governance.metrics;
const metric = (id: string) => {
  const found = [...AREA_DATA['new-sectors'].metrics, ...governance, ...AREA_DATA.service.metrics].find((m) => m.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

describe('describeChart', () => {
  it('says that its percentages are computed, and only where it gives one', () => {
    expect(describeChart([metric('plaques-total')], 'zh')).toBe('村(社区)内外部挂牌总数由9,472块减至4,272块，下降54.9%。百分比据报告数字计算。');
    expect(describeChart([metric('disputes')], 'zh')).toBe('处置矛盾纠纷19,941件。');
  });
});

describe('describeMetric', () => {
  it('says what changed, in Chinese', () => {
    expect(describeMetric(metric('plaques-total'), 'zh')).toBe('村(社区)内外部挂牌总数由9,472块减至4,272块，下降54.9%');
  });

  it('says what changed, in English', () => {
    expect(describeMetric(metric('certificates-avg'), 'en')).toBe(
      'Certificate items a village/community issues, average fell from 12 to 5 items, down 58.3%',
    );
  });

  it('marks a before value the report implies rather than gives', () => {
    expect(describeMetric(metric('industry-committees'), 'zh')).toBe('行业党委由8个（推算）增至10个，增长25%（推算）');
    expect(describeMetric(metric('industry-committees'), 'en')).toBe('Industry Party committees rose from 8 (derived) to 10 committees, up 25% (derived)');
  });

  it('keeps a lower bound a lower bound', () => {
    expect(describeMetric(metric('hotline-cases'), 'zh')).toBe('发现处置12345办件800,000+件');
  });
});
