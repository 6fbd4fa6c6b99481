import type { ReminderKind } from '../core/types';
import { t } from '../ui/i18n';
import { statusLabel, verdictLabel } from '../ui/labels';
import { dueText, toneClass } from '../ui/when';
import { shortDate } from './format';
import { hrefOf } from './route';
import { interviewDay, type Row, type Section } from './sections';

/**
 * How each pending date is named in the "next" column: first (with how far it is), or after another.
 * A planned interview's own reminders are not listed (storage/reads.ts): its day is.
 */
const DATE_KEYS: Partial<Record<ReminderKind, { first: string; after: string }>> = {
  'follow-up': { first: 'rowFollowUpOn', after: 'rowThenCall' },
  'answer-due': { first: 'rowAnswerDueOn', after: 'rowThenAnswer' },
  feedback: { first: 'rowFeedbackOn', after: 'rowThenFeedback' },
};

/**
 * The "next" column: the interview day, or the pending dates in date order, each named as what it
 * is, the follow-up call or the promised answer (docs/method.md §3): "Answer due Sat 5 Dec (in 2
 * days) · call Tue 8 Dec".
 */
function nextText(r: Row, section: Section, now: number): string {
  if (section === 'closed') return '';
  if (section === 'interview') {
    const day = interviewDay(r);
    return day === null ? t('rowInterviewUndated') : t('rowInterviewOn', shortDate(day, now));
  }
  const dates = (Object.entries(r.pending) as [ReminderKind, number][])
    .flatMap(([kind, at]) => {
      const keys = DATE_KEYS[kind];
      return keys ? [{ keys, at }] : [];
    })
    .sort((a, b) => a.at - b.at);
  return dates
    .map(({ keys, at }, i) => (i === 0 ? t(keys.first, [shortDate(at, now), dueText(now, at)]) : t(keys.after, shortDate(at, now))))
    .join(' · ');
}

export interface ListRowProps {
  row: Row;
  section: Section;
  now: number;
  tabIndex: 0 | -1;
  /** One click on a "probably closed" row: confirm it is closed, or keep pursuing. */
  onResolve: (row: Row, decision: 'confirm' | 'keep') => void;
  busy: boolean;
}

/** One application: a link to its page, and for a "probably closed" one, the two decisions. */
export function ListRow({ row: r, section, now, tabIndex, onResolve, busy }: ListRowProps) {
  const linkId = `row-${r.id}`;
  const status = statusLabel(r.status);
  const verdict = r.lastVerdict ? verdictLabel(r.lastVerdict) : t('noVerdictYet');
  const next = nextText(r, section, now);
  // The cells are laid out in a grid; hidden commas keep screen readers from running them together.
  const sep = <span class="sep">, </span>;
  // A cell too long for its column is cut to two lines (one when the row reflows): its title keeps the whole text.
  const statusTitle = r.probablyClosed ? `${status}, ${t('probablyClosedMarker')}` : status;
  // The colour of the next step says what its words say: only a due follow-up is amber or red.
  const nextClass = section === 'due' && r.nextDueAt !== null ? `cell next ${toneClass(now, r.nextDueAt)}` : 'cell next';
  return (
    <div class={r.probablyClosed ? 'row probably' : 'row'}>
      <a id={linkId} class="row-link" href={hrefOf({ page: 'app', id: r.id, outcome: false })} tabIndex={tabIndex}>
        <span class="cell company" title={r.company}>
          {r.company}
        </span>
        {sep}
        <span class="cell title" title={r.title}>
          {r.title}
        </span>
        {sep}
        <span class={`cell app-status app-status-${r.status}`} title={statusTitle}>
          {status}
          {r.probablyClosed && (
            <>
              {sep}
              <span class="mark">{t('probablyClosedMarker')}</span>
            </>
          )}
        </span>
        {sep}
        <span class="cell verdict" title={verdict}>
          {verdict}
        </span>
        {next && sep}
        <span class={nextClass} title={next || undefined}>
          {next}
        </span>
      </a>
      {r.probablyClosed && (
        <span class="row-actions">
          <button
            type="button"
            class="small"
            tabIndex={tabIndex}
            aria-describedby={linkId}
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => busy || onResolve(r, 'confirm')}
          >
            {t('confirmClosed')}
          </button>
          <button
            type="button"
            class="small secondary"
            tabIndex={tabIndex}
            aria-describedby={linkId}
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => busy || onResolve(r, 'keep')}
          >
            {t('keepPursuing')}
          </button>
        </span>
      )}
    </div>
  );
}
