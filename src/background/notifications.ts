import type Browser from 'webextension-polyfill';
import { formatDate } from '../core/format';
import type { DueItem } from '../storage/reads';
import type { Db } from '../storage/schema';

type Ext = typeof Browser;
type Options = Browser.Notifications.CreateNotificationOptions;

export const REMINDER_NOTIFICATION = 'reminder:';
export const GROUP_NOTIFICATION = 'due-group';

/**
 * One notification per due reminder, or one for the group when several came due together (e.g.
 * while the computer slept): a burst of notifications at start-up helps nobody.
 */
export async function notifyDue(ext: Ext, db: Db, items: DueItem[]): Promise<void> {
  if (items.length === 0) return;
  const iconUrl = ext.runtime.getURL('icons/icon-128.png');
  const msg = (key: string, subs?: string | string[]) => ext.i18n.getMessage(key, subs);
  if (items.length > 1) {
    const message = items.map(({ application: a }) => `${a.posting.company}: ${a.posting.title}`).join('\n');
    await create(ext, GROUP_NOTIFICATION, { type: 'basic', iconUrl, title: msg('notifyGroupTitle', String(items.length)), message }, STAY);
    return;
  }
  const [{ reminder, application }] = items;
  const interview = await db.get('interviews', reminder.interviewId);
  const locale = ext.i18n.getUILanguage();
  const lines = [application.posting.title];
  if (interview?.interviewerName) {
    const who = [interview.interviewerName, interview.interviewerRole].filter(Boolean).join(', ');
    lines.push(msg('notifyInterviewer', who));
  }
  if (interview?.weakPoint) lines.push(msg('notifyWeakPoint', interview.weakPoint));
  if (interview?.answerBy) lines.push(msg('notifyPromised', formatDate(interview.answerBy, locale)));
  const title = msg(reminder.kind === 'answer-due' ? 'notifyAnswerDueTitle' : 'notifyFollowUpTitle', application.posting.company);
  await create(ext, REMINDER_NOTIFICATION + reminder.id, { type: 'basic', iconUrl, title, message: lines.join('\n') }, {
    ...STAY,
    buttons: [{ title: msg('notifyDone') }, { title: msg('notifySnooze') }],
  });
}

/** Chrome keeps a notification with requireInteraction on screen until it is acted on. */
const STAY = { requireInteraction: true, priority: 2 };

/**
 * Creates the notification with the extras (buttons, requireInteraction), or without them where
 * the browser refuses them. The call itself is the feature test: Firefox (153) lists
 * `notifications.onButtonClicked`, so its presence proves nothing, but rejects `buttons` ("unsupported
 * by Firefox") and `requireInteraction` ("Unexpected property") with a type error. Without buttons a
 * click on the notification is the way in (onNotificationClicked in index.ts).
 */
async function create(ext: Ext, id: string, base: Options, extras: Record<string, unknown>): Promise<void> {
  try {
    await ext.notifications.create(id, { ...base, ...extras } as Options);
  } catch {
    await ext.notifications.create(id, base);
  }
}
