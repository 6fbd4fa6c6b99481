import type { Application } from '../core/types';
import { formatDateTime } from '../core/format';
import { t, uiLocale } from './i18n';

/**
 * What to announce once an outcome is stored: the next reminder the worker set, if any. Apart from
 * the outcome form, which the popup loads only when it is shown.
 */
export function outcomeSavedText(app: Pick<Application, 'nextDueAt'>): string {
  return app.nextDueAt === null ? t('outcomeSaved') : t('outcomeSavedNext', formatDateTime(app.nextDueAt, uiLocale()));
}
