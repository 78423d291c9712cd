import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { RetryButton, useErrorText } from './error-panel';

interface UpdateStatusProps {
  /** Why fetching the figures again failed; null while the figures shown are up to date. */
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * Says, above figures still on screen, that updating them failed, with the reason and a Retry. The
 * live region stays on the page while it is empty, so a failure that fills it is announced.
 */
export function UpdateStatus({ error, onRetry, retrying }: UpdateStatusProps) {
  const { t } = useI18n();
  const titleId = useId();
  const failed = error !== null;
  const reason = useErrorText(error);
  return (
    <div role="status" aria-labelledby={failed ? titleId : undefined}>
      {failed && (
        <div className="panel-message">
          <p id={titleId} className="panel-message-title">
            {t('updateFailedTitle')}
          </p>
          <p>{reason}</p>
          <RetryButton onRetry={onRetry} retrying={retrying} />
        </div>
      )}
    </div>
  );
}
