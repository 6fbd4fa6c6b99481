import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Application, Profile } from '../core/types';
import type { DueItem } from '../storage/reads';
import { shownError } from '../ui/errors';
import { t, tn } from '../ui/i18n';
import { dueText, toneClass } from '../ui/when';
import type { PopupApi } from './api';
import { DueScript } from './forms';
import { reminderActionLabel } from '../ui/reminder-action';

export interface DueListProps {
  items: DueItem[];
  now: number;
  api: Pick<PopupApi, 'openPosting' | 'completeReminder' | 'snoozeReminder' | 'openDashboard' | 'addToCalendar' | 'loadTracked'>;
  /** Show at most this many (the most overdue first); the rest are counted, with a link to the dashboard. */
  limit?: number;
  /** Due calls not in `items` (their applications not read): counted with the ones past `limit`. */
  unread?: number;
  /** The reminder is no longer due (done or snoozed): drop it from the list. */
  onResolved: (reminderId: string) => void;
  /** Say so when the list is empty (the due-only view); elsewhere an empty list shows nothing. */
  showEmpty?: boolean;
  /** The user's profile, for the scripts' words. */
  me?: Profile;
  /** The profile prompt: shown in the script opened last, while one is open (its fields' ids exist once). */
  prompt?: ComponentChildren;
  /** Whether a script of the list is open: the popup then shows the prompt there, not in its main view. */
  onScriptOpen?: (open: boolean) => void;
}

/** Follow-ups due now or overdue, whatever the tab: each one click from its posting. */
/** How many due follow-ups the popup lists before pointing to the dashboard. */
export const POPUP_DUE_LIMIT = 8;

export function DueList({ items: all, now, api, onResolved, showEmpty, limit, unread = 0, me, prompt, onScriptOpen }: DueListProps) {
  const items = limit === undefined ? all : all.slice(0, limit);
  const more = all.length - items.length + unread;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The reminders whose script is open, in the order they were opened. */
  const [opened, setOpened] = useState<string[]>([]);
  const toggle = (id: string) => setOpened((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const lastOpened = [...opened].reverse().find((id) => items.some((d) => d.reminder.id === id));
  useEffect(() => onScriptOpen?.(lastOpened !== undefined), [lastOpened !== undefined]);

  const act = async (reminderId: string, call: () => Promise<void>, resolves: boolean) => {
    setBusy(reminderId);
    setError(null);
    try {
      await call();
      if (resolves) onResolved(reminderId);
    } catch (e) {
      setError(shownError(e).message);
    } finally {
      setBusy(null);
    }
  };
  const open = (app: Application, reminderId: string) => act(reminderId, () => api.openPosting(app), false);

  if (!all.length && !unread && !showEmpty) return null;
  return (
    <section class="due" aria-labelledby="due-heading">
      <h2 id="due-heading">{t('dueHeading')}</h2>
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      {items.length === 0 ? (
        <p class="hint">{t('nothingDue')}</p>
      ) : (
        <ul class="due-items">
          {items.map(({ reminder: r, application: app }) => {
            const titleId = `due-${r.id}`;
            const scriptOpen = opened.includes(r.id);
            return (
              <li key={r.id} class="due-item">
                <button type="button" class="link posting" id={titleId} title={t('dueOpenPosting')} onClick={() => open(app, r.id)}>
                  {t('dueItemTitle', [app.posting.company, app.posting.title])}
                </button>
                <p class="due-meta">
                  <span class={toneClass(now, r.dueAt)}>{dueText(now, r.dueAt)}</span> · {reminderActionLabel(r.kind)}
                </p>
                <div class="due-actions">
                  <button
                    type="button"
                    class="secondary"
                    aria-describedby={titleId}
                    disabled={busy === r.id}
                    onClick={() => act(r.id, () => api.completeReminder(r.id), true)}
                  >
                    {t('dueDone')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-describedby={titleId}
                    disabled={busy === r.id}
                    onClick={() => act(r.id, () => api.snoozeReminder(r.id), true)}
                  >
                    {t('dueSnooze')}
                  </button>
                  {/* The call in the user's calendar too: there on every device, also with the browser closed. */}
                  {/* A plain button with this list's own busy state and alert: ui/add-to-calendar would be a chunk of its own in the first script. */}
                  <button
                    type="button"
                    class="link"
                    title={t('addToCalendarTitle')}
                    aria-label={t('addToCalendarOf', [app.posting.company, app.posting.title])}
                    disabled={busy === r.id}
                    onClick={() => act(r.id, () => api.addToCalendar(r.id), false)}
                  >
                    {t('addToCalendar')}
                  </button>
                  {/* The words for this call, on demand: read and loaded when opened, never for the whole list. */}
                  <button
                    type="button"
                    class="link disclosure"
                    id={`${titleId}-script-toggle`}
                    aria-expanded={scriptOpen ? 'true' : 'false'}
                    aria-controls={`${titleId}-script`}
                    aria-describedby={titleId}
                    onClick={() => toggle(r.id)}
                  >
                    {t('scriptHeading')}
                  </button>
                </div>
                <div id={`${titleId}-script`} hidden={!scriptOpen}>
                  {scriptOpen && (
                    <DueScript
                      reminder={r}
                      load={api.loadTracked}
                      labelledBy={`${titleId}-script-toggle`}
                      me={me}
                      prompt={r.id === lastOpened ? prompt : undefined}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {more > 0 && (
        <p>
          <button type="button" class="link" onClick={() => void api.openDashboard().catch((e) => setError(shownError(e).message))}>
            {tn('dueMore', more)}
          </button>
        </p>
      )}
    </section>
  );
}
