import type { ReminderKind } from '../core/types';
import { t } from './i18n';

// Apart from ui/labels.ts: the popup's first view (its due list) needs only this label, and
// labels.ts carries the domain's value lists with it.
/** What to do about a due reminder, for the due list ("Call the recruiter"); its name is reminderKindLabel. */
const REMINDER_ACTION_KEYS: Record<ReminderKind, string> = {
  'follow-up': 'reminderActionFollowUp',
  'answer-due': 'reminderActionAnswerDue',
  feedback: 'reminderActionFeedback',
  'interview-soon': 'reminderActionInterviewSoon',
  'how-did-it-go': 'reminderActionHowDidItGo',
  'thank-you': 'reminderActionThankYou',
};
export const reminderActionLabel = (v: ReminderKind): string => t(REMINDER_ACTION_KEYS[v]);
