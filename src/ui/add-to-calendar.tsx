import { useState } from 'preact/hooks';
import { shownError } from './errors';
import { t } from './i18n';

export interface AddToCalendarProps {
  /** What the file is of, given back to `onAdd`: a pending reminder's id, or an application's (its planned interview). */
  id: string;
  /** Builds the .ics file (through the worker, which records it) and saves it. */
  onAdd: (id: string) => Promise<void>;
  /** Names what is added, for assistive technology (the visible text is the same on every line). */
  label?: string;
}

/**
 * "Add to calendar" for one pending reminder or a planned interview: an .ics file the user opens with their calendar, so
 * the date is there on every device, also when the browser is closed. Any surface can host it.
 */
export function AddToCalendar({ id, onAdd, label }: AddToCalendarProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const add = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await onAdd(id);
    } catch (e) {
      setError(shownError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="add-to-calendar">
      <button
        type="button"
        class="link"
        title={t('addToCalendarTitle')}
        aria-label={label}
        aria-disabled={busy ? 'true' : undefined}
        onClick={add}
      >
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
