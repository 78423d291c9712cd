import { useId, useState } from 'react';
import { BusyButton } from '../../components/ui/busy-button';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from './download';
import { useExportContext } from './export-context';
import { exportFileName } from './file-name';
import { SCALES, type ExportScale } from './types';

/** The page's export settings and "export all": every chart as PNG plus its data as CSV, in one ZIP. */
export function ExportToolbar({ scope, year }: { scope: string; year: number }) {
  const { t } = useI18n();
  const { scale, setScale, jobs } = useExportContext();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const scaleId = useId();

  const exportAll = async () => {
    setBusy(true);
    setMessage(t('exportBusy'));
    try {
      const files: Record<string, Uint8Array> = {};
      for (const job of jobs()) {
        for (const format of ['png', 'csv'] as const) {
          const blob = await job.run(format, scale);
          files[job.fileName(format)] = new Uint8Array(await blob.arrayBuffer());
        }
      }
      const { zipSync } = await import('fflate');
      const name = exportFileName(scope, 'charts', year, 'zip');
      saveBlob(new Blob([zipSync(files, { level: 0 })], { type: 'application/zip' }), name);
      setMessage(t('exportDone', { name }));
    } catch (error) {
      setMessage(t('exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-toolbar">
      <label htmlFor={scaleId}>{t('exportScale')}</label>
      <select
        id={scaleId}
        value={scale}
        onChange={(event) => setScale(Number(event.target.value) as ExportScale)}
      >
        {SCALES.map((option) => (
          <option key={option} value={option}>
            {option}×
          </option>
        ))}
      </select>
      <BusyButton busy={busy} onPress={() => void exportAll()}>
        {t('exportAll')}
      </BusyButton>
      <p className="chart-export-status" role="status">
        {message}
      </p>
    </div>
  );
}
