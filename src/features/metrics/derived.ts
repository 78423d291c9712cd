import type { Metric } from '../../api/schemas';
import type { Lang } from '../../i18n/lang';
import { MESSAGES } from '../../i18n/messages';

/**
 * "（推算）", written after a before value the report implies rather than gives (kind `derived`), and
 * after anything computed from it; nothing for a value the report gives. Wherever such a value is
 * shown (card, bar, table, summary, export), it carries the mark, so it is never read as quoted.
 */
export function derivedMark(metric: Pick<Metric, 'kind'>, lang: Lang): string {
  return metric.kind === 'derived' ? MESSAGES[lang].derivedMark : '';
}
