import { useEffect, useRef, useState } from 'preact/hooks';
import { cardApplicationId, cardInterviewAt, dueCallOf, proposedCallAt } from '../core/closing-card';
import { formatDateTime } from '../core/format';
import type { DebriefInput } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import type { FormOutput } from '../ui/debrief/form-state';
import { shownError } from '../ui/errors';
import { t, uiLocale } from '../ui/i18n';
import { nextInterviewText } from '../ui/next-interview';
import { formatTime } from '../ui/when';
import type { CardData, PanelApi, PanelContext } from './api';
import { Card } from './card';
import { CallDue, PanelDebrief } from './parts';

/** What was saved takes the focus once, when shown (a stable ref: not again at each render). */
const focusOnMount = (el: HTMLElement | null) => el?.focus();

export interface PanelAppProps {
  api: PanelApi;
  onReady?: () => void;
}

/** The card of an application, its debrief form once the interview is over, or what was saved. */
type Mode = { kind: 'card' } | { kind: 'debrief'; data: CardData } | { kind: 'saved'; message: string };

/**
 * The side panel (Chrome) or sidebar (Firefox) beside the interview: the closing card of the active
 * tab's application, else of today's nearest planned interview, with a switch between today's
 * interviews; "The interview is over" turns it into the debrief form, pre-filled.
 */
export function PanelApp({ api, onReady }: PanelAppProps) {
  const [ctx, setCtx] = useState<PanelContext | null>(null);
  const [card, setCard] = useState<CardData | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'card' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const modeRef = useRef(mode);
  modeRef.current = mode;

  // The worker's last ask (the reminder clicked), which the context loading after it, from the active
  // tab, must not undo.
  const asked = useRef<{ id: string; debrief: boolean } | null>(null);
  // Each card asked for is counted: one that loads after a later one was asked for is dropped.
  const shows = useRef(0);
  // The card's title takes the focus the next time it is shown, if the focus is nowhere (the page's
  // body): on opening, back from the debrief form, and on the worker's ask. A keyboard user starts on
  // the card (its number keys tick from anywhere; Tab goes on to its items), never on nothing.
  const focusTitle = useRef(true);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusTitle.current || !titleRef.current) return;
    focusTitle.current = false;
    if (!document.activeElement || document.activeElement === document.body) titleRef.current.focus();
  });

  /** The card of an application, or with `debrief` (the interview is over) its debrief form, pre-filled. */
  const show = async (applicationId: string | null, debrief = false) => {
    const n = ++shows.current;
    if (!debrief) setMode({ kind: 'card' });
    const data = applicationId ? await api.loadCard(applicationId) : null;
    if (n !== shows.current) return;
    setCard(data);
    if (debrief) setMode(data ? { kind: 'debrief', data } : { kind: 'card' });
  };

  useEffect(() => {
    api
      .loadContext()
      .then(async (c) => {
        setCtx(c);
        const a = asked.current;
        await (a ? show(a.id, a.debrief) : show(cardApplicationId(c.askedId, c.today, api.now()), c.debrief && c.askedId !== null));
      })
      .catch((e: unknown) => setLoadError(shownError(e).message))
      .finally(() => {
        onReady?.();
        // The debrief form, ready for "The interview is over".
        PanelDebrief.preload().catch(() => {});
      });
    // Another tab showing a tracked posting: its card (the card stays put on any other tab, the call's);
    // the worker's ask (a reminder clicked): that application's card, or its debrief form for "how did
    // it go?". A debrief being typed is never replaced.
    api.onAsked?.(({ applicationId, debrief, byWorker }) => {
      if (modeRef.current.kind === 'debrief') return;
      if (byWorker) {
        asked.current = { id: applicationId, debrief };
        focusTitle.current = true;
      }
      void show(applicationId, debrief).catch((e: unknown) => setLoadError(shownError(e).message));
    });
  }, []);

  let main = null;
  if (ctx && mode.kind === 'saved') {
    main = (
      <p class="notice saved" tabIndex={-1} ref={focusOnMount}>
        {mode.message}
      </p>
    );
  } else if (ctx && mode.kind === 'debrief') {
    const { application, draft } = mode.data;
    const save = ({ posting, debrief }: FormOutput) =>
      api.saveDebrief({ posting, jobKey: application.jobKey, pageUrl: null, debrief, expectedRevision: application.revision });
    const onSaved = (reply: SaveDebriefReply, debrief: DebriefInput) => {
      const next = (reply.reminders.find((r) => r.kind === 'follow-up') ?? reply.reminders[0])?.dueAt ?? debrief.followUpAt;
      setCard(null);
      // The saved debrief replaced the planned interview: today's list follows.
      api.loadContext().then(setCtx, () => {});
      setMode({ kind: 'saved', message: next === null ? t('savedNoCall') : t('savedReminderSet', formatDateTime(next, uiLocale())) });
    };
    main = (
      <PanelDebrief
        application={application}
        draft={draft}
        settings={ctx.settings}
        now={api.now()}
        save={save}
        onSaved={onSaved}
        onCancel={() => {
          focusTitle.current = true;
          setMode({ kind: 'card' });
        }}
      />
    );
  } else if (ctx && card) {
    const { application } = card;
    const plan = application.nextInterview;
    const dueCall = dueCallOf(application, card.pending ?? [], api.now());
    main = (
      <>
        <h2 class="card-title" tabIndex={-1} ref={titleRef}>
          {application.posting.company} · {application.posting.title}
        </h2>
        {plan && <p class="company">{nextInterviewText(plan)}</p>}
        {dueCall && (
          <CallDue
            application={application}
            reminder={dueCall}
            latest={card.latest}
            events={card.events ?? []}
            settings={ctx.settings}
            saveProfile={(profile) => api.saveProfile(profile)}
            onSettings={(settings) => setCtx({ ...ctx, settings })}
          />
        )}
        <Card
          key={`${application.id}:${card.draft?.updatedAt ?? 0}`}
          application={application}
          draft={card.draft}
          callAt={proposedCallAt(cardInterviewAt(application, api.now(), ctx.settings), ctx.settings)}
          save={(input) => api.saveDraft(input)}
          onOver={(input) => {
            // A card still loading (a tab change) must not land behind the form.
            shows.current++;
            const draft = { ...input, updatedAt: api.now() };
            setCard({ application, draft });
            setMode({ kind: 'debrief', data: { application, draft } });
          }}
          onDiscard={() => void api.discardDraft(application.id).catch((e: unknown) => setLoadError(shownError(e).message))}
        />
      </>
    );
  } else if (ctx) {
    main = <p class="empty">{t('cardNoInterview')}</p>;
  }

  const shownId = mode.kind === 'card' ? (card?.application.id ?? '') : mode.kind === 'debrief' ? mode.data.application.id : '';
  return (
    <div class="panel">
      <header class="top">
        <h1>{t('panelTitle')}</h1>
        {ctx && ctx.today.length > 0 && mode.kind !== 'debrief' && (
          <label class="switch">
            <span>{t('cardSwitchLabel')}</span>
            <select value={shownId} onChange={(e) => void show(e.currentTarget.value || null)}>
              {!ctx.today.some((i) => i.application.id === shownId) && (
                <option value={shownId}>{card?.application.posting.company ?? '—'}</option>
              )}
              {ctx.today.map(({ application, startsAt }) => (
                <option key={application.id} value={application.id}>
                  {formatTime(startsAt)} · {application.posting.company}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <main>
        {loadError && (
          <p role="alert" class="alert">
            {t(loadError)}
          </p>
        )}
        {!ctx && !loadError && <p class="hint">{t('loading')}</p>}
        {main}
      </main>
    </div>
  );
}
