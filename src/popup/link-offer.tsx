import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Application } from '../core/types';
import { shownError } from '../ui/errors';
import { t } from '../ui/i18n';

export interface LinkOfferProps {
  /** Tracked applications that look like this page's job (same normalised company and title). */
  similar: Application[];
  /** Links the page's job to this application; a rejection (MessageError) is shown here. */
  link: (application: Application) => Promise<void>;
  /** "Track separately": the user wants a new application for this page. */
  onDismiss: () => void;
}

/** Where the application was first tracked, as its host ("jobs.example.com"), else the address as stored. */
function firstSeenOn(app: Application): string {
  try {
    return new URL(app.posting.url).hostname.replace(/^www\./, '') || app.posting.url;
  } catch {
    return app.posting.url;
  }
}

/**
 * Offered above the debrief form when the page's job looks like one already tracked under another key
 * (the same job reposted on another board): link it to that application instead of a duplicate.
 * Takes focus first, so the choice is made before typing a debrief that would create the duplicate.
 */
export function LinkOffer({ similar, link, onDismiss }: LinkOfferProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    firstRef.current?.focus();
  }, []);

  // aria-disabled rather than disabled while linking: a disabled button would drop the keyboard focus.
  const onLink = async (app: Application) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await link(app);
    } catch (e) {
      setError(shownError(e).message);
      setBusy(false);
    }
  };

  const one = similar.length === 1 ? similar[0]! : null;
  const linkButton = (app: Application, describedBy: string | undefined, first: boolean) => (
    <button
      type="button"
      class="primary"
      ref={first ? firstRef : undefined}
      aria-describedby={describedBy}
      aria-disabled={busy ? 'true' : undefined}
      onClick={() => onLink(app)}
    >
      {t('linkOfferLink')}
    </button>
  );

  return (
    <section class="notice link-offer" aria-labelledby="link-offer-text">
      {one ? (
        <p id="link-offer-text">{t('linkOfferOne', [one.posting.title, one.posting.company, firstSeenOn(one)])}</p>
      ) : (
        <>
          <p id="link-offer-text">{t('linkOfferMany')}</p>
          <ul class="link-items">
            {similar.map((app, n) => (
              <li key={app.id}>
                <span id={`link-offer-${n}`}>{t('linkOfferItem', [app.posting.title, app.posting.company, firstSeenOn(app)])}</span>
                {linkButton(app, `link-offer-${n}`, n === 0)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      <div class="notice-actions">
        {one && linkButton(one, undefined, true)}
        <button type="button" class="secondary" aria-disabled={busy ? 'true' : undefined} onClick={() => busy || onDismiss()}>
          {t('linkOfferSeparate')}
        </button>
      </div>
    </section>
  );
}
