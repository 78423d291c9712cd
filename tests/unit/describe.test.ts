import { describe, expect, it } from 'vitest';
import { AREA_DATA } from '../../mocks/data';
import { describeMetric } from '../../src/features/metrics/describe';

const governance = AREA_DATA.governance.metrics;
const metric = (id: string) => {
  const found = [...governance, ...AREA_DATA.service.metrics].find((m) => m.id === id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

describe('describeMetric', () => {
  it('says what changed, in Chinese', () => {
    expect(describeMetric(metric('plaques-total'), 'zh')).toBe('村(社区)内外部挂牌总数由9,472块减至4,272块，下降54.9%');
  });

  it('says what changed, in English', () => {
    expect(describeMetric(metric('certificates-avg'), 'en')).toBe(
      'Certificate items a village/community issues, average fell from 12 to 5 items, down 58.3%',
    );
  });

  it('keeps a lower bound a lower bound', () => {
    expect(describeMetric(metric('hotline-cases'), 'zh')).toBe('发现处置12345办件800,000+件');
  });
});
