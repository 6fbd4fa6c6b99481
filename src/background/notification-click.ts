import { isCallReminder, isPending } from '../core/reminders';
import type { Reminder } from '../core/types';
import type { DashboardView } from './open-dashboard';

/** Where a click on a reminder's notification (other than "interview soon") leads. */
export type ClickTarget =
  | { open: 'posting' }
  | { open: 'debrief-card'; applicationId: string }
  | { open: 'dashboard'; applicationId: string; view: DashboardView };

/**
 * Decides where a click on a reminder's notification leads; pure. Shown with buttons (Chrome, a call):
 * the posting, the call one click away. "How did it go?" still pending: the closing card in its
 * debrief state, pre-filled from the planned interview and its ticks; once a debrief was recorded (the
 * reminder no longer pending), the application's page. The evening's thank-you: the application's page
 * with the e-mail draft shown and focused. A call shown without buttons (Firefox): the outcome form,
 * where Done, Snooze and the outcomes are. Anything else: the application's page, where the plan is.
 */
export function clickTarget(reminder: Reminder, buttons: boolean): ClickTarget {
  const applicationId = reminder.applicationId;
  if (buttons) return { open: 'posting' };
  if (reminder.kind === 'how-did-it-go' && isPending(reminder)) return { open: 'debrief-card', applicationId };
  if (reminder.kind === 'thank-you') return { open: 'dashboard', applicationId, view: 'thank-you' };
  return { open: 'dashboard', applicationId, view: isCallReminder(reminder) ? 'outcome' : null };
}

/**
 * The application a click on a closing-card notification opens the card of; pure. "Interview soon":
 * the reminder's application, which the side panel is told to show (open-card.ts), whatever tab is
 * active or card was shown. "How did it go?" (`debrief`): the same while it is pending; null once a
 * debrief was recorded (the application's page instead). Null for a reminder no longer stored.
 */
export function cardApplicationOf(reminder: Reminder | undefined, debrief: boolean): string | null {
  return reminder && (!debrief || isPending(reminder)) ? reminder.applicationId : null;
}
