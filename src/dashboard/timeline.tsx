import { fromDateInput, fromTimeInput } from '../core/dates';
import { formatDate, formatDateTime } from '../core/format';
import { isCallReminder, isPending } from '../core/reminders';
import type { OutcomeInput, Reminder, TimelineEvent } from '../core/types';
import { AddToCalendar } from '../ui/add-to-calendar';
import { t, uiLocale } from '../ui/i18n';
import { answerResultLabel, channelLabel, outcomeKindShortLabel, reminderKindLabel, stageLabel } from '../ui/labels';
import { dueText } from '../ui/when';

export interface TimelineEntry {
  key: string;
  /** The date the entry is placed at, and the first one it shows. */
  at: number;
  /** Pending reminders are still ahead (or due); the rest is history. */
  pending: boolean;
  title: string;
  detail: string;
  note?: string;
  /** A pending reminder: the calendar button's target. */
  reminderId?: string;
}

/**
 * What a reminder became: still ahead (placed at its date), or done or replaced by a newer plan
 * (placed when that happened, with the date it had been planned for after it).
 */
function reminderEntry(r: Reminder, now: number): TimelineEntry {
  const kind = reminderKindLabel(r.kind);
  const planned = formatDateTime(r.dueAt, uiLocale());
  if (isPending(r)) {
    return {
      key: r.id,
      at: r.dueAt,
      pending: true,
      title: t('timelinePending', kind),
      detail: `${planned} (${dueText(now, r.dueAt)})`,
      reminderId: r.id,
    };
  }
  const at = r.doneAt ?? r.dueAt;
  const detail = t(r.closedBy === 'superseded' ? 'timelineSuperseded' : 'timelineDone', [planned, formatDateTime(at, uiLocale())]);
  return { key: r.id, at, pending: false, title: kind, detail };
}

function outcomeDetail(o: OutcomeInput): string {
  if (o.kind === 'answer') {
    if (o.result === 'next-interview' && o.nextInterview) {
      const n = o.nextInterview;
      const minutes = fromTimeInput(n.time);
      const day = n.on ? fromDateInput(n.on, minutes ?? 0) : null;
      const when = day === null ? '' : minutes === null ? formatDate(day, uiLocale()) : formatDateTime(day, uiLocale());
      return [stageLabel(n.stage), n.withWhom, when, n.channel ? channelLabel(n.channel) : ''].filter(Boolean).join(', ');
    }
    const result = o.result ? answerResultLabel(o.result) : '';
    return o.result === 'rejected' && o.reason ? `${result}: ${o.reason}` : result;
  }
  return o.nextFollowUpAt === undefined ? '' : t('timelineNextFollowUp', formatDateTime(o.nextFollowUpAt, uiLocale()));
}

const DECISION_KEYS: Record<Exclude<TimelineEvent['type'], 'outcome'>, string> = {
  'confirmed-closed': 'timelineConfirmedClosed',
  'kept-pursuing': 'timelineKeptPursuing',
  reopened: 'timelineReopened',
};

function eventEntry(e: TimelineEvent): TimelineEntry {
  const at = formatDateTime(e.at, uiLocale());
  if (e.type === 'outcome' && e.outcome) {
    const detail = outcomeDetail(e.outcome);
    return {
      key: e.id,
      at: e.at,
      pending: false,
      title: t('timelineCall', outcomeKindShortLabel(e.outcome.kind)),
      detail: detail ? `${at} · ${detail}` : at,
      note: e.outcome.note,
    };
  }
  return {
    key: e.id,
    at: e.at,
    pending: false,
    title: t(DECISION_KEYS[e.type as keyof typeof DECISION_KEYS] ?? 'timelineReopened'),
    detail: at,
  };
}

/**
 * Reminders (past and pending) and follow-up outcomes in date order, oldest first: what happened,
 * then what is planned. Each entry is placed at the date it shows first.
 */
function timelineOf(reminders: Reminder[], events: TimelineEvent[], now: number): TimelineEntry[] {
  // A planned interview's own reminders are set again with each change of its plan: the plan is on the page, not them.
  return [...reminders.filter(isCallReminder).map((r) => reminderEntry(r, now)), ...events.map(eventEntry)].sort((a, b) => a.at - b.at);
}

export interface TimelineProps {
  reminders: Reminder[];
  events: TimelineEvent[];
  now: number;
  /** Saves a pending reminder as an .ics file. */
  onAddToCalendar?: (reminderId: string) => Promise<void>;
}

export function Timeline({ reminders, events, now, onAddToCalendar }: TimelineProps) {
  const entries = timelineOf(reminders, events, now);
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timelineHeading')}</h2>
      {entries.length === 0 ? (
        <p class="hint">{t('timelineEmpty')}</p>
      ) : (
        <ol class="timeline-items">
          {entries.map((e) => (
            <li key={e.key} class={e.pending ? 'pending' : 'past'}>
              <strong>{e.title}</strong> <span class="when">{e.detail}</span>
              {e.reminderId && onAddToCalendar && (
                <>
                  {' '}
                  <AddToCalendar id={e.reminderId} onAdd={onAddToCalendar} />
                </>
              )}
              {e.note && <p class="notes">{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
