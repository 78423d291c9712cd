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
 * A figure as the report writes it: in Chinese, in 万 where the report does (80万余 → 80万+, 7万),
 * in digits where it does (300000 → 300,000); in English always in digits. No rounding ever happens.
 */
export function formatFigure(figure: { after: number; lowerBound: boolean; writtenInWan?: boolean }, lang: Lang): string {
  const { after, lowerBound, writtenInWan = false } = figure;
  if (lang === 'zh' && writtenInWan) return `${formatNumber(after / TEN_THOUSAND)}万${lowerBound ? '+' : ''}`;
  return formatExact(after, lowerBound);
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
