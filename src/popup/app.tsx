import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../core/format';
import { jobKeyForSave } from '../core/page-job-key';
import { answeredReminder, pendingOf } from '../core/reminders';
import { needsProfile } from '../core/profile';
import type { Application, DebriefInput, FullApplication, Reminder, Settings } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import type { DueItem } from '../storage/reads';
import { newestFirst, savedInterview } from '../ui/debrief/saved';
import { shownError } from '../ui/errors';
import { t, uiLocale } from '../ui/i18n';
import { outcomeSavedText } from '../ui/outcome-saved';
import { postingFields } from '../ui/debrief/posting-state';
import type { PopupApi, PopupContext, Tracked } from './api';
import { DueList, POPUP_DUE_LIMIT } from './due-list';
import { ApplicationView, OutcomeForm, PageDebrief, PlanForm, ProfilePrompt } from './forms';
import { initialMode, type Mode } from './mode';

export interface AppProps {
  api: PopupApi;
  /** Called once the loaded context has been rendered and painted (main.tsx sets a performance mark). */
  onReady?: () => void;
  /**
   * The context when it was read before the App was first rendered: shown in that first render, one
   * frame sooner than through the shell (the App then does not ask for it).
   */
  initial?: PopupContext;
}

/** The context as read when the popup opened, and its time. */
type Loaded = { ctx: PopupContext; now: number };

/**
 * The popup: a shell at once, then the tab's application or debrief form (with an offer to link the page
 * to a similar tracked application), and the due follow-ups. The same page opened in a tab shows only the
 * due list (`view: 'due'`) or one application (`view: 'app'`, from a chip on a job site).
 */
export function App({ api, onReady, initial }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(() => (initial ? { ctx: initial, now: api.now() } : null));
  const [loadFailed, setLoadFailed] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [tracked, setTracked] = useState<Tracked | null>(initial?.tracked ?? null);
  const [due, setDue] = useState<DueItem[]>(initial?.due ?? []);
  const [dueRest, setDueRest] = useState<Reminder[]>(initial?.dueRest ?? []);
  const [mode, setMode] = useState<Mode | null>(() => (initial ? initialMode(initial) : null));
  const [status, setStatus] = useState('');
  /** The settings as read, then as the profile prompt stored them. */
  const [settings, setSettings] = useState<Settings | null>(initial?.settings ?? null);
  /** A due call's script is open in the due list (it then holds the profile prompt). */
  const [dueScriptOpen, setDueScriptOpen] = useState(false);

  useEffect(() => {
    if (initial) return;
    api.loadContext().then(
      (ctx) => {
        setLoaded({ ctx, now: api.now() });
        setTracked(ctx.tracked);
        setDue(ctx.due);
        setDueRest(ctx.dueRest);
        setSettings(ctx.settings);
        setMode(initialMode(ctx));
      },
      () => setLoadFailed(true),
    );
  }, []);
  useEffect(() => {
    if (loaded) onReady?.();
  }, [loaded]);

  /** Drops the due calls `gone` says are no longer due, from the list and from those only counted. */
  const dropDue = (gone: (reminder: Reminder, applicationId: string) => boolean) => {
    setDue((items) => items.filter((d) => !gone(d.reminder, d.application.id)));
    setDueRest((rest) => rest.filter((r) => !gone(r, r.applicationId)));
  };
  // The application shown above is not listed again: its due call is offered there.
  const elsewhere = (applicationId: string) => applicationId !== tracked?.application.id;
  const listed = due.filter((d) => elsewhere(d.application.id));
  const counted = dueRest.filter((r) => elsewhere(r.applicationId));
  /** A due call listed was done or put off: the next one counted takes its place, read from storage. */
  const resolveDue = (reminderId: string) => {
    dropDue((r) => r.id === reminderId);
    // Enough still listed once it is gone, or nothing counted to take its place.
    if (listed.length - 1 >= POPUP_DUE_LIMIT || counted.length === 0) return;
    api.loadDue().then(
      (head) => {
        setDue(head.items);
        setDueRest(head.rest);
      },
      () => {}, // the count stays: the dashboard lists them all
    );
  };

  /** The application replaces what the user acted in, and takes the focus. */
  const showTracked = (next: Tracked, message: string) => {
    setTracked(next);
    setStatus(message);
    setMode({ kind: 'tracked', focus: true });
  };

  const onSaved = (reply: SaveDebriefReply, debrief: DebriefInput) => {
    const same = tracked?.application.id === reply.application.id ? tracked : null;
    // The new debrief superseded the application's pending reminders, due ones included.
    dropDue((_r, applicationId) => applicationId === reply.application.id);
    // The call, else the reminder to ask for feedback after a rejection; none after a rejection without it.
    const next = (reply.reminders.find((r) => r.kind === 'follow-up') ?? reply.reminders[0])?.dueAt ?? debrief.followUpAt;
    showTracked(
      {
        application: reply.application,
        interviews: newestFirst([savedInterview(reply, debrief), ...(same?.interviews ?? [])]),
        // The calls and answers, as a tracked application's are read (the evening's thank-you aside).
        reminders: pendingOf(reply.reminders),
        events: same?.events ?? [],
      },
      next === null ? t('savedNoCall') : t('savedReminderSet', formatDateTime(next, uiLocale())),
    );
  };

  /** The call's outcome is stored: the application as the worker left it, and its reminders no longer due. */
  const onOutcome = (detail: FullApplication) => {
    const pending = pendingOf(detail.reminders);
    const still = new Set(pending.map((r) => r.id));
    dropDue((r, applicationId) => applicationId === detail.application.id && !still.has(r.id));
    showTracked(
      { application: detail.application, interviews: detail.interviews, reminders: pending, events: detail.events },
      outcomeSavedText(detail.application),
    );
  };

  /** The tab's due reminder put off by a day: the application as stored now, and where its next date is. */
  const snooze = async (current: Tracked, reminderId: string) => {
    setActionError(null);
    try {
      await api.snoozeReminder(reminderId);
    } catch (error) {
      setActionError(shownError(error).message);
      return;
    }
    dropDue((r) => r.id === reminderId);
    const shown = (await api.loadTracked(current.application.id).catch(() => null)) ?? current;
    const next = shown.application.nextDueAt;
    showTracked(shown, next === null ? t('snoozedStatus') : t('snoozedStatusNext', formatDateTime(next, uiLocale())));
  };

  /** Links this page's job to an application tracked under another key, then shows that application. */
  const link = async (ctx: PopupContext, jobKey: string, app: Application) => {
    const linked = await api.linkPosting({ applicationId: app.id, jobKey, pageUrl: ctx.pageUrl, expectedRevision: app.revision });
    // The link is stored: a failed read only costs the history until the popup is reopened.
    const shown = await api.loadTracked(linked.id).catch(() => null);
    showTracked(shown ?? { application: linked, interviews: [], reminders: [], events: [] }, t('linkedStatus', linked.posting.company));
  };

  // The first script or draft shown asks who the user is; the prompt loads on demand (forms.tsx).
  const me = settings?.profile;
  const prompt = settings && needsProfile(settings) && <ProfilePrompt save={api.saveProfile} onSaved={setSettings} />;
  // Asked in one place at a time: in the due call's script the user opened, else in the view above.
  const mainPrompt = dueScriptOpen ? undefined : prompt;

  let main = null;
  if (loaded && mode) {
    const { ctx, now } = loaded;
    if (mode.kind === 'missing') {
      // Opened from a chip on a job site, but the application is gone (deleted since the page loaded).
      main = (
        <section class="empty">
          <p>{t('errorApplicationNotFound')}</p>
        </section>
      );
    } else if (mode.kind === 'outcome' && tracked) {
      main = (
        <OutcomeForm
          tracked={tracked}
          answered={answeredReminder(tracked.reminders, now)}
          settings={ctx.settings}
          me={me}
          prompt={mainPrompt}
          now={api.now()}
          headingLevel={2}
          submit={(req) => api.recordOutcome(req)}
          onSaved={onOutcome}
          onCancel={() => setMode(mode.back)}
        />
      );
    } else if (mode.kind === 'plan') {
      const onPlanned = (d: FullApplication) =>
        showTracked(
          { application: d.application, interviews: d.interviews, reminders: pendingOf(d.reminders), events: d.events },
          t('interviewPlanned'),
        );
      main = (
        <PlanForm
          planned={tracked?.application.nextInterview}
          headingLevel={2}
          save={(plan) => {
            if (tracked)
              return api.planInterview({ applicationId: tracked.application.id, plan, expectedRevision: tracked.application.revision });
            const posting = postingFields(ctx.draft, ctx.pageUrl);
            const keyOf = { trackedJobKey: null, draft: ctx.draft, pageUrl: ctx.pageUrl };
            // The sites' key rules are a chunk (loaded with the debrief form, so at once by now).
            return import('../extract/job-key').then(({ jobKeyFor }) =>
              api.trackInterview({ posting, jobKey: jobKeyForSave(keyOf, posting.url, jobKeyFor), pageUrl: ctx.pageUrl, plan }),
            );
          }}
          onSaved={onPlanned}
          onCancel={() => setMode(mode.back)}
        />
      );
    } else if (mode.kind === 'posting' || mode.kind === 'debrief') {
      main = (
        <PageDebrief
          api={api}
          ctx={ctx}
          tracked={tracked}
          heading={t(tracked ? 'formHeadingAnother' : mode.kind === 'posting' ? 'formHeadingNew' : 'formHeadingByHand')}
          offerKey={mode.kind === 'posting' && mode.offer ? ctx.jobKey : null}
          link={(key, app) => link(ctx, key, app)}
          onDismissOffer={() => setMode({ kind: 'posting', offer: false })}
          onSaved={onSaved}
          onCancel={mode.kind === 'debrief' ? () => setMode(mode.back) : undefined}
          onHaveInterview={mode.kind === 'posting' && !tracked ? () => setMode({ kind: 'plan', back: mode }) : undefined}
        />
      );
    } else if (mode.kind === 'tracked' && tracked) {
      main = (
        <ApplicationView
          tracked={tracked}
          now={api.now()}
          focusOnMount={mode.focus}
          onRecordAnother={() => setMode({ kind: 'debrief', back: mode })}
          onRecordOutcome={() => setMode({ kind: 'outcome', back: mode })}
          onSnooze={(reminderId) => void snooze(tracked, reminderId)}
          copy={api.copyText}
          onAddToCalendar={api.addToCalendar}
          onAddInterviewToCalendar={api.addInterviewToCalendar}
          me={me}
          prompt={mainPrompt}
          onPlan={() => setMode({ kind: 'plan', back: mode })}
          onOpenCard={api.openClosingCard && (() => void api.openClosingCard?.().catch((e) => setActionError(shownError(e).message)))}
        />
      );
    } else if (mode.kind === 'unrecognised') {
      main = (
        <section class="empty">
          <p>{t('nothingRecognised')}</p>
          {due.length === 0 && <p>{t('nothingDue')}</p>}
          <button type="button" class="primary" onClick={() => setMode({ kind: 'debrief', back: mode })}>
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
            items={listed}
            now={loaded.now}
            api={api}
            showEmpty={loaded.ctx.view === 'due'}
            // The popup is a glance: the most overdue few, the rest one click away in the dashboard.
            limit={loaded.ctx.view === 'due' ? undefined : POPUP_DUE_LIMIT}
            unread={counted.length}
            onResolved={resolveDue}
            me={me}
            prompt={prompt}
            onScriptOpen={setDueScriptOpen}
          />
        )}
      </main>
    </div>
  );
}
