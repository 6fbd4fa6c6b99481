import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { draftRecipient, followUpDraft, mailtoUrl, thanksDraft, thanksDue, unansweredCall, type EmailDraft } from '../core/email-draft';
import { formatDate } from '../core/format';
import type { ComponentChildren } from 'preact';
import type { Contact, Interview, Profile, TimelineEvent } from '../core/types';
import { t, uiLocale } from './i18n';

export interface EmailDraftsProps {
  /** The job's title. */
  role: string;
  /** The latest interview. */
  interview: Interview | undefined;
  /** The application's timeline, in any order. */
  events: readonly TimelineEvent[];
  now: number;
  level: 2 | 3;
  /** Puts text on the clipboard (navigator.clipboard in the pages; a spy in tests). */
  copy: (text: string) => Promise<void>;
  /** The user's profile: the drafts sign with it. */
  me?: Profile;
  /** Shown at the top of the draft: the profile prompt, the first time (ui/profile-prompt.tsx). */
  prompt?: ComponentChildren;
  /** Opened from the thank-you reminder: the thank-you draft is scrolled into view and its heading focused. */
  focusThanks?: boolean;
  /** The application's contacts: the interviewer's e-mail, when known, is the draft's recipient. */
  contacts?: readonly Contact[];
}

/**
 * The e-mail draft that fits the moment, if any: a thank-you within 24 hours of the interview, or a
 * follow-up after a call nobody answered. Opened in the user's own mail app, or copied; never sent
 * by Relance. Any surface can host it.
 */
export function EmailDrafts({ role, interview, events, now, level, copy, me, prompt, focusThanks, contacts = [] }: EmailDraftsProps) {
  if (!interview) return null;
  const day = formatDate(interview.interviewAt, uiLocale());
  const to = draftRecipient(contacts, interview);
  if (unansweredCall(interview, events)) {
    return (
      <Draft
        id="draft-follow-up"
        heading={t('draftFollowUpHeading')}
        hint={t('draftFollowUpHint')}
        draft={followUpDraft(interview, role, day, t, me)}
        to={to}
        level={level}
        copy={copy}
        prompt={prompt}
      />
    );
  }
  if (thanksDue(interview, now)) {
    return (
      <Draft
        id="draft-thanks"
        heading={t('draftThanksHeading')}
        hint={t('draftThanksHint')}
        draft={thanksDraft(interview, role, day, t, me)}
        to={to}
        level={level}
        copy={copy}
        prompt={prompt}
        focus={focusThanks}
      />
    );
  }
  return null;
}

interface DraftProps {
  id: string;
  heading: string;
  hint: string;
  draft: EmailDraft;
  /** The recipient's address; empty: none. */
  to: string;
  level: 2 | 3;
  copy: (text: string) => Promise<void>;
  prompt?: ComponentChildren;
  /** Scrolled into view with its heading focused when first shown: its copy and mail buttons are next. */
  focus?: boolean;
}

function Draft({ id, heading, hint, draft, to, level, copy, prompt, focus }: DraftProps) {
  const [status, setStatus] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!focus) return;
    // The whole draft at the top of the view (its scroll margin above it), then its heading focused where it is.
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const Heading = level === 2 ? 'h2' : 'h3';
  const onCopy = async () => {
    try {
      await copy(`${draft.subject}\n\n${draft.body}`);
      setStatus(t('draftCopied'));
    } catch {
      setStatus(t('errorUnexpected'));
    }
  };
  return (
    <section class="email-draft" aria-labelledby={`${id}-heading`} ref={sectionRef}>
      <Heading id={`${id}-heading`} ref={headingRef} tabIndex={focus ? -1 : undefined}>
        {heading}
      </Heading>
      {prompt}
      <p class="hint">{hint}</p>
      <p class="draft-subject">
        <strong>{draft.subject}</strong>
      </p>
      <p class="draft-body">{draft.body}</p>
      <div class="buttons">
        <a class="button secondary" href={mailtoUrl(to, draft)}>
          {t('draftOpenMail')}
        </a>
        <button type="button" class="secondary" onClick={onCopy}>
          {t('draftCopy')}
        </button>
      </div>
      {/* A polite live region without the status role: the page's own status region stays the one. */}
      <p aria-live="polite" class="status">
        {status}
      </p>
    </section>
  );
}
