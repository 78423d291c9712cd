import { HTML_LANG, type Lang } from './lang';

const MINUS = '\u2212';
const TEN_THOUSAND = 10_000;

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(HTML_LANG[lang], { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(value).replace('-', MINUS);
}

/** A figure exactly as the report gives it, digits grouped: 9,472 · 4,000+ (the report's "4000余"). */
export function formatExact(value: number, lowerBound: boolean, lang: Lang): string {
  return `${formatNumber(value, lang)}${lowerBound ? '+' : ''}`;
}

/**
 * A figure as a reader of the language writes it. Chinese writes whole multiples of 10,000 in 万
 * (80万+, 7万); everything else is the exact form. Both are exact: no rounding ever happens.
 */
export function formatFigure(value: number, lowerBound: boolean, lang: Lang): string {
  if (lang === 'zh' && value >= TEN_THOUSAND && value % TEN_THOUSAND === 0) {
    return `${formatNumber(value / TEN_THOUSAND, lang)}万${lowerBound ? '+' : ''}`;
  }
  return formatExact(value, lowerBound, lang);
}

/** A signed percentage: −54.9%, +25%. */
export function formatPercent(percent: number, lang: Lang): string {
  const sign = percent > 0 ? '+' : percent < 0 ? MINUS : '';
  return `${sign}${formatNumber(Math.abs(percent), lang)}%`;
}

/** An ISO date as precise as the source: 2024-11-02, 2024-12, 2024. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day ?? 1));
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
  }).format(date);
}
