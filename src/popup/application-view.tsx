import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatDateTime } from '../core/format';
import { t, uiLocale } from '../ui/i18n';
import { nextInterviewText } from '../ui/next-interview';
import { dueText } from '../ui/when';
import type { Tracked } from './api';
import { Fact } from '../ui/fact';
import { InterviewItem } from '../ui/interview-item';
import { statusLabel, verdictLabel } from './labels';

export interface ApplicationViewProps {
  tracked: Tracked;
  now: number;
  onRecordAnother: () => void;
  /** Offered while a follow-up (or a promised answer) is due: record what the call gave. */
  onRecordOutcome?: () => void;
  /** Move focus here (after saving, so the keyboard user is not left on a removed form). */
  focusOnMount?: boolean;
}

/** The tracked application of this tab: where it stands, when to call, and what was said so far. */
export function ApplicationView({ tracked, now, onRecordAnother, onRecordOutcome, focusOnMount }: ApplicationViewProps) {
  const { application: app, interviews, reminders } = tracked;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);

  const followUp = reminders.find((r) => r.kind === 'follow-up')?.dueAt ?? app.nextDueAt;
  const answerDue = reminders.find((r) => r.kind === 'answer-due')?.dueAt ?? null;
  const due = onRecordOutcome && reminders.some((r) => r.dueAt <= now);
  const when = (at: number) => (
    <>
      {formatDateTime(at, uiLocale())} <span class="relative">({dueText(now, at)})</span>
    </>
  );

  return (
    <section class="application" aria-labelledby="application-heading">
      <h2 id="application-heading" ref={headingRef} tabIndex={-1}>
        {app.posting.title}
      </h2>
      <p class="company">{[app.posting.company, app.posting.location].filter(Boolean).join(' · ')}</p>
      <dl class="facts">
        <Fact label={t('statusLabel')}>{statusLabel(app.status)}</Fact>
        <Fact label={t('lastVerdictLabel')}>{app.lastVerdict ? verdictLabel(app.lastVerdict) : t('noVerdictYet')}</Fact>
        <Fact label={t('nextFollowUpLabel')}>{followUp === null ? t('noFollowUp') : when(followUp)}</Fact>
        {answerDue !== null && <Fact label={t('answerByLabel')}>{when(answerDue)}</Fact>}
        {app.nextInterview && <Fact label={t('nextInterviewLabel')}>{nextInterviewText(app.nextInterview)}</Fact>}
      </dl>
      {app.probablyClosed && <p class="notice probably">{t('probablyClosedNote')}</p>}
      <div class="buttons">
        {due && (
          <button type="button" class="primary" onClick={onRecordOutcome}>
            {t('recordOutcome')}
          </button>
        )}
        <button type="button" class={due ? 'secondary' : 'primary'} onClick={onRecordAnother}>
          {t('recordAnother')}
        </button>
      </div>
      <h3>{t('interviewsHeading', String(interviews.length))}</h3>
      {interviews.length === 0 ? (
        <p class="hint">{t('noInterviews')}</p>
      ) : (
        <ol class="interviews">
          {interviews.map((i) => (
            <InterviewItem key={i.id} interview={i} />
          ))}
        </ol>
      )}
    </section>
  );
}
