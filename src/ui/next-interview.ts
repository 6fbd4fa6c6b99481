import { fromDateInput, fromTimeInput } from '../core/dates';
import { formatDate, formatDateTime } from '../core/format';
import type { Application } from '../core/types';
import { t, uiLocale } from './i18n';
import { channelLabel, stageLabel } from './labels';

/**
 * "Hiring manager with Paul Durand (CTO), Tue 8 Dec 2026, 14:00 · Video call" (each part only when
 * known); without a stage said, whom and when only: "Paul Durand, Tue 8 Dec 2026".
 */
export function nextInterviewText(next: NonNullable<Application['nextInterview']>): string {
  const minutes = fromTimeInput(next.time);
  const day = next.on ? fromDateInput(next.on, minutes ?? 0) : null;
  const date = day === null ? '' : minutes === null ? formatDate(day, uiLocale()) : formatDateTime(day, uiLocale());
  const person = next.role && next.withWhom ? `${next.withWhom} (${next.role})` : next.withWhom || next.role;
  const text =
    next.stage === null
      ? [person, date].filter(Boolean).join(', ')
      : date
        ? t('nextInterviewWithOn', [stageLabel(next.stage), person || stageLabel(next.stage), date])
        : t('nextInterviewWith', [stageLabel(next.stage), person || stageLabel(next.stage)]);
  return next.channel ? `${text} · ${channelLabel(next.channel)}` : text;
}
