import { useState } from 'preact/hooks';
import type { ImportReport } from '../core/import-plan';
import { shownError, type ShownError } from '../ui/errors';
import { t, tn } from '../ui/i18n';
import type { DashboardApi } from './api';

export interface DataTransferProps {
  api: Pick<DashboardApi, 'exportFile' | 'download' | 'importData' | 'calendarFile'>;
  onImported: () => void;
}

/**
 * Export everything (JSON, the format README documents) or the applications as CSV, built in the page
 * from IndexedDB and saved as a file; import a JSON export through the worker, which validates the whole
 * file first and names the bad record when it refuses it.
 */
export function DataTransfer({ api, onImported }: DataTransferProps) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [exported, setExported] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  const exportAs = async (kind: 'json' | 'csv' | 'ics') => {
    setBusy(true);
    setError(null);
    setExported('');
    try {
      const file = kind === 'ics' ? await api.calendarFile() : await api.exportFile(kind);
      api.download(file);
      setExported(t('exportDone', file.name));
    } catch (e) {
      setError(shownError(e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.importData(await file.text()));
      onImported();
    } catch (e) {
      setError(shownError(e));
    } finally {
      setBusy(false);
      // The same file can be chosen again after fixing it.
      input.value = '';
    }
  };

  return (
    <section class="data" aria-labelledby="data-heading" aria-busy={busy ? 'true' : undefined}>
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="hint">{t('dataHint')}</p>
      <div class="buttons">
        <button type="button" class="secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => busy || exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => busy || exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-describedby="ics-hint"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => busy || exportAs('ics')}
        >
          {t('exportIcs')}
        </button>
      </div>
      <p id="ics-hint" class="hint">
        {t('exportIcsHint')}
      </p>
      <div class="field">
        <label for="import-file">{t('importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          disabled={busy}
          onChange={(e) => onFile(e.currentTarget)}
        />
        <p id="import-hint" class="hint">
          {t('importHint')}
        </p>
      </div>
      <p role="status" class="status">
        {report
          ? t('importReport', [
              tn('importAdded', report.added),
              tn('importUpdated', report.updated),
              tn('importUnchanged', report.unchanged),
            ])
          : exported}
      </p>
      <div role="alert" class="alert-region">
        {error && (
          <div class="alert">
            <p>{t(error.message)}</p>
            {error.fields.map((f) => (
              // An import names the bad record in plain words under "file"; other fields are message keys.
              <p key={f.field}>{f.field === 'file' ? f.message : `${f.field}: ${t(f.message)}`}</p>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
