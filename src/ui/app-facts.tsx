import { formatDateTime } from '../core/format';
import type { Application, Reminder } from '../core/types';
import { Fact } from './fact';
import { t, uiLocale } from './i18n';
import { statusLabel, verdictLabel } from './labels';
import { nextInterviewText } from './next-interview';
import { dueText, toneClass } from './when';

export interface AppFactsProps {
  app: Application;
  /** The application's pending reminders. */
  pending: Reminder[];
  now: number;
  /**
   * Shown as the next follow-up call when the pending reminders are not known (none given). Never
   * when some are: a pending promised answer is not a call (docs/method.md §3).
   */
  followUpFallback?: number | null;
}

/**
 * Where the application stands: status, last verdict, the next follow-up call and the promised
 * answer (in date order when both are ahead), the next interview.
 */
export function AppFacts({ app, pending, now, followUpFallback = null }: AppFactsProps) {
  // A closed application has no call ahead, whatever else is pending (a reminder to ask for feedback).
  const followUp =
    pending.find((r) => r.kind === 'follow-up')?.dueAt ?? (pending.length === 0 && app.status !== 'closed' ? followUpFallback : null);
  const answerDue = pending.find((r) => r.kind === 'answer-due')?.dueAt ?? null;
  const answerFirst = answerDue !== null && (followUp === null || answerDue < followUp);
  const feedback = pending.find((r) => r.kind === 'feedback')?.dueAt ?? null;
  const when = (at: number) => (
    <>
      {formatDateTime(at, uiLocale())} <span class={toneClass(now, at)}>({dueText(now, at)})</span>
    </>
  );
  return (
    <dl class="facts">
      <Fact label={t('statusLabel')}>{statusLabel(app.status)}</Fact>
      <Fact label={t('lastVerdictLabel')}>{app.lastVerdict ? verdictLabel(app.lastVerdict) : t('noVerdictYet')}</Fact>
      {answerFirst && <Fact label={t('answerByLabel')}>{when(answerDue)}</Fact>}
      <Fact label={t('nextFollowUpLabel')}>{followUp === null ? t('noFollowUp') : when(followUp)}</Fact>
      {answerDue !== null && !answerFirst && <Fact label={t('answerByLabel')}>{when(answerDue)}</Fact>}
      {feedback !== null && <Fact label={t('feedbackLabel')}>{when(feedback)}</Fact>}
      {app.nextInterview && <Fact label={t('nextInterviewLabel')}>{nextInterviewText(app.nextInterview)}</Fact>}
    </dl>
  );
}
