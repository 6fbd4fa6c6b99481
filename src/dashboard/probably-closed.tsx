import { useState } from 'preact/hooks';
import type { FullApplication } from '../core/types';
import { shownError } from '../ui/errors';
import { t } from '../ui/i18n';

export interface ProbablyClosedProps {
  resolve: (decision: 'confirm' | 'keep') => Promise<FullApplication>;
  onResolved: (detail: FullApplication, decision: 'confirm' | 'keep') => void;
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
