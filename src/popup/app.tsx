import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../core/format';
import type { Application, DebriefInput, FullApplication } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import type { DueItem } from '../storage/reads';
import { shownError } from '../ui/errors';
import { t, uiLocale } from '../ui/i18n';
import type { PopupApi, PopupContext, Tracked } from './api';
import { ApplicationView } from './application-view';
import { DebriefForm } from './debrief-form';
import { DueList, POPUP_DUE_LIMIT } from './due-list';
import { guessesOf, initialForm, newestFirst, pageJobKey, postingFields, savedInterview, withNextInterview } from './form-state';
import { BeforeCall } from '../ui/before-call';
import { OutcomeForm } from '../ui/outcome-form';
import { LinkOffer } from './link-offer';

export interface AppProps {
  api: PopupApi;
  /** Called once the loaded context has been rendered and painted (main.tsx sets a performance mark). */
  onReady?: () => void;
}

type Loaded = { ctx: PopupContext; now: number };

/**
 * The popup: a shell at once, then the tab's application or debrief form (with an offer to link the page
 * to a similar tracked application), and the due follow-ups. The same page opened in a tab shows only the
 * due list (`view: 'due'`) or one application (`view: 'app'`, from a chip on a job site).
 */
export function App({ api, onReady }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [tracked, setTracked] = useState<Tracked | null>(null);
  const [due, setDue] = useState<DueItem[]>([]);
  // 'form' when the user asked for it (another interview, or tracking an unrecognised page by hand).
  const [formOpen, setFormOpen] = useState(false);
  // The follow-up outcome form, offered while a follow-up of this application is due.
  const [outcomeOpen, setOutcomeOpen] = useState(false);
  // Focus the application view when it replaces something the user acted in (a saved form, a link offer).
  const [focusView, setFocusView] = useState(false);
  const [status, setStatus] = useState('');
  // "Track separately" chosen: no more link offer for this page.
  const [offerDismissed, setOfferDismissed] = useState(false);

  useEffect(() => {
    api.loadContext().then(
      (ctx) => {
        setLoaded({ ctx, now: api.now() });
        setTracked(ctx.tracked);
        setDue(ctx.due);
      },
      () => setLoadFailed(true),
    );
  }, []);
  useEffect(() => {
    if (loaded) onReady?.();
  }, [loaded]);

  const onSaved = (reply: SaveDebriefReply, debrief: DebriefInput) => {
    const previous = tracked?.application.id === reply.application.id ? tracked.interviews : [];
    setTracked({
      application: reply.application,
      interviews: newestFirst([savedInterview(reply, debrief), ...previous]),
      reminders: reply.reminders,
    });
    // The new debrief superseded the application's pending reminders, due ones included.
    setDue((items) => items.filter((d) => d.application.id !== reply.application.id));
    const followUp = reply.reminders.find((r) => r.kind === 'follow-up')?.dueAt ?? debrief.followUpAt;
    setStatus(t('savedReminderSet', formatDateTime(followUp, uiLocale())));
    setFormOpen(false);
    setFocusView(true);
  };

  /** The call's outcome is stored: the application as the worker left it, and its reminders no longer due. */
  const onOutcome = (detail: FullApplication) => {
    const pending = detail.reminders.filter((r) => r.pendingDueAt !== undefined);
    setTracked({ application: detail.application, interviews: detail.interviews, reminders: pending });
    const still = new Set(pending.map((r) => r.id));
    setDue((items) => items.filter((d) => d.application.id !== detail.application.id || still.has(d.reminder.id)));
    const next = detail.application.nextDueAt;
    setStatus(next === null ? t('outcomeSaved') : t('outcomeSavedNext', formatDateTime(next, uiLocale())));
    setOutcomeOpen(false);
    setFocusView(true);
  };

  /** Links this page's job to an application tracked under another key, then shows that application. */
  const link = async (ctx: PopupContext, jobKey: string, app: Application) => {
    const linked = await api.linkPosting({ applicationId: app.id, jobKey, pageUrl: ctx.pageUrl, expectedRevision: app.revision });
    // The link is stored: a failed read only costs the history until the popup is reopened.
    const shown = await api.loadTracked(linked.id).catch(() => null);
    setTracked(shown ?? { application: linked, interviews: [], reminders: [] });
    setStatus(t('linkedStatus', linked.posting.company));
    setFormOpen(false);
    setFocusView(true);
  };

  let main = null;
  if (loaded && loaded.ctx.view !== 'due') {
    const { ctx, now } = loaded;
    const recognised = Boolean(ctx.draft?.title || ctx.draft?.company);
    const jobKey = pageJobKey(ctx.draft, ctx.pageUrl);
    const offer = !tracked && !offerDismissed && jobKey !== null && ctx.similar.length > 0;
    if (ctx.view === 'app' && !tracked) {
      // Opened from a chip on a job site, but the application is gone (deleted since the page loaded).
      main = (
        <section class="empty">
          <p>{t('errorApplicationNotFound')}</p>
        </section>
      );
    } else if (outcomeOpen && tracked) {
      const { application, interviews, reminders } = tracked;
      main = (
        <>
          <BeforeCall interview={interviews[0]} level={2} />
          <OutcomeForm
            application={application}
            reminderId={(reminders.find((r) => r.dueAt <= now && r.kind === 'follow-up') ?? reminders.find((r) => r.dueAt <= now))?.id}
            lastStage={interviews[0]?.stage}
            settings={ctx.settings}
            now={api.now()}
            headingLevel={2}
            submit={(req) => api.recordOutcome(req)}
            onSaved={onOutcome}
            onCancel={() => setOutcomeOpen(false)}
          />
        </>
      );
    } else if (formOpen || (!tracked && recognised)) {
      const posting = postingFields(tracked?.application.posting ?? ctx.draft, ctx.pageUrl);
      const initial = tracked?.application.nextInterview
        ? withNextInterview(initialForm(posting, api.now(), ctx.settings), tracked.application.nextInterview)
        : undefined;
      main = (
        <>
          {offer && <LinkOffer similar={ctx.similar} link={(app) => link(ctx, jobKey, app)} onDismiss={() => setOfferDismissed(true)} />}
          <DebriefForm
            heading={t(tracked ? 'formHeadingAnother' : recognised ? 'formHeadingNew' : 'formHeadingByHand')}
            posting={posting}
            initial={initial}
            guesses={tracked ? undefined : guessesOf(ctx.draft, posting)}
            keys={{ trackedJobKey: tracked?.application.jobKey ?? null, draft: ctx.draft, pageUrl: ctx.pageUrl }}
            deferFocus={offer}
            expectedRevision={tracked?.application.revision}
            settings={ctx.settings}
            now={api.now()}
            save={(req) => api.saveDebrief(req)}
            onSaved={onSaved}
            onCancel={formOpen ? () => setFormOpen(false) : undefined}
          />
        </>
      );
    } else if (tracked) {
      main = (
        <ApplicationView
          tracked={tracked}
          now={api.now()}
          focusOnMount={focusView}
          onRecordAnother={() => setFormOpen(true)}
          onRecordOutcome={() => setOutcomeOpen(true)}
        />
      );
    } else {
      main = (
        <section class="empty">
          <p>{t('nothingRecognised')}</p>
          {due.length === 0 && <p>{t('nothingDue')}</p>}
          <button type="button" class="primary" onClick={() => setFormOpen(true)}>
            {t('trackByHand')}
          </button>
        </section>
      );
    }
  }

  return (
    <div class="popup">
      <header class="top">
        <h1>{t('actionTitle')}</h1>
        <a
          href="dashboard.html"
          class="dashboard-link"
          onClick={(e) => {
            e.preventDefault();
            void api.openDashboard(tracked?.application.id).catch((error) => setActionError(shownError(error).message));
          }}
        >
          {t('openDashboard')}
        </a>
      </header>
      <main>
        <p role="status" class="status">
          {status}
        </p>
        {(loadFailed || actionError) && (
          <p role="alert" class="alert">
            {t(actionError ?? 'errorLoad')}
          </p>
        )}
        {!loaded && !loadFailed && <p class="hint">{t('loading')}</p>}
        {main}
        {loaded && (
          <DueList
            items={due}
            now={loaded.now}
            api={api}
            showEmpty={loaded.ctx.view === 'due'}
            // The popup is a glance: the most overdue few, the rest one click away in the dashboard.
            limit={loaded.ctx.view === 'due' ? undefined : POPUP_DUE_LIMIT}
            onResolved={(id) => setDue((items) => items.filter((d) => d.reminder.id !== id))}
          />
        )}
      </main>
    </div>
  );
}
