import type { Metric } from '../../api/schemas';
import type { Lang } from '../../i18n/lang';

const MARK: Record<Lang, string> = { zh: '（推算）', en: ' (derived)' };

/**
 * "（推算）", written after a before value the report implies rather than gives (kind `derived`), and
 * after anything computed from it; nothing for a value the report gives. Wherever such a value is
 * shown (card, bar, table, summary, export), it carries the mark, so it is never read as quoted.
 */
export function derivedMark(metric: Pick<Metric, 'kind'>, lang: Lang): string {
  return metric.kind === 'derived' ? MARK[lang] : '';
}
