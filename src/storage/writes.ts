import { normalizeForMatch } from '../core/job-key';
import { statusAfter, fieldsForVerdict } from '../core/verdict';
import { reminderTimes } from '../core/reminders';
import { nextInterviewOfDebrief } from '../core/outcomes';
import type { Application, DebriefInput, Interview, Posting, Reminder } from '../core/types';
import { ApplicationNotFoundError, ConflictError, ReminderNotFoundError } from './errors';
import type { Db } from './schema';
import { abortQuietly, closeReminder as close, mergeUrls } from './tx';

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

export interface WriteDeps {
  now: number;
  newId?: () => string;
}

/**
 * Records a debrief: the application (created or updated), the interview and its reminders, in one
 * transaction that lands whole or not at all. The new debrief's dates replace the application's
 * pending reminders: the latest agreement with the recruiter is the one to follow up on.
 */
export async function saveDebrief(db: Db, args: SaveDebriefArgs, deps: WriteDeps): Promise<SaveDebriefResult> {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const debrief = fieldsForVerdict(args.debrief);
  const tx = db.transaction(['applications', 'interviews', 'reminders'], 'readwrite');
  const apps = tx.objectStore('applications');
  const reminderStore = tx.objectStore('reminders');
  try {
    const existing = await apps.index('by-key').get(args.jobKey);
    if (existing && args.expectedRevision !== undefined && existing.revision !== args.expectedRevision) {
      throw new ConflictError();
    }
    const applicationId = existing?.id ?? newId();
    const interview: Interview = { ...debrief, id: newId(), applicationId, createdAt: deps.now };

    // Only the newest interview's agreement drives the follow-up: a debrief recorded late for an
    // older interview is kept in the history but neither replaces the reminders nor the status.
    const latest = await tx
      .objectStore('interviews')
      .index('by-application')
      .openCursor(IDBKeyRange.bound([applicationId, -Infinity], [applicationId, Infinity]), 'prev');
    const newest = !latest || latest.value.interviewAt <= debrief.interviewAt;
    const stillPending = [];
    for (const old of await reminderStore.index('by-application').getAll(applicationId)) {
      if (old.pendingDueAt === undefined) continue;
      if (newest) await reminderStore.put(close(old, 'superseded', deps.now));
      else stillPending.push(old);
    }
    const reminders: Reminder[] = newest
      ? reminderTimes(debrief).map(({ kind, dueAt }) => ({
          id: newId(),
          applicationId,
          interviewId: interview.id,
          kind,
          dueAt,
          pendingDueAt: dueAt,
        }))
      : [];
    for (const r of reminders) await reminderStore.put(r);
    const pendingTimes = [...stillPending, ...reminders].map((r) => r.dueAt);

    const application: Application = {
      id: applicationId,
      jobKey: existing?.jobKey ?? args.jobKey,
      keys: existing?.keys ?? [args.jobKey],
      matchKey: normalizeForMatch(args.posting.company, args.posting.title),
      urls: mergeUrls(existing?.urls ?? [], args.urls),
      posting: args.posting,
      status: newest || !existing ? statusAfter(debrief.verdict) : existing.status,
      lastVerdict: newest || !existing ? debrief.verdict : existing.lastVerdict,
      nextDueAt: pendingTimes.length ? Math.min(...pendingTimes) : null,
      createdAt: existing?.createdAt ?? deps.now,
      updatedAt: deps.now,
      revision: (existing?.revision ?? 0) + 1,
      // A new interview: the one planned took place, and the earlier silence no longer says "closed".
      probablyClosed: newest || !existing ? false : (existing.probablyClosed ?? false),
      nextInterview: newest || !existing ? nextInterviewOfDebrief(debrief) : (existing.nextInterview ?? null),
    };
    await apps.put(application);
    await tx.objectStore('interviews').put(interview);
    await tx.done;
    return { application, interview, reminders };
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Marks a reminder done and refreshes its application's next date. Returns the updated reminder. */
export function completeReminder(db: Db, reminderId: string, deps: WriteDeps): Promise<Reminder> {
  return updateReminder(db, reminderId, deps, (r) => (r.pendingDueAt === undefined ? r : close(r, 'done', deps.now)));
}

/** Moves a pending reminder to `until`; it will notify again then. */
export function snoozeReminder(db: Db, reminderId: string, until: number, deps: WriteDeps): Promise<Reminder> {
  return updateReminder(db, reminderId, deps, (r) => {
    if (r.pendingDueAt === undefined) return r;
    const { notifiedAt: _shown, ...rest } = r;
    return { ...rest, dueAt: until, pendingDueAt: until };
  });
}

/** Records that these reminders were notified, so each fires once. */
export async function markNotified(db: Db, reminderIds: string[], now: number): Promise<void> {
  const tx = db.transaction('reminders', 'readwrite');
  for (const id of reminderIds) {
    const r = await tx.store.get(id);
    if (r && r.pendingDueAt !== undefined && r.notifiedAt === undefined) await tx.store.put({ ...r, notifiedAt: now });
  }
  await tx.done;
}

async function updateReminder(db: Db, reminderId: string, deps: WriteDeps, change: (r: Reminder) => Reminder): Promise<Reminder> {
  const tx = db.transaction(['reminders', 'applications'], 'readwrite');
  const store = tx.objectStore('reminders');
  try {
    const reminder = await store.get(reminderId);
    if (!reminder) throw new ReminderNotFoundError();
    const updated = change(reminder);
    await store.put(updated);
    const app = await tx.objectStore('applications').get(reminder.applicationId);
    if (app) {
      const pending = (await store.index('by-application').getAll(app.id))
        .map((r) => (r.id === updated.id ? updated : r))
        .filter((r) => r.pendingDueAt !== undefined);
      await tx.objectStore('applications').put({
        ...app,
        nextDueAt: pending.length ? Math.min(...pending.map((r) => r.dueAt)) : null,
        updatedAt: deps.now,
        revision: app.revision + 1,
      });
    }
    await tx.done;
    return updated;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/**
 * Links the job at `jobKey` (the same job on another board, or under another address) to an
 * existing application, instead of creating a duplicate. Refused when another application has it.
 */
export async function linkJobKey(
  db: Db,
  args: { applicationId: string; jobKey: string; urls: string[]; expectedRevision?: number },
  deps: WriteDeps,
): Promise<Application> {
  const tx = db.transaction('applications', 'readwrite');
  try {
    const app = await tx.store.get(args.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    if (args.expectedRevision !== undefined && app.revision !== args.expectedRevision) throw new ConflictError();
    const owner = await tx.store.index('by-key').get(args.jobKey);
    if (owner && owner.id !== app.id) throw new ConflictError();
    const updated: Application = {
      ...app,
      keys: [...new Set([...app.keys, args.jobKey])],
      urls: mergeUrls(app.urls, args.urls),
      updatedAt: deps.now,
      revision: app.revision + 1,
    };
    await tx.store.put(updated);
    await tx.done;
    return updated;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}
