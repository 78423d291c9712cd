import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorBoundary } from './error-boundary';
import { MessagePanel } from './error-panel';

/** An error boundary whose fallback says, in the user's language, that this part failed, with a retry. */
export function PanelBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(retry, codeMissing) => (
        <MessagePanel title={t('panelFailedTitle')} text={t(codeMissing ? 'codeMissingText' : 'panelFailedText')} onRetry={retry} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
