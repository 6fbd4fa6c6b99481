import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { retryRuleOf } from '../core/outcomes';
import { answeredReminder, pendingOf } from '../core/reminders';
import type { FullApplication, Settings } from '../core/types';
import { AddToCalendar } from '../ui/add-to-calendar';
import { BeforeCall } from '../ui/before-call';
import { Contacts } from '../ui/contacts';
import { needsProfile } from '../core/profile';
import { ProfilePrompt } from '../ui/profile-prompt';
import { CallScript } from '../ui/call-script';
import { EmailDrafts } from '../ui/email-draft';
import { DebriefForm } from '../ui/debrief/debrief-form';
import { postingFields } from '../ui/debrief/form-state';
import { shownError } from '../ui/errors';
import { t } from '../ui/i18n';
import { OutcomeForm } from '../ui/outcome-form';
import { outcomeSavedText } from '../ui/outcome-saved';
import { PlanForm } from '../ui/plan-form';
import type { DashboardApi } from './api';
import { AppFacts } from '../ui/app-facts';
import { ProbablyClosedBanner } from './probably-closed';
import { InterviewsSection } from './interviews-section';
import { PostingEditor } from './posting-editor';
import { hrefOf } from './route';
import { Timeline } from './timeline';

type Mode = 'view' | 'outcome' | 'posting' | 'another' | 'plan' | { interview: string };

export interface AppPageProps {
  api: DashboardApi;
  id: string;
  /** `#app/<id>/outcome`: open on the outcome form (from a reminder). */
  outcome: boolean;
  /** `#app/<id>/thank-you`: the thank-you e-mail draft shown and focused (from its reminder). */
  thanks?: boolean;
  settings: Settings;
  now: number;
  /** The application changed (any write here): the list updates its row. */
  onChanged: (detail: FullApplication) => void;
  onDeleted: (snapshot: FullApplication) => void;
  /** A short confirmation for the page's live region. */
  announce: (text: string) => void;
  /** Reached from another page of the dashboard (not on load): the focus moves to the title. */
  focusHeading: boolean;
  /** The profile prompt was answered: the settings as stored. */
  onSettingsChanged?: (settings: Settings) => void;
}

/** One application: the posting, every debrief, the timeline, the follow-up outcome, delete. */
export function AppPage(p: AppPageProps) {
  const [detail, setDetail] = useState<FullApplication | null | 'missing' | 'failed'>(null);
  const [mode, setMode] = useState<Mode>(p.outcome ? 'outcome' : 'view');
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    p.api.loadDetail(p.id).then(
      (d) => live && setDetail(d ?? 'missing'),
      () => live && setDetail('failed'),
    );
    return () => {
      live = false;
    };
  }, [p.id]);
  useEffect(() => setMode(p.outcome ? 'outcome' : 'view'), [p.outcome]);
  // The closing card's debrief in progress, said until a debrief is recorded (the revision moves then).
  const [cardDraft, setCardDraft] = useState(false);
  const revision = typeof detail === 'object' && detail !== null ? detail.application.revision : null;
  useEffect(() => {
    p.api.hasCardDraft?.(p.id).then(setCardDraft, () => setCardDraft(false));
  }, [p.id, revision]);
  const loaded = typeof detail === 'object' && detail !== null;
  // A keyboard or screen reader user who came from the list lands on the page's title (the outcome form
  // focuses itself).
  useLayoutEffect(() => {
    if (loaded && mode !== 'outcome' && !p.thanks && p.focusHeading) headingRef.current?.focus();
  }, [loaded]);

  if (detail === null) return <p class="hint">{t('loading')}</p>;
  if (detail === 'missing' || detail === 'failed') {
    return (
      <section aria-labelledby="app-heading">
        <h1 id="app-heading">{t(detail === 'missing' ? 'errorApplicationNotFound' : 'errorLoad')}</h1>
        <p>
          <a href="#">{t('backToList')}</a>
        </p>
      </section>
    );
  }

  const { application: app, interviews, reminders, events } = detail;
  const pending = pendingOf(reminders);
  /** Closes the form: back on the page's title (the form the user was in is gone), and off the outcome route. */
  const close = () => {
    setMode('view');
    // Replaced, not pushed: Back should not reopen the form. The hashchange keeps the route in step.
    if (location.hash.endsWith('/outcome')) location.replace(hrefOf({ page: 'app', id: app.id, outcome: false }));
    setTimeout(() => headingRef.current?.focus());
  };
  const apply = (d: FullApplication, message: string) => {
    setDetail(d);
    p.onChanged(d);
    p.announce(message);
    close();
  };
  const remove = async () => {
    setError(null);
    try {
      p.onDeleted(await p.api.deleteApplication({ applicationId: app.id, expectedRevision: app.revision }));
    } catch (e) {
      setError(shownError(e).message);
    }
  };
  const cancelPlan = async () => {
    setError(null);
    try {
      apply(
        await p.api.planInterview({ applicationId: app.id, plan: null, expectedRevision: app.revision }),
        t('plannedInterviewCancelled'),
      );
    } catch (e) {
      setError(shownError(e).message);
    }
  };
  const formOpen = mode !== 'view';
  /** A write that leaves the page as it is (a contact): the list updates, the live region says it. */
  const changed = (d: FullApplication, message: string) => {
    setDetail(d);
    p.onChanged(d);
    p.announce(message);
  };
  // The first script or draft shown asks who the user is (ui/profile-prompt.tsx).
  const prompt = needsProfile(p.settings) && (
    <ProfilePrompt save={(profile) => p.api.saveProfile(profile)} onSaved={(s) => p.onSettingsChanged?.(s)} />
  );
  const me = p.settings.profile;

  return (
    <article class="app-page" aria-labelledby="app-heading">
      <p class="back">
        <a href="#">{t('backToList')}</a>
      </p>
      <h1 id="app-heading" ref={headingRef} tabIndex={-1}>
        {app.posting.title}
      </h1>
      <p class="company">{[app.posting.company, app.posting.location].filter(Boolean).join(' · ')}</p>
      {app.probablyClosed && (
        <ProbablyClosedBanner
          resolve={(decision) => p.api.resolveProbablyClosed({ applicationId: app.id, decision, expectedRevision: app.revision })}
          onResolved={(d, decision) => apply(d, t(decision === 'confirm' ? 'confirmedClosedStatus' : 'keptPursuingStatus'))}
        />
      )}
      <AppFacts app={app} pending={pending} now={p.now} />
      {cardDraft && <p class="notice">{t('cardInProgress')}</p>}
      {mode !== 'outcome' && app.status !== 'closed' && <BeforeCall interview={interviews[0]} level={2} recoveryOnly />}
      {mode === 'view' && app.status !== 'closed' && (
        <EmailDrafts
          role={app.posting.title}
          interview={interviews[0]}
          events={events}
          now={p.now}
          level={2}
          copy={p.api.copyText}
          me={me}
          prompt={prompt}
          focusThanks={p.thanks}
          contacts={app.contacts}
        />
      )}
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      <div class="buttons">
        <button type="button" class="primary" disabled={formOpen} onClick={() => setMode('outcome')}>
          {t('recordOutcome')}
        </button>
        <button type="button" class="secondary" disabled={formOpen} onClick={() => setMode('another')}>
          {t('recordAnother')}
        </button>
        <button type="button" class="secondary" disabled={formOpen} onClick={() => setMode('plan')}>
          {t(app.nextInterview ? 'editPlannedInterview' : 'planInterview')}
        </button>
        {app.nextInterview && (
          <button type="button" class="secondary" disabled={formOpen} onClick={cancelPlan}>
            {t('cancelPlannedInterview')}
          </button>
        )}
        {p.api.openClosingCard && app.status !== 'closed' && (
          <button
            type="button"
            class="secondary"
            disabled={formOpen}
            onClick={() => void p.api.openClosingCard?.().catch((e: unknown) => setError(shownError(e).message))}
          >
            {t('openClosingCard')}
          </button>
        )}
        <button type="button" class="danger" disabled={formOpen} onClick={remove}>
          {t('deleteApplication')}
        </button>
      </div>
      {app.nextInterview?.on && (
        <p class="calendar-line">
          <AddToCalendar
            id={app.id}
            label={t('addInterviewToCalendar')}
            onAdd={async (id) => p.api.download(await p.api.calendarFile({ applicationId: id }))}
          />
        </p>
      )}

      {mode === 'outcome' && (
        <div class="panel">
          <BeforeCall interview={interviews[0]} level={2} />
          <CallScript
            role={app.posting.title}
            interview={interviews[0]}
            reminder={answeredReminder(pending, p.now)}
            events={events}
            level={2}
            me={me}
            prompt={prompt}
            contacts={app.contacts}
          />
          <OutcomeForm
            application={app}
            reminderId={answeredReminder(pending, p.now)?.id}
            lastStage={interviews[0]?.stage}
            retry={retryRuleOf({ settings: p.settings, latest: interviews[0], events, reminders })}
            settings={p.settings}
            now={p.now}
            headingLevel={2}
            submit={(req) => p.api.recordOutcome(req)}
            onSaved={(d) => apply(d, outcomeSavedText(d.application))}
            onCancel={close}
          />
        </div>
      )}
      {mode === 'plan' && (
        <div class="panel">
          <PlanForm
            planned={app.nextInterview}
            headingLevel={2}
            save={(plan) => p.api.planInterview({ applicationId: app.id, plan, expectedRevision: app.revision })}
            onSaved={(d) => apply(d, t('interviewPlanned'))}
            onCancel={close}
          />
        </div>
      )}
      {mode === 'another' && (
        <div class="panel">
          <DebriefForm
            heading={t('formHeadingAnother')}
            posting={postingFields(app.posting, null)}
            nextInterview={app.nextInterview}
            contacts={app.contacts}
            hidePosting
            settings={p.settings}
            now={p.now}
            // Another interview of this application: saved under its key, from no page.
            save={({ posting, debrief }) =>
              p.api.saveDebrief({ posting, jobKey: app.jobKey, pageUrl: null, debrief, expectedRevision: app.revision })
            }
            onSaved={async (reply) => {
              const fresh = await p.api.loadDetail(reply.application.id).catch(() => null);
              apply(fresh ?? { ...detail, application: reply.application }, t('interviewSaved'));
            }}
            onCancel={close}
          />
        </div>
      )}

      <section class="posting" aria-labelledby="posting-heading">
        <h2 id="posting-heading">{t('postingLegend')}</h2>
        {mode === 'posting' ? (
          <PostingEditor
            application={app}
            save={(posting) => p.api.updatePosting({ applicationId: app.id, posting, expectedRevision: app.revision })}
            onSaved={(d) => apply(d, t('postingSaved'))}
            onCancel={close}
          />
        ) : (
          <>
            <p class="posting-url">
              {/^https?:\/\//i.test(app.posting.url) ? (
                <a href={app.posting.url} target="_blank" rel="noopener noreferrer">
                  {app.posting.url}
                </a>
              ) : (
                app.posting.url
              )}
            </p>
            <button type="button" class="secondary small" disabled={formOpen} onClick={() => setMode('posting')}>
              {t('editPosting')}
            </button>
          </>
        )}
      </section>

      <Contacts
        contacts={app.contacts ?? []}
        locked={formOpen}
        level={2}
        save={(contact) => p.api.saveContact({ applicationId: app.id, contact, expectedRevision: app.revision })}
        remove={(contactId) => p.api.removeContact({ applicationId: app.id, contactId, expectedRevision: app.revision })}
        onChanged={changed}
      />
      <InterviewsSection
        app={app}
        interviews={interviews}
        settings={p.settings}
        now={p.now}
        editing={typeof mode === 'object' ? mode.interview : null}
        locked={formOpen}
        onEdit={(id) => setMode(id === null ? 'view' : { interview: id })}
        update={(interviewId, debrief) => p.api.updateInterview({ interviewId, debrief, expectedRevision: app.revision })}
        onSaved={(d) => apply(d, t('interviewSaved'))}
      />
      <Timeline
        reminders={reminders}
        events={events}
        now={p.now}
        onAddToCalendar={async (reminderId) => p.api.download(await p.api.calendarFile({ reminderId }))}
      />
    </article>
  );
}
