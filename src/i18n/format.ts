import type { Lang } from './lang';

const MINUS = '\u2212';
const TEN_THOUSAND = 10_000;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Digits grouped in threes with "," and at most one decimal, half away from zero: what
 * `Intl.NumberFormat` gives for zh-CN and en-GB alike, without it. The first Intl formatter of a page
 * loads the locale's ICU data, a 20–50 ms task on a cold visit, for a format both languages share.
 */
export function formatNumber(value: number): string {
  const [whole = '0', fraction = '0'] = (Math.round(Math.abs(value) * 10) / 10).toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 && whole + fraction !== '00' ? MINUS : '';
  return `${sign}${grouped}${fraction === '0' ? '' : `.${fraction}`}`;
}

/** A figure exactly as the report gives it, digits grouped: 9,472 · 4,000+ (the report's "4000余"). */
export function formatExact(value: number, lowerBound: boolean): string {
  return `${formatNumber(value)}${lowerBound ? '+' : ''}`;
}

/**
 * A figure as a reader of the language writes it. Chinese writes whole multiples of 10,000 in 万
 * (80万+, 7万); everything else is the exact form. Both are exact: no rounding ever happens.
 */
export function formatFigure(value: number, lowerBound: boolean, lang: Lang): string {
  if (lang === 'zh' && value >= TEN_THOUSAND && value % TEN_THOUSAND === 0) {
    return `${formatNumber(value / TEN_THOUSAND)}万${lowerBound ? '+' : ''}`;
  }
  return formatExact(value, lowerBound);
}

/** A signed percentage: −54.9%, +25%. */
export function formatPercent(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? MINUS : '';
  return `${sign}${formatNumber(Math.abs(percent))}%`;
}

/** An ISO date as precise as the source: 2024-11-02, 2024-12, 2024. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  const monthName = EN_MONTHS[month - 1] ?? '';
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}
