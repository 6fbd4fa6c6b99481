import { useMemo } from 'preact/hooks';
import { STATUSES } from '../core/types';
import { t, tn, uiLocale } from '../ui/i18n';
import { statusLabel } from '../ui/labels';
import type { Row } from './sections';
import { dayShown, statusCounts, weekOf, type WeekItemKind } from './week';

export interface WeekStripProps {
  rows: readonly Row[];
  now: number;
  /** Follow-up calls recorded and answered; null until read. */
  calls: { calls: number; answered: number } | null;
}

// Literal keys, so the locale test sees each one used.
const KIND_KEYS: Record<WeekItemKind, string> = {
  call: 'reminderKindFollowUp',
  answer: 'reminderKindAnswerDue',
  feedback: 'reminderKindFeedback',
  interview: 'weekInterview',
};

/**
 * The next seven days at the top of the dashboard: each day's calls, promised answers and interviews,
 * each a link to its application; then the search in numbers. Plain CSS grid, no chart.
 */
export function WeekStrip({ rows, now, calls }: WeekStripProps) {
  const days = useMemo(() => weekOf(rows, now), [rows, now]);
  const counts = useMemo(() => statusCounts(rows), [rows]);
  const dayName = new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', day: 'numeric' });
  if (rows.length === 0) return null;
  return (
    <section class="week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('weekHeading')}</h2>
      <ol class="week-days">
        {days.map((d, i) => {
          const { shown, more } = dayShown(d.items);
          return (
            <li key={d.day} class={d.items.length ? 'week-day busy' : 'week-day'} aria-current={i === 0 ? 'date' : undefined}>
              <span class="week-date">{dayName.format(d.day)}</span>
              {d.items.length > 0 && (
                <ul>
                  {shown.map((it) => (
                    <li key={`${it.kind}-${it.applicationId}`} class={`week-item week-${it.kind}`}>
                      <a href={`#app/${encodeURIComponent(it.applicationId)}`} title={it.title}>
                        {t('weekItem', [t(KIND_KEYS[it.kind]), it.company])}
                      </a>
                    </li>
                  ))}
                  {more > 0 && <li class="week-more">{tn('weekMore', more)}</li>}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <p class="week-summary">
        {STATUSES.filter((s) => counts[s] > 0)
          .map((s) => t('weekStatusCount', [statusLabel(s), String(counts[s])]))
          .join(' · ')}
        {calls && calls.calls > 0 && ` · ${t('weekCallsAnswered', [String(calls.answered), String(calls.calls)])}`}
      </p>
    </section>
  );
}
