import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../core/format';
import type { DebriefInput } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import type { DueItem } from '../storage/reads';
import { t, uiLocale } from '../ui/i18n';
import type { PopupApi, PopupContext, Tracked } from './api';
import { ApplicationView } from './application-view';
import { DebriefForm } from './debrief-form';
import { DueList } from './due-list';
import { newestFirst, postingFields, savedInterview } from './form-state';

export interface AppProps {
  api: PopupApi;
  /** Called once the loaded context has been rendered and painted (main.tsx sets a performance mark). */
  onReady?: () => void;
}

type Loaded = { ctx: PopupContext; now: number };

/** The popup: a shell at once, then the tab's application or debrief form, and the due follow-ups. */
export function App({ api, onReady }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [tracked, setTracked] = useState<Tracked | null>(null);
  const [due, setDue] = useState<DueItem[]>([]);
  // 'form' when the user asked for it (another interview, or tracking an unrecognised page by hand).
  const [formOpen, setFormOpen] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [status, setStatus] = useState('');

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
    setJustSaved(true);
  };

  let main = null;
  if (loaded && loaded.ctx.view === 'page') {
    const { ctx, now } = loaded;
    const recognised = Boolean(ctx.draft?.title || ctx.draft?.company);
    if (formOpen || (!tracked && recognised)) {
      main = (
        <DebriefForm
          heading={t(tracked ? 'formHeadingAnother' : recognised ? 'formHeadingNew' : 'formHeadingByHand')}
          posting={postingFields(tracked?.application.posting ?? ctx.draft, ctx.pageUrl)}
          keys={{ trackedJobKey: tracked?.application.jobKey ?? null, draft: ctx.draft, pageUrl: ctx.pageUrl }}
          expectedRevision={tracked?.application.revision}
          settings={ctx.settings}
          now={api.now()}
          save={(req) => api.saveDebrief(req)}
          onSaved={onSaved}
          onCancel={formOpen ? () => setFormOpen(false) : undefined}
        />
      );
    } else if (tracked) {
      main = <ApplicationView tracked={tracked} now={now} focusOnMount={justSaved} onRecordAnother={() => setFormOpen(true)} />;
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
