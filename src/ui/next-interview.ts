import { fromDateInput } from '../core/dates';
import { formatDate } from '../core/format';
import type { Application } from '../core/types';
import { t, uiLocale } from './i18n';
import { stageLabel } from './labels';

/** "Hiring manager with Paul Durand, Tue 8 Dec 2026" (the date only when known). */
export function nextInterviewText(next: NonNullable<Application['nextInterview']>): string {
  const day = next.on ? fromDateInput(next.on, 0) : null;
  const who = next.withWhom || stageLabel(next.stage);
  return day === null
    ? t('nextInterviewWith', [stageLabel(next.stage), who])
    : t('nextInterviewWithOn', [stageLabel(next.stage), who, formatDate(day, uiLocale())]);
}
