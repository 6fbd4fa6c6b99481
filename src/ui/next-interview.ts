import { fromDateInput } from '../core/dates';
import { formatDate } from '../core/format';
import type { Application } from '../core/types';
import { t, uiLocale } from './i18n';
import { stageLabel } from './labels';

/**
 * "Hiring manager with Paul Durand, Tue 8 Dec 2026" (the date only when known); without a stage said,
 * whom and when only: "Paul Durand, Tue 8 Dec 2026".
 */
export function nextInterviewText(next: NonNullable<Application['nextInterview']>): string {
  const day = next.on ? fromDateInput(next.on, 0) : null;
  const date = day === null ? '' : formatDate(day, uiLocale());
  if (next.stage === null) return [next.withWhom, date].filter(Boolean).join(', ');
  const who = next.withWhom || stageLabel(next.stage);
  return date ? t('nextInterviewWithOn', [stageLabel(next.stage), who, date]) : t('nextInterviewWith', [stageLabel(next.stage), who]);
}
