import { useRef } from 'react';
import { isApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { BusyButton } from './busy-button';
import { useFocusHandover } from './focus-home';

interface MessagePanelProps {
  title: string;
  text: string;
  onRetry: () => void;
  /** 'alert' for failures (announced at once), 'status' for an empty answer. */
  role?: 'alert' | 'status';
  retrying?: boolean;
}

/** A panel that says, in plain words, what happened to this part of the page, with a Retry. */
export function MessagePanel({ title, text, onRetry, role = 'alert', retrying = false }: MessagePanelProps) {
  return (
    <div className={role === 'alert' ? 'panel-message panel-error' : 'panel-message'} role={role}>
      <p className="panel-message-title">{title}</p>
      <p>{text}</p>
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}

/**
 * Retry, which ignores presses while the retry it started is under way. When it leaves the page with
 * the focus on it (the figures it fetched replace it, or a loading panel does), the focus goes to the
 * nearest FocusHome: the query panel that holds it.
 */
export function RetryButton({ onRetry, retrying = false }: { onRetry: () => void; retrying?: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLButtonElement>(null);
  useFocusHandover(ref);
  return (
    <BusyButton ref={ref} busy={retrying} onPress={onRetry}>
      {t('retry')}
    </BusyButton>
  );
}

/** A failed request in words the user understands. */
export function useErrorText(error: unknown): string {
  const { errorMessages } = useI18n();
  return isApiError(error) ? errorMessages[error.kind] : errorMessages.http;
}

/** A failed request, classified into words the user understands; Retry works without a reload. */
export function ErrorPanel({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying?: boolean }) {
  const { t } = useI18n();
  return <MessagePanel title={t('errorTitle')} text={useErrorText(error)} onRetry={onRetry} retrying={retrying} />;
}

export function EmptyPanel({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return <MessagePanel role="status" title={t('emptyTitle')} text={t('emptyText')} onRetry={onRetry} />;
}
