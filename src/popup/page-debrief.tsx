import { jobKeyFor } from '../extract/job-key';
import { jobKeyForSave } from '../core/page-job-key';
import { checkPosting } from '../core/validate';
import type { Application, DebriefInput } from '../core/types';
import type { SaveDebriefReply } from '../messages/protocol';
import { DebriefForm } from '../ui/debrief/debrief-form';
import { postingFields, type FormOutput } from '../ui/debrief/form-state';
import { guessesOf } from '../ui/debrief/guesses';
import { t } from '../ui/i18n';
import type { PopupApi, PopupContext, Tracked } from './api';
import { LinkOffer } from './link-offer';

export interface PageDebriefProps {
  api: Pick<PopupApi, 'now' | 'saveDebrief'>;
  ctx: PopupContext;
  /** The tracked application the debrief is another interview of; null for the page's posting. */
  tracked: Tracked | null;
  heading: string;
  /** The page's job key, when the page's job looks like one tracked under another: offered for linking first. */
  offerKey: string | null;
  link: (jobKey: string, app: Application) => Promise<void>;
  onDismissOffer: () => void;
  onSaved: (reply: SaveDebriefReply, debrief: DebriefInput) => void;
  onCancel?: () => void;
  /** "I have an interview for this job": offered under the form when given and the page's posting is complete enough to track. */
  onHaveInterview?: () => void;
}

/**
 * The shared debrief form in the popup: on the tab's posting (fields it only guessed flagged), or on
 * the tracked application. Saved under the application's key, else the page's (core/page-job-key.ts).
 */
export function PageDebrief({
  api,
  ctx,
  tracked,
  heading,
  offerKey,
  link,
  onDismissOffer,
  onSaved,
  onCancel,
  onHaveInterview,
}: PageDebriefProps) {
  const posting = postingFields(tracked?.application.posting ?? ctx.draft, ctx.pageUrl);
  const save = ({ posting, debrief }: FormOutput) => {
    const keys = { trackedJobKey: tracked?.application.jobKey ?? null, draft: ctx.draft, pageUrl: ctx.pageUrl };
    const jobKey = jobKeyForSave(keys, posting.url, jobKeyFor);
    return api.saveDebrief({ posting, jobKey, pageUrl: ctx.pageUrl, debrief, expectedRevision: tracked?.application.revision });
  };
  return (
    <>
      {offerKey !== null && <LinkOffer similar={ctx.similar} link={(app) => link(offerKey, app)} onDismiss={onDismissOffer} />}
      <DebriefForm
        heading={heading}
        posting={posting}
        nextInterview={tracked?.application.nextInterview}
        contacts={tracked?.application.contacts}
        guesses={tracked ? undefined : guessesOf(ctx.draft, posting)}
        deferFocus={offerKey !== null}
        settings={ctx.settings}
        now={api.now()}
        save={save}
        onSaved={onSaved}
        onCancel={onCancel}
      />
      {onHaveInterview && checkPosting(posting).ok && (
        <p class="buttons">
          <button type="button" class="secondary" onClick={onHaveInterview}>
            {t('haveInterview')}
          </button>
        </p>
      )}
    </>
  );
}
