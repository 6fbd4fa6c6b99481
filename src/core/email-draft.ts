/**
 * E-mail drafts the user sends from their own mail app: a thank-you within a day of an interview,
 * and a follow-up after a call nobody answered. Relance never sends anything itself.
 */
import { contactNamed } from './debrief-contacts';
import type { Translate } from './i18n';
import type { Contact, Interview, Profile, TimelineEvent } from './types';

export interface EmailDraft {
  subject: string;
  body: string;
}

const HOUR = 3600_000;
/** The thank-you is worth sending within 24 hours of the interview. */
const THANKS_WINDOW_MS = 24 * HOUR;
/** Common mail clients (Outlook and Windows' URL handling among them) cut mailto URLs near 2,000 characters. */
const MAX_MAILTO = 2000;
const POINT_CAP = 200;

/** "Best regards," then the user's name, phone and e-mail from the profile, those given, one per line. */
const signature = (t: Translate, me: Profile | undefined): string =>
  [t('draftSignOff'), me?.name, me?.phone, me?.email]
    .map((x) => x?.trim())
    .filter(Boolean)
    .join('\n');

const greeting = (i: Interview, t: Translate) =>
  i.interviewerName.trim() ? t('draftGreeting', i.interviewerName.trim()) : t('draftGreetingNoName');

/** Whether the thank-you is still timely: the latest interview ended less than 24 hours ago. */
export function thanksDue(i: Interview | undefined, now: number): boolean {
  return i !== undefined && now >= i.interviewAt && now - i.interviewAt < THANKS_WINDOW_MS;
}

/**
 * The thank-you: the role, the interviewer, and one point of the conversation when the debrief noted
 * one (the first line of its notes, capped), so it reads as written for them.
 */
export function thanksDraft(i: Interview, role: string, day: string, t: Translate, me?: Profile): EmailDraft {
  const point = (i.notes.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, POINT_CAP);
  const paragraphs = [
    greeting(i, t),
    t('draftThanksBody', [day, role]),
    point ? t('draftThanksPoint', point) : '',
    t('draftThanksClosing'),
    signature(t, me),
  ].filter(Boolean);
  return { subject: t('draftThanksSubject', role), body: paragraphs.join('\n\n') };
}

/** Whether the latest call since the interview reached no one: then a follow-up e-mail helps. */
export function unansweredCall(i: Interview | undefined, events: readonly TimelineEvent[]): boolean {
  if (!i) return false;
  let last: TimelineEvent | undefined;
  for (const e of events) if (e.type === 'outcome' && e.outcome && e.at >= i.interviewAt && (!last || e.at > last.at)) last = e;
  return last?.outcome?.kind === 'no-answer';
}

/** The follow-up after an unanswered call: as agreed, I called; where do things stand? */
export function followUpDraft(i: Interview, role: string, day: string, t: Translate, me?: Profile): EmailDraft {
  const paragraphs = [greeting(i, t), t('draftFollowUpBody', [role, day]), signature(t, me)];
  return { subject: t('draftFollowUpSubject', role), body: paragraphs.join('\n\n') };
}

/**
 * Whom the draft goes to: the interviewer, when they are one of the application's contacts with an
 * e-mail address (matched by name, as the call script finds their number); else nobody, and the user
 * fills it in their mail app.
 */
export const draftRecipient = (contacts: readonly Contact[], i: Pick<Interview, 'interviewerName'>): string =>
  contactNamed(contacts, i.interviewerName)?.email.trim() ?? '';

/** RFC 6068 encoding: every reserved character percent-encoded, line breaks as CRLF. */
const encode = (s: string) => encodeURIComponent(s.replace(/\r\n|\r|\n/g, '\r\n'));

/**
 * A `mailto:` URL with the subject and body, within what mail clients accept: a body too long is cut
 * at a whole character (never inside a percent-encoded sequence or a surrogate pair) and ends in "…";
 * the copy button still gives the whole text.
 */
export function mailtoUrl(to: string, draft: EmailDraft, max = MAX_MAILTO): string {
  const head = `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@')}?subject=${encode(draft.subject)}&body=`;
  const full = head + encode(draft.body);
  if (full.length <= max) return full;
  const chars = Array.from(draft.body);
  let lo = 0;
  let hi = chars.length;
  // The longest prefix whose encoding, with the ellipsis, fits.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((head + encode(`${chars.slice(0, mid).join('')}…`)).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return head + encode(`${chars.slice(0, lo).join('')}…`);
}
