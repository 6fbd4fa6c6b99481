import type { PopupContext } from './api';

/**
 * What the popup's main area shows: one mode at a time. The due list is shown under any of them
 * (alone in the 'due' mode); a form the user opened remembers the mode to go back to on Cancel.
 */
export type Mode =
  /** Opened from a grouped notification: only the due list. */
  | { kind: 'due' }
  /** `?app=<id>` of an application deleted since the link was made. */
  | { kind: 'missing' }
  /** The page gave no posting: an offer to track it by hand. */
  | { kind: 'unrecognised' }
  /** The page's posting, not tracked yet: the debrief form, below an offer to link it to a similar application. */
  | { kind: 'posting'; offer: boolean }
  /** The tracked application; `focus` once it replaced something the user acted in (a saved form, a link offer). */
  | { kind: 'tracked'; focus: boolean }
  /** A debrief the user asked for: another interview, or a page tracked by hand. */
  | { kind: 'debrief'; back: Mode }
  /** An interview to plan: on the tracked application, or ("I have an interview for this job") on the page's posting. */
  | { kind: 'plan'; back: Mode }
  /** What a follow-up call gave, offered while a reminder of the application is due. */
  | { kind: 'outcome'; back: Mode };

/** The page gave something to record: a title or a company. */
const isRecognised = (draft: PopupContext['draft']): boolean => Boolean(draft?.title || draft?.company);

/** The mode the popup opens in. */
export function initialMode(ctx: PopupContext): Mode {
  if (ctx.view === 'due') return { kind: 'due' };
  if (ctx.tracked) return { kind: 'tracked', focus: false };
  if (ctx.view === 'app') return { kind: 'missing' };
  if (isRecognised(ctx.draft)) return { kind: 'posting', offer: ctx.jobKey !== null && ctx.similar.length > 0 };
  return { kind: 'unrecognised' };
}
