import { callScript } from '../core/call-script';
import { telHref } from '../core/contact-links';
import { contactNamed } from '../core/debrief-contacts';
import { formatDate } from '../core/format';
import type { ComponentChildren } from 'preact';
import type { Contact, Interview, Profile, Reminder, TimelineEvent } from '../core/types';
import { t, uiLocale } from './i18n';

export interface CallScriptProps {
  /** The job's title. */
  role: string;
  /** The latest interview; without one there is nothing to build the script from. */
  interview: Interview | undefined;
  /** The reminder the call answers, when there is one. */
  reminder: Reminder | undefined;
  /** The application's timeline, in any order. */
  events: readonly TimelineEvent[];
  level: 2 | 3;
  /** The user's profile: the script says their name (and number, on a voicemail). */
  me?: Profile;
  /** Shown at the top of the script: the profile prompt, the first time (ui/profile-prompt.tsx). */
  prompt?: ComponentChildren;
  /** The application's contacts: the interviewer's phone, when known, is one click away. */
  contacts?: readonly Contact[];
  /**
   * The id of what names the script instead of its own heading (a disclosure button, in a list that
   * holds several scripts): it then has no heading, and no id another script could repeat.
   */
  labelledBy?: string;
}

/**
 * The words for the follow-up call, from the latest debrief (core/call-script.ts): what to say in
 * plain text, what to do in smaller italics. Any surface where a call is due can host it.
 */
export function CallScript({ role, interview, reminder, events, level, me, prompt, contacts = [], labelledBy }: CallScriptProps) {
  if (!interview) return null;
  const callee = contactNamed(contacts, interview.interviewerName);
  const lines = callScript({ role, interview, reminder, events, me, formatDay: (at) => formatDate(at, uiLocale()) });
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="call-script" aria-labelledby={labelledBy ?? 'call-script-heading'}>
      {!labelledBy && <Heading id="call-script-heading">{t('scriptHeading')}</Heading>}
      {prompt}
      {callee?.phone && (
        <p class="call-link">
          <a href={telHref(callee.phone)}>{t('callPhoneLink', [callee.name, callee.phone])}</a>
        </p>
      )}
      {lines.map((l) => (
        <p key={l.key} class={l.kind}>
          {t(l.key, l.subs)}
        </p>
      ))}
    </section>
  );
}
