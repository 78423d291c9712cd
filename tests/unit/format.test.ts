import { describe, expect, it } from 'vitest';
import { formatExact, formatFigure, formatIsoDate, formatNumber, formatPercent } from '../../src/i18n/format';

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes for zh-CN and en-GB, with a true minus sign', () => {
    const values = [0, 1, 9.95, 12.25, 54.93, -54.93, 999, 1000, 4272, 9472, 19941, 800000, 1234567.89, 0.05, 58.333];
    for (const locale of ['zh-CN', 'en-GB']) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      for (const value of values) expect(formatNumber(value), `${locale} ${value}`).toBe(intl.format(value).replace('-', '\u2212'));
    }
  });

  it('writes a value that rounds to zero as 0, where Intl writes -0', () => {
    expect(formatNumber(-0.04)).toBe('0');
  });
});

describe('formatFigure', () => {
  it('writes in 万 in Chinese what the report writes in 万, keeping a lower bound', () => {
    expect(formatFigure({ after: 800000, lowerBound: true, writtenInWan: true }, 'zh')).toBe('80万+');
    expect(formatFigure({ after: 70000, lowerBound: false, writtenInWan: true }, 'zh')).toBe('7万');
  });

  it('keeps in digits what the report writes in digits, even a whole multiple of 10,000', () => {
    expect(formatFigure({ after: 300000, lowerBound: false }, 'zh')).toBe('300,000');
    expect(formatFigure({ after: 19941, lowerBound: false, writtenInWan: false }, 'zh')).toBe('19,941');
    expect(formatFigure({ after: 4000, lowerBound: true }, 'zh')).toBe('4,000+');
  });

  it('writes digits in English', () => {
    expect(formatFigure({ after: 800000, lowerBound: true, writtenInWan: true }, 'en')).toBe('800,000+');
    expect(formatFigure({ after: 4000, lowerBound: true }, 'en')).toBe('4,000+');
  });
});

describe('formatExact', () => {
  it('never rounds', () => {
    expect(formatExact(10899, false)).toBe('10,899');
    expect(formatExact(360, true)).toBe('360+');
  });
});

describe('formatPercent', () => {
  it('signs the change with a true minus sign', () => {
    expect(formatPercent(-54.9)).toBe('\u221254.9%');
    expect(formatPercent(-50)).toBe('\u221250%');
    expect(formatPercent(25)).toBe('+25%');
    expect(formatPercent(0)).toBe('0%');
  });
});

describe('formatIsoDate', () => {
  it('keeps the precision the report gives', () => {
    expect(formatIsoDate('2024-11-02', 'zh')).toBe('2024年11月2日');
    expect(formatIsoDate('2024-12', 'zh')).toBe('2024年12月');
    expect(formatIsoDate('2024', 'zh')).toBe('2024年');
    expect(formatIsoDate('2024-11-02', 'en')).toBe('2 November 2024');
    expect(formatIsoDate('2024-12', 'en')).toBe('December 2024');
  });
});
