import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  CARD_TICKS,
  HEARD_VERDICTS,
  leaveWellTicks,
  type CardDraft,
  type CardDraftInput,
  type CardTick,
  type HeardVerdict,
} from '../core/closing-card';
import type { Application } from '../core/types';
import { shownError } from '../ui/errors';
import { t } from '../ui/i18n';
import { verdictLabel } from '../ui/labels';
import { isTyping, labelOf, READ, SAY, spokenDate } from './card-items';

export interface CardProps {
  application: Application;
  /** The debrief in progress stored for this application, if any. */
  draft: CardDraft | null;
  /** The call date to propose (core/closing-card.ts proposedCallAt). */
  callAt: number;
  /** Stores the ticks (each change as it happens); a rejection is shown, the tick kept on screen. */
  save: (input: CardDraftInput) => Promise<unknown>;
  onOver: (draft: CardDraftInput) => void;
  onDiscard: () => void;
}

/**
 * The closing card (docs/method.md §1–§5), to read at a glance during the interview: each item ticked
 * with a click or its number key, and saved as it is ticked.
 */
export function Card({ application, draft, callAt, save, onOver, onDiscard }: CardProps) {
  const channel = application.nextInterview?.channel ?? null;
  const [ticks, setTicks] = useState<CardTick[]>(draft?.ticks ?? []);
  const [heard, setHeard] = useState<HeardVerdict | null>(draft?.heard ?? null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The draft as last changed, ahead of the render: two changes in one task (two keys pressed
  // together) each build on the one before, never on a stale render.
  const current = useRef<{ ticks: CardTick[]; heard: HeardVerdict | null }>({ ticks, heard });
  // Saves in the order they were made: a slow one never lands after a later one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const shown: CardTick[] = [
    'enoughInformation',
    'strengthsPutForward',
    'nextStepPlanned',
    'askedImpression',
    'callProposed',
    ...leaveWellTicks(channel),
  ];
  const input = (): CardDraftInput => ({
    applicationId: application.id,
    ticks: CARD_TICKS.filter((k) => current.current.ticks.includes(k)),
    heard: current.current.heard,
  });
  const change = (next: Partial<{ ticks: CardTick[]; heard: HeardVerdict | null }>) => {
    current.current = { ...current.current, ...next };
    setTicks(current.current.ticks);
    setHeard(current.current.heard);
    setStatus('');
    const value = input();
    queue.current = queue.current.then(() =>
      save(value).then(
        () => {
          setError(null);
          setStatus(t('cardTicksSaved'));
        },
        (e: unknown) => setError(shownError(e).message),
      ),
    );
  };
  const toggle = (tick: CardTick) => {
    const was = current.current.ticks;
    change({ ticks: was.includes(tick) ? was.filter((k) => k !== tick) : [...was, tick] });
  };
  const choose = (verdict: HeardVerdict) => change({ heard: verdict });

  // One key per item: 1 to 8, in the order shown, unless the user is typing somewhere.
  const toggleRef = useRef(toggle);
  toggleRef.current = toggle;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const n = Number(e.key);
      const tick = Number.isInteger(n) && n >= 1 ? shown[n - 1] : undefined;
      if (!tick) return;
      e.preventDefault();
      toggleRef.current(tick);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [channel]);

  const item = (tick: CardTick) => {
    const n = shown.indexOf(tick) + 1;
    const id = `card-${tick}`;
    const say = SAY[tick] && !ticks.includes(tick) ? t(SAY[tick]) : null;
    return (
      <li key={tick} class={ticks.includes(tick) ? 'item done' : 'item'}>
        <label class="check" for={id}>
          <input
            id={id}
            type="checkbox"
            checked={ticks.includes(tick)}
            aria-keyshortcuts={String(n)}
            aria-describedby={say ? `${id}-say` : undefined}
            onChange={() => toggle(tick)}
          />
          <span>{t(labelOf(tick, channel))}</span>
        </label>
        <span class="key" aria-hidden="true">
          {n}
        </span>
        {say && (
          <p class="say" id={`${id}-say`}>
            {say}
          </p>
        )}
      </li>
    );
  };

  return (
    <div class="card">
      <p class="hint">{t('cardKeysHint')}</p>
      <section aria-labelledby="card-wrap-up">
        <h3 id="card-wrap-up">{t('cardWrapUpHeading')}</h3>
        <ul class="items">{(['enoughInformation', 'strengthsPutForward', 'nextStepPlanned'] as const).map(item)}</ul>
      </section>
      <section aria-labelledby="card-impression">
        <h3 id="card-impression">{t('cardImpressionHeading')}</h3>
        <ul class="items">{item('askedImpression')}</ul>
      </section>
      <section aria-labelledby="card-read">
        <h3 id="card-read">{t('cardReadHeading')}</h3>
        <fieldset class="group read">
          <legend>{t('cardReadLegend')}</legend>
          {HEARD_VERDICTS.map((v) => (
            <label key={v} class="check heard" for={`card-heard-${v}`}>
              <input id={`card-heard-${v}`} type="radio" name="card-heard" checked={heard === v} onChange={() => choose(v)} />
              <span>
                <strong>{verdictLabel(v)}</strong> {t(READ[v])}
              </span>
            </label>
          ))}
        </fieldset>
        <p class="notice">{t('cardReadWarning')}</p>
      </section>
      <section aria-labelledby="card-next">
        <h3 id="card-next">{t('cardNextHeading')}</h3>
        <p class="say big">{t('cardNextAsk', spokenDate(callAt))}</p>
        <ul class="items">{item('callProposed')}</ul>
        <p class="hint">{t('cardNextDontInsist')}</p>
      </section>
      <section aria-labelledby="card-leave">
        <h3 id="card-leave">{t('cardLeaveHeading')}</h3>
        <ul class="items">{leaveWellTicks(channel).map(item)}</ul>
        <p class="encourage">{t('cardNeverOver')}</p>
      </section>
      <p role="status" class="status">
        {status}
      </p>
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      <div class="buttons">
        <button type="button" class="primary" onClick={() => onOver(input())}>
          {t('cardOver')}
        </button>
        {(ticks.length > 0 || heard !== null) && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              current.current = { ticks: [], heard: null };
              setTicks([]);
              setHeard(null);
              setStatus('');
              onDiscard();
            }}
          >
            {t('cardDiscard')}
          </button>
        )}
      </div>
    </div>
  );
}
