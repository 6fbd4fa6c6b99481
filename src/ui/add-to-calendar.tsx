import { useState } from 'preact/hooks';
import { shownError } from './errors';
import { t } from './i18n';

export interface AddToCalendarProps {
  reminderId: string;
  /** Builds the reminder's .ics file (through the worker, which records it) and saves it. */
  onAdd: (reminderId: string) => Promise<void>;
}

/**
 * "Add to calendar" for one pending reminder: an .ics file the user opens with their calendar, so
 * the date is there on every device, also when the browser is closed. Any surface can host it.
 */
export function AddToCalendar({ reminderId, onAdd }: AddToCalendarProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const add = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await onAdd(reminderId);
    } catch (e) {
      setError(shownError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="add-to-calendar">
      <button type="button" class="link" title={t('addToCalendarTitle')} aria-disabled={busy ? 'true' : undefined} onClick={add}>
        {t('addToCalendar')}
      </button>
      {error && (
        <span role="alert" class="error">
          {' '}
          {t(error)}
        </span>
      )}
    </span>
  );
}
