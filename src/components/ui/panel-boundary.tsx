import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorBoundary } from './error-boundary';

/** An error boundary whose fallback says, in the user's language, that this part failed, with a retry. */
export function PanelBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <div className="panel-message panel-error" role="alert">
          <p className="panel-message-title">{t('panelFailedTitle')}</p>
          <p>{t('panelFailedText')}</p>
          <button type="button" className="button" onClick={reset}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
