import { mergeUrls } from '../core/known-urls';
import { normalizeForMatch } from '../core/job-key';
import { nextInterviewOfDebrief } from '../core/outcomes';
import { withDebriefContacts } from '../core/debrief-contacts';
import { closeReminder, isPending, nextDueOf, reminderTimes, thanksReminderTime } from '../core/reminders';
import type { Application, DebriefInput, Interview, Posting, Reminder } from '../core/types';
import { fieldsForVerdict, statusAfter } from '../core/verdict';
import { ApplicationNotFoundError, ConflictError, ReminderNotFoundError } from './errors';
import { latestInterview, reminderRows } from './rows';
import type { Db } from './schema';
import { replanInterviewReminders } from './interview-reminders';
import { checkRevision, idMaker, inWriteTx, revised, withDefaults, type WriteDeps } from './tx';

export interface SaveDebriefArgs {
  posting: Posting;
  jobKey: string;
  /** Normalised URLs the posting was seen at (page URL, canonical). */
  urls: string[];
  debrief: DebriefInput;
  /** The revision the writer read, when it edits a known application: a mismatch is a conflict. */
  expectedRevision?: number;
}

export interface SaveDebriefResult {
  application: Application;
  interview: Interview;
  reminders: Reminder[];
}

/**
 * Records a debrief: the application (created or updated), the interview and its reminders, in one
 * transaction that lands whole or not at all. The new debrief's dates replace the application's
 * pending reminders: the latest agreement with the recruiter is the one to follow up on.
 */
export function saveDebrief(db: Db, args: SaveDebriefArgs, deps: WriteDeps): Promise<SaveDebriefResult> {
  const newId = idMaker(deps);
  return inWriteTx(db, ['applications', 'interviews', 'reminders', 'settings', 'drafts'], async (tx) => {
    const debrief = fieldsForVerdict(args.debrief);
    const apps = tx.objectStore('applications');
    const reminderStore = tx.objectStore('reminders');
    const existing = await apps.index('by-key').get(args.jobKey);
    if (existing) checkRevision(existing, args.expectedRevision);
    const applicationId = existing?.id ?? newId();
    const interview: Interview = { ...debrief, id: newId(), applicationId, createdAt: deps.now };

    // Only the newest interview's agreement drives the follow-up: a debrief recorded late for an
    // older interview is kept in the history but neither replaces the reminders nor the status.
    const latest = await latestInterview(tx, applicationId);
    const newest = !latest || latest.interviewAt <= debrief.interviewAt;
    const stillPending = [];
    for (const old of await reminderRows(tx, applicationId)) {
      if (!isPending(old)) continue;
      if (newest) await reminderStore.put(closeReminder(old, 'superseded', deps.now));
      else stillPending.push(old);
    }
    const settings = withDefaults(await tx.objectStore('settings').get('settings'));
    const thanksAt = newest ? thanksReminderTime(debrief, settings, deps.now) : null;
    const times = [...reminderTimes(debrief), ...(thanksAt === null ? [] : [{ kind: 'thank-you' as const, dueAt: thanksAt }])];
    const reminders: Reminder[] = newest
      ? times.map(({ kind, dueAt }) => ({
          id: newId(),
          applicationId,
          interviewId: interview.id,
          kind,
          dueAt,
          pendingDueAt: dueAt,
        }))
      : [];
    for (const r of reminders) await reminderStore.put(r);

    const application: Application = {
      id: applicationId,
      jobKey: existing?.jobKey ?? args.jobKey,
      keys: existing?.keys ?? [args.jobKey],
      matchKey: normalizeForMatch(args.posting.company, args.posting.title),
      urls: mergeUrls(existing?.urls ?? [], args.urls),
      posting: args.posting,
      status: newest || !existing ? statusAfter(debrief.verdict) : existing.status,
      lastVerdict: newest || !existing ? debrief.verdict : existing.lastVerdict,
      nextDueAt: nextDueOf([...stillPending, ...reminders]),
      createdAt: existing?.createdAt ?? deps.now,
      updatedAt: deps.now,
      revision: (existing?.revision ?? 0) + 1,
      // A new interview: the one planned took place, and the earlier silence no longer says "closed".
      probablyClosed: newest || !existing ? false : (existing.probablyClosed ?? false),
      nextInterview: newest || !existing ? nextInterviewOfDebrief(debrief) : (existing.nextInterview ?? null),
      // Whom the debrief names (the interviewer, recovery contacts) joins the application's people.
      contacts: withDebriefContacts(existing?.contacts ?? [], debrief, newId),
    };
    await apps.put(application);
    await tx.objectStore('interviews').put(interview);
    // The closing card's draft became this debrief.
    await tx.objectStore('drafts').delete(applicationId);
    // The newest debrief replaced every pending reminder, "how did it go?" among them; the next interview it announces gets its own.
    if (newest) await replanInterviewReminders(tx, application, settings, deps.now, newId);
    return { application, interview, reminders };
  });
}

/** Marks a reminder done and refreshes its application's next date. Returns the updated reminder. */
export function completeReminder(db: Db, reminderId: string, deps: WriteDeps): Promise<Reminder> {
  return updateReminder(db, reminderId, deps, (r) => (isPending(r) ? closeReminder(r, 'done', deps.now) : r));
}

/** Moves a pending reminder to `until`; it will notify again then. */
export function snoozeReminder(db: Db, reminderId: string, until: number, deps: WriteDeps): Promise<Reminder> {
  return updateReminder(db, reminderId, deps, (r) => {
    if (!isPending(r)) return r;
    const { notifiedAt: _shown, ...rest } = r;
    return { ...rest, dueAt: until, pendingDueAt: until };
  });
}

/** Records that these reminders were notified, so each fires once. */
export function markNotified(db: Db, reminderIds: string[], now: number): Promise<void> {
  return inWriteTx(db, ['reminders'], async (tx) => {
    const store = tx.objectStore('reminders');
    for (const id of reminderIds) {
      const r = await store.get(id);
      if (r && isPending(r) && r.notifiedAt === undefined) await store.put({ ...r, notifiedAt: now });
    }
  });
}

function updateReminder(db: Db, reminderId: string, deps: WriteDeps, change: (r: Reminder) => Reminder): Promise<Reminder> {
  return inWriteTx(db, ['reminders', 'applications'], async (tx) => {
    const store = tx.objectStore('reminders');
    const reminder = await store.get(reminderId);
    if (!reminder) throw new ReminderNotFoundError();
    const updated = change(reminder);
    await store.put(updated);
    const app = await tx.objectStore('applications').get(reminder.applicationId);
    if (app) {
      const all = (await reminderRows(tx, app.id)).map((r) => (r.id === updated.id ? updated : r));
      await tx.objectStore('applications').put(revised(app, deps.now, { nextDueAt: nextDueOf(all) }));
    }
    return updated;
  });
}

/**
 * Links the job at `jobKey` (the same job on another board, or under another address) to an
 * existing application, instead of creating a duplicate. Refused when another application has it.
 */
export function linkJobKey(
  db: Db,
  args: { applicationId: string; jobKey: string; urls: string[]; expectedRevision?: number },
  deps: WriteDeps,
): Promise<Application> {
  return inWriteTx(db, ['applications'], async (tx) => {
    const store = tx.objectStore('applications');
    const app = await store.get(args.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    checkRevision(app, args.expectedRevision);
    const owner = await store.index('by-key').get(args.jobKey);
    if (owner && owner.id !== app.id) throw new ConflictError();
    const updated = revised(app, deps.now, { keys: [...new Set([...app.keys, args.jobKey])], urls: mergeUrls(app.urls, args.urls) });
    await store.put(updated);
    return updated;
  });
}
