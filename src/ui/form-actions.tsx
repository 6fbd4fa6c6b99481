import type { FieldError } from '../core/validate';
import type { ShownError } from './errors';
import { t } from './i18n';

export interface FormActionsProps {
  /** The refusal to show (an i18n key), if the last try failed. */
  server: ShownError | null;
  /** Field errors with no field of their own in this form: listed under the message. */
  unplaced?: FieldError[];
  saving: boolean;
  /** i18n key of the submit button. */
  saveLabel: string;
  onCancel?: () => void;
}

/** A form's closing bar: the alert region (kept in the page so it is announced), Save, Cancel. */
export function FormActions({ server, unplaced = [], saving, saveLabel, onCancel }: FormActionsProps) {
  return (
    <div class="actions">
      <div role="alert" class="alert-region">
        {server && (
          <div class="alert">
            <p>{t(server.message)}</p>
            {unplaced.map((f) => (
              <p key={f.field}>{t(f.message)}</p>
            ))}
          </div>
        )}
      </div>
      <button type="submit" class="primary" disabled={saving}>
        {t(saving ? 'formSaving' : saveLabel)}
      </button>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          {t('formCancel')}
        </button>
      )}
    </div>
  );
}
