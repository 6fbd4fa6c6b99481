import type Browser from 'webextension-polyfill';
import { formatDate } from '../core/format';
import type { DueItem } from '../storage/reads';
import type { Db } from '../storage/schema';

type Ext = typeof Browser;

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
    await ext.notifications.create(GROUP_NOTIFICATION, {
      type: 'basic',
      iconUrl,
      title: msg('notifyGroupTitle', String(items.length)),
      message: items.map(({ application: a }) => `${a.posting.company}: ${a.posting.title}`).join('\n'),
      ...withInteraction(ext),
    });
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
  await ext.notifications.create(REMINDER_NOTIFICATION + reminder.id, {
    type: 'basic',
    iconUrl,
    title,
    message: lines.join('\n'),
    ...withInteraction(ext),
    // Firefox notifications have no buttons: there a click opens the posting instead.
    ...(hasButtons(ext) ? { buttons: [{ title: msg('notifyDone') }, { title: msg('notifySnooze') }] } : {}),
  });
}

function hasButtons(ext: Ext): boolean {
  return typeof ext.notifications.onButtonClicked?.addListener === 'function';
}

// Chrome keeps a notification with requireInteraction on screen until acted on; Firefox rejects the key.
function withInteraction(ext: Ext): { requireInteraction?: boolean; priority?: number } {
  return hasButtons(ext) ? { requireInteraction: true, priority: 2 } : {};
}
