import { useState } from 'preact/hooks';
import { formatDateTime } from '../core/format';
import type { Application, Reminder } from '../core/types';
import type { ApplicationDetail } from '../messages/protocol';
import { shownError } from '../ui/errors';
import { Fact } from '../ui/fact';
import { t, uiLocale } from '../ui/i18n';
import { statusLabel, verdictLabel } from '../ui/labels';
import { nextInterviewText } from '../ui/next-interview';
import { dueText } from '../ui/when';

/** Where the application stands: status, last verdict, the next follow-up and promised answer, the next interview. */
export function AppFacts({ app, pending, now }: { app: Application; pending: Reminder[]; now: number }) {
  const followUp = pending.find((r) => r.kind === 'follow-up')?.dueAt ?? null;
  const answerDue = pending.find((r) => r.kind === 'answer-due')?.dueAt ?? null;
  const when = (at: number) => (
    <>
      {formatDateTime(at, uiLocale())} <span class="relative">({dueText(now, at)})</span>
    </>
  );
  return (
    <dl class="facts">
      <Fact label={t('statusLabel')}>{statusLabel(app.status)}</Fact>
      <Fact label={t('lastVerdictLabel')}>{app.lastVerdict ? verdictLabel(app.lastVerdict) : t('noVerdictYet')}</Fact>
      <Fact label={t('nextFollowUpLabel')}>{followUp === null ? t('noFollowUp') : when(followUp)}</Fact>
      {answerDue !== null && <Fact label={t('answerByLabel')}>{when(answerDue)}</Fact>}
      {app.nextInterview && <Fact label={t('nextInterviewLabel')}>{nextInterviewText(app.nextInterview)}</Fact>}
    </dl>
  );
}

export interface ProbablyClosedProps {
  resolve: (decision: 'confirm' | 'keep') => Promise<ApplicationDetail>;
  onResolved: (detail: ApplicationDetail, decision: 'confirm' | 'keep') => void;
}

/**
 * The method's warning (§2): an undecided verdict often hides a rejection. When the signs say so, the
 * user confirms in one click, or keeps pursuing.
 */
export function ProbablyClosedBanner({ resolve, onResolved }: ProbablyClosedProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (decision: 'confirm' | 'keep') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onResolved(await resolve(decision), decision);
    } catch (e) {
      setError(shownError(e).message);
      setBusy(false);
    }
  };
  return (
    <section class="notice probably" aria-labelledby="probably-text">
      <p id="probably-text">
        <strong>{t('probablyClosedMarker')}</strong> {t('probablyClosedNote')}
      </p>
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      <div class="notice-actions">
        <button type="button" class="primary" aria-disabled={busy ? 'true' : undefined} onClick={() => act('confirm')}>
          {t('confirmClosed')}
        </button>
        <button type="button" class="secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => act('keep')}>
          {t('keepPursuing')}
        </button>
      </div>
    </section>
  );
}
