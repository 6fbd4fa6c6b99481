import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { answeredReminder, isDue } from '../core/reminders';
import type { Profile } from '../core/types';
import { t } from '../ui/i18n';
import type { Tracked } from './api';
import { AppFacts } from '../ui/app-facts';
import { BeforeCall } from '../ui/before-call';
import { AddToCalendar } from '../ui/add-to-calendar';
import { CallScript } from '../ui/call-script';
import { EmailDrafts } from '../ui/email-draft';
import { InterviewItem } from '../ui/interview-item';

export interface ApplicationViewProps {
  tracked: Tracked;
  now: number;
  onRecordAnother: () => void;
  /** Offered while a follow-up (or a promised answer) is due: record what the call gave. */
  onRecordOutcome?: () => void;
  /** Offered with it: put the due reminder off by a day (it is not listed again among the due ones below). */
  onSnooze?: (reminderId: string) => void;
  /** Plan the next interview, or change the one planned. */
  onPlan?: () => void;
  /** Opens the closing card beside the page (during the interview). */
  onOpenCard?: () => void;
  /** Move focus here (after saving, so the keyboard user is not left on a removed form). */
  focusOnMount?: boolean;
  /** Puts an e-mail draft on the clipboard. */
  copy: (text: string) => Promise<void>;
  /** Saves a pending reminder as an .ics file. */
  onAddToCalendar: (reminderId: string) => Promise<void>;
  /** Saves the planned interview as an .ics file. */
  onAddInterviewToCalendar?: (applicationId: string) => Promise<void>;
  /** The user's profile, for the script's words and the drafts' signature. */
  me?: Profile;
  /** The profile prompt, shown with the first script or draft. */
  prompt?: ComponentChildren;
}

/** The tracked application of this tab: where it stands, when to call, and what was said so far. */
export function ApplicationView({
  tracked,
  now,
  onRecordAnother,
  onRecordOutcome,
  onSnooze,
  onPlan,
  onOpenCard,
  focusOnMount,
  copy,
  onAddToCalendar,
  onAddInterviewToCalendar,
  me,
  prompt,
}: ApplicationViewProps) {
  const { application: app, interviews, reminders } = tracked;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);

  const due = onRecordOutcome && reminders.some((r) => isDue(r, now));
  const snoozed = due && onSnooze ? answeredReminder(reminders, now)?.id : undefined;

  return (
    <section class="application" aria-labelledby="application-heading">
      {/* elementtiming: npm run bench reads when this heading is painted (Element Timing). */}
      <h2 elementtiming="relance-application" id="application-heading" ref={headingRef} tabIndex={-1}>
        {app.posting.title}
      </h2>
      <p class="company">{[app.posting.company, app.posting.location].filter(Boolean).join(' · ')}</p>
      <AppFacts app={app} pending={reminders} now={now} followUpFallback={app.nextDueAt} />
      {/* The next date, for the user's own calendar: there even when the browser is closed. */}
      {reminders[0] && (
        <p class="calendar-line">
          <AddToCalendar id={reminders[0].id} onAdd={onAddToCalendar} />
        </p>
      )}
      {app.nextInterview?.on && onAddInterviewToCalendar && (
        <p class="calendar-line">
          <AddToCalendar id={app.id} onAdd={onAddInterviewToCalendar} label={t('addInterviewToCalendar')} />
        </p>
      )}
      {app.probablyClosed && <p class="notice probably">{t('probablyClosedNote')}</p>}
      {tracked.debriefInProgress && <p class="notice">{t('cardInProgress')}</p>}
      {app.status !== 'closed' && <BeforeCall interview={interviews[0]} level={3} recoveryOnly />}
      {due && (
        <CallScript
          role={app.posting.title}
          interview={interviews[0]}
          reminder={answeredReminder(reminders, now)}
          events={tracked.events}
          level={3}
          me={me}
          prompt={prompt}
          contacts={app.contacts}
        />
      )}
      {app.status !== 'closed' && (
        <EmailDrafts
          role={app.posting.title}
          interview={interviews[0]}
          events={tracked.events}
          now={now}
          level={3}
          copy={copy}
          me={me}
          // Asked once: with the script when one is shown above.
          prompt={due ? undefined : prompt}
          contacts={app.contacts}
        />
      )}
      <div class="buttons">
        {due && (
          <button type="button" class="primary" onClick={onRecordOutcome}>
            {t('recordOutcome')}
          </button>
        )}
        {snoozed && (
          <button type="button" class="secondary" onClick={() => onSnooze?.(snoozed)}>
            {t('dueSnooze')}
          </button>
        )}
        <button type="button" class={due ? 'secondary' : 'primary'} onClick={onRecordAnother}>
          {t('recordAnother')}
        </button>
        {onPlan && (
          <button type="button" class="secondary" onClick={onPlan}>
            {t(app.nextInterview ? 'editPlannedInterview' : 'planInterview')}
          </button>
        )}
        {onOpenCard && app.status !== 'closed' && (
          <button type="button" class="secondary" onClick={onOpenCard}>
            {t('openClosingCard')}
          </button>
        )}
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
