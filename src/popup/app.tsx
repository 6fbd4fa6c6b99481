import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../core/format';
import type { Application, DebriefInput } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import type { DueItem } from '../storage/reads';
import { t, uiLocale } from '../ui/i18n';
import type { PopupApi, PopupContext, Tracked } from './api';
import { ApplicationView } from './application-view';
import { DebriefForm } from './debrief-form';
import { DueList } from './due-list';
import { guessesOf, newestFirst, pageJobKey, postingFields, savedInterview } from './form-state';
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
  const [tracked, setTracked] = useState<Tracked | null>(null);
  const [due, setDue] = useState<DueItem[]>([]);
  // 'form' when the user asked for it (another interview, or tracking an unrecognised page by hand).
  const [formOpen, setFormOpen] = useState(false);
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
    } else if (formOpen || (!tracked && recognised)) {
      const posting = postingFields(tracked?.application.posting ?? ctx.draft, ctx.pageUrl);
      main = (
        <>
          {offer && <LinkOffer similar={ctx.similar} link={(app) => link(ctx, jobKey, app)} onDismiss={() => setOfferDismissed(true)} />}
          <DebriefForm
            heading={t(tracked ? 'formHeadingAnother' : recognised ? 'formHeadingNew' : 'formHeadingByHand')}
            posting={posting}
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
      main = <ApplicationView tracked={tracked} now={now} focusOnMount={focusView} onRecordAnother={() => setFormOpen(true)} />;
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
      </header>
      <p role="status" class="status">
        {status}
      </p>
      {loadFailed && (
        <p role="alert" class="alert">
          {t('errorLoad')}
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
          onResolved={(id) => setDue((items) => items.filter((d) => d.reminder.id !== id))}
        />
      )}
    </div>
  );
}
