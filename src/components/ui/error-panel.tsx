import { isApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';

interface ErrorPanelProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** What went wrong, in plain words, with a Retry that works without a reload. */
export function ErrorPanel({ error, onRetry, retrying = false }: ErrorPanelProps) {
  const { t, errorMessages } = useI18n();
  const message = isApiError(error) ? errorMessages[error.kind] : errorMessages.http;
  return (
    <div className="panel-message panel-error" role="alert">
      <p className="panel-message-title">{t('errorTitle')}</p>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {t('retry')}
      </button>
    </div>
  );
}

export function EmptyPanel({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="panel-message" role="status">
      <p className="panel-message-title">{t('emptyTitle')}</p>
      <p>{t('emptyText')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
