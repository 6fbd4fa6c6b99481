import { formatDate } from '../core/format';
import { messageLocale, pluralKey } from '../core/i18n';
import { isCallReminder } from '../core/reminders';
import type { ReminderKind } from '../core/types';
import { pendingRemindersOf, type DueItem } from '../storage/reads';
import type { Db } from '../storage/schema';
import type { NotificationsPort, Ports } from './ports';

type Options = Parameters<NotificationsPort['create']>[1];

export const REMINDER_NOTIFICATION = 'reminder:';
/**
 * The same reminder shown without buttons (the browser refused them, e.g. Firefox): a click on it
 * then opens the application in the dashboard, where Done, Snooze and the outcomes are. The id
 * tells the click handler which kind it was, so the worker keeps no state between the two events.
 */
const REMINDER_NO_BUTTONS = 'reminder-open:';
export const GROUP_NOTIFICATION = 'due-group';
/**
 * "Interview soon": a click opens the closing card. The id says so, so that the click handler opens
 * the side panel at once, before anything else consumes the click's user action.
 */
const INTERVIEW_CARD = 'interview-card:';
/** "How did it go?": a click opens the closing card on its debrief form, for the same reason. */
const INTERVIEW_DEBRIEF = 'interview-debrief:';

/** Every id a reminder's notification may have. */
export const notificationIdsOf = (reminderId: string): string[] => [
  REMINDER_NOTIFICATION + reminderId,
  REMINDER_NO_BUTTONS + reminderId,
  INTERVIEW_CARD + reminderId,
  INTERVIEW_DEBRIEF + reminderId,
];

/**
 * The reminder id of a reminder notification, whether it was shown with buttons, and whether it
 * opens the closing card; null for others.
 */
export function reminderOfNotification(id: string): { reminderId: string; buttons: boolean; card?: true; debrief?: true } | null {
  if (id.startsWith(INTERVIEW_CARD)) return { reminderId: id.slice(INTERVIEW_CARD.length), buttons: false, card: true };
  if (id.startsWith(INTERVIEW_DEBRIEF))
    return { reminderId: id.slice(INTERVIEW_DEBRIEF.length), buttons: false, card: true, debrief: true };
  if (id.startsWith(REMINDER_NO_BUTTONS)) return { reminderId: id.slice(REMINDER_NO_BUTTONS.length), buttons: false };
  if (id.startsWith(REMINDER_NOTIFICATION)) return { reminderId: id.slice(REMINDER_NOTIFICATION.length), buttons: true };
  return null;
}

/**
 * One notification per due reminder, or one for the group when several came due together (e.g.
 * while the computer slept): a burst of notifications at start-up helps nobody.
 */
export async function notifyDue(
  { notifications, runtime, i18n }: Pick<Ports, 'notifications' | 'runtime' | 'i18n'>,
  db: Db,
  items: DueItem[],
): Promise<void> {
  if (items.length === 0) return;
  const iconUrl = runtime.getURL('icons/icon-128.png');
  const msg = (key: string, subs?: string | string[]) => i18n.getMessage(key, subs);
  // Dates and plural forms in the language of the messages they go into.
  const locale = messageLocale(i18n);
  if (items.length > 1) {
    const message = items.map(({ application: a }) => `${a.posting.company}: ${a.posting.title}`).join('\n');
    await create(
      notifications,
      GROUP_NOTIFICATION,
      { type: 'basic', iconUrl, title: msg(pluralKey('notifyGroupTitle', items.length, locale), String(items.length)), message },
      STAY,
    );
    return;
  }
  const [{ reminder, application }] = items;
  if (!isCallReminder(reminder)) {
    // About the interview itself, or the evening's thank-you: no Done nor Snooze (it passes by itself).
    // "Interview soon" says whom and when, and invites to open the closing card, which its click opens;
    // "how did it go?" opens the card on its debrief form; the thank-you, the application's page, which
    // shows the e-mail draft within a day of the interview.
    const plan = application.nextInterview;
    const who = plan ? [plan.withWhom, plan.role].filter(Boolean).join(', ') : '';
    // With no start time it reminds on the day itself, at the reminder hour.
    const when = plan?.time
      ? who
        ? msg('notifyInterviewWithAt', [who, plan.time])
        : msg('notifyInterviewAt', plan.time)
      : who
        ? msg('notifyInterviewTodayWith', who)
        : msg('notifyInterviewToday');
    const lines =
      reminder.kind === 'interview-soon'
        ? [application.posting.title, when, msg('notifyInterviewClose')]
        : reminder.kind === 'thank-you'
          ? [application.posting.title, msg('notifyThankYouBody')]
          : [application.posting.title, msg('notifyHowDidItGoBody')];
    const title = msg(TITLES[reminder.kind], application.posting.company);
    const prefix =
      reminder.kind === 'interview-soon' ? INTERVIEW_CARD : reminder.kind === 'how-did-it-go' ? INTERVIEW_DEBRIEF : REMINDER_NO_BUTTONS;
    const id = prefix + reminder.id;
    await create(notifications, id, { type: 'basic', iconUrl, title, message: lines.join('\n') }, STAY);
    return;
  }
  const interview = await db.get('interviews', reminder.interviewId);
  const lines = [application.posting.title];
  if (interview?.interviewerName) {
    const who = [interview.interviewerName, interview.interviewerRole].filter(Boolean).join(', ');
    lines.push(msg('notifyInterviewer', who));
  }
  if (interview?.weakPoint) lines.push(msg('notifyWeakPoint', interview.weakPoint));
  if (reminder.kind === 'feedback') {
    if (interview?.rejectionReason) lines.push(msg('notifyReason', interview.rejectionReason));
  } else if (reminder.kind === 'answer-due') {
    // The answer is due today; the call only comes if nothing does (docs/method.md §3).
    const call = (await pendingRemindersOf(db, application.id)).find((r) => r.kind === 'follow-up');
    if (call) lines.push(msg('notifyCallOn', formatDate(call.dueAt, locale)));
  } else if (interview?.answerBy) lines.push(msg('notifyPromised', formatDate(interview.answerBy, locale)));
  const title = msg(TITLES[reminder.kind], application.posting.company);
  await create(
    notifications,
    REMINDER_NOTIFICATION + reminder.id,
    { type: 'basic', iconUrl, title, message: lines.join('\n') },
    { ...STAY, buttons: [{ title: msg('notifyDone') }, { title: msg('notifySnooze') }] },
    REMINDER_NO_BUTTONS + reminder.id,
  );
}

const TITLES: Record<ReminderKind, string> = {
  'follow-up': 'notifyFollowUpTitle',
  'answer-due': 'notifyAnswerDueTitle',
  feedback: 'notifyFeedbackTitle',
  'interview-soon': 'notifyInterviewSoonTitle',
  'how-did-it-go': 'notifyHowDidItGoTitle',
  'thank-you': 'notifyThankYouTitle',
};

/** Chrome keeps a notification with requireInteraction on screen until it is acted on. */
const STAY = { requireInteraction: true, priority: 2 };

/**
 * Creates the notification with the extras (buttons, requireInteraction), or without them where
 * the browser refuses them. The call itself is the feature test: Firefox (153) lists
 * `notifications.onButtonClicked`, so its presence proves nothing, but rejects `buttons` ("unsupported
 * by Firefox") and `requireInteraction` ("Unexpected property") with a type error. Without buttons a
 * click on the notification is the way in (onNotificationClicked in index.ts); `plainId` tells it so.
 */
async function create(
  notifications: NotificationsPort,
  id: string,
  base: Options,
  extras: Record<string, unknown>,
  plainId = id,
): Promise<void> {
  try {
    await notifications.create(id, { ...base, ...extras } as Options);
  } catch {
    await notifications.create(plainId, base);
  }
}
