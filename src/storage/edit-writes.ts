import type { RecordSet } from '../core/export';
import { normalizeForMatch } from '../core/job-key';
import { isProbablyClosed, nextInterviewOfDebrief } from '../core/outcomes';
import { isPending, nextDueOf, reminderTimes } from '../core/reminders';
import type { Application, DebriefInput, Interview, Posting, Reminder, ReminderKind } from '../core/types';
import { fieldsForVerdict, statusAfter } from '../core/verdict';
import { ApplicationNotFoundError, ConflictError, InterviewNotFoundError, KeyTakenError } from './errors';
import type { Db } from './schema';
import { checkRevision, closeReminder, inWriteTx, mergeUrls, ofApplication } from './tx';
import type { WriteDeps } from './writes';

const ALL = ['applications', 'interviews', 'reminders', 'events'] as const;

/** Edits the posting; the match key (finding the same job elsewhere) and the known URLs follow. */
export function updatePosting(
  db: Db,
  args: { applicationId: string; posting: Posting; urls: string[]; expectedRevision?: number },
  deps: WriteDeps,
): Promise<Application> {
  return inWriteTx(db, ['applications'], async (tx) => {
    const app = await tx.objectStore('applications').get(args.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    checkRevision(app, args.expectedRevision);
    const updated: Application = {
      ...app,
      posting: args.posting,
      matchKey: normalizeForMatch(args.posting.company, args.posting.title),
      urls: mergeUrls(app.urls, args.urls),
      updatedAt: deps.now,
      revision: app.revision + 1,
    };
    await tx.objectStore('applications').put(updated);
    return updated;
  });
}

/**
 * Edits a recorded debrief. While it is the application's newest interview and no follow-up
 * outcome has been recorded since, it still drives the application: status and verdict follow, and
 * a changed follow-up or answer date moves that reminder (the others, and done ones, stay as they are).
 */
export function updateInterview(
  db: Db,
  args: { interviewId: string; debrief: DebriefInput; expectedRevision?: number },
  deps: WriteDeps,
): Promise<{ application: Application; closedReminderIds: string[] }> {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  return inWriteTx(db, [...ALL], async (tx) => {
    const old = await tx.objectStore('interviews').get(args.interviewId);
    if (!old) throw new InterviewNotFoundError();
    const app = await tx.objectStore('applications').get(old.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    checkRevision(app, args.expectedRevision);
    const debrief = fieldsForVerdict(args.debrief);
    const interview: Interview = { ...debrief, id: old.id, applicationId: old.applicationId, createdAt: old.createdAt };
    await tx.objectStore('interviews').put(interview);

    const others = (await tx.objectStore('interviews').index('by-application').getAll(ofApplication(app.id))).filter(
      (i) => i.id !== old.id,
    );
    const newest = others.every((i) => i.interviewAt <= interview.interviewAt);
    const events = await tx.objectStore('events').index('by-application').getAll(ofApplication(app.id));
    const drives = newest && !events.some((e) => e.type === 'outcome' && e.at >= Math.min(old.interviewAt, interview.interviewAt));
    let updated: Application = { ...app, updatedAt: deps.now, revision: app.revision + 1 };
    const closedIds: string[] = [];
    if (drives) {
      const before = reminderTimes(old);
      const after = reminderTimes(debrief);
      const time = (list: typeof before, kind: ReminderKind) => list.find((t) => t.kind === kind)?.dueAt;
      const changed = (['follow-up', 'answer-due'] as const).filter((k) => time(before, k) !== time(after, k));
      const reminders = await tx.objectStore('reminders').index('by-application').getAll(app.id);
      const all: Reminder[] = [];
      for (const r of reminders) {
        if (isPending(r) && changed.includes(r.kind)) {
          const closed = closeReminder(r, 'superseded', deps.now);
          await tx.objectStore('reminders').put(closed);
          closedIds.push(r.id);
          all.push(closed);
        } else all.push(r);
      }
      for (const { kind, dueAt } of after.filter((t) => changed.includes(t.kind))) {
        const r: Reminder = { id: newId(), applicationId: app.id, interviewId: interview.id, kind, dueAt, pendingDueAt: dueAt };
        await tx.objectStore('reminders').put(r);
        all.push(r);
      }
      const status = statusAfter(debrief.verdict);
      updated = {
        ...updated,
        status,
        lastVerdict: debrief.verdict,
        nextInterview: nextInterviewOfDebrief(debrief),
        probablyClosed: isProbablyClosed({ status }, interview, events, deps.now),
        nextDueAt: nextDueOf(all),
      };
    } else if (newest) {
      updated = { ...updated, lastVerdict: debrief.verdict };
    }
    await tx.objectStore('applications').put(updated);
    return { application: updated, closedReminderIds: closedIds };
  });
}

/** Deletes an application and every row of it, in one transaction; returns them all for undo. */
export function deleteApplication(db: Db, args: { applicationId: string; expectedRevision?: number }): Promise<RecordSet> {
  return inWriteTx(db, [...ALL], async (tx) => {
    const application = await tx.objectStore('applications').get(args.applicationId);
    if (!application) throw new ApplicationNotFoundError();
    checkRevision(application, args.expectedRevision);
    const range = ofApplication(application.id);
    const interviews = (await tx.objectStore('interviews').index('by-application').getAll(range)).reverse();
    const reminders = (await tx.objectStore('reminders').index('by-application').getAll(application.id)).sort((a, b) => a.dueAt - b.dueAt);
    const events = (await tx.objectStore('events').index('by-application').getAll(range)).reverse();
    await tx.objectStore('applications').delete(application.id);
    for (const i of interviews) await tx.objectStore('interviews').delete(i.id);
    for (const r of reminders) await tx.objectStore('reminders').delete(r.id);
    for (const e of events) await tx.objectStore('events').delete(e.id);
    return { application, interviews, reminders, events };
  });
}

/**
 * Undo of a delete: puts the rows back as they were (the caller validated them like an import's).
 * Refused when the application exists again, or another application now tracks one of its job keys.
 */
export function restoreApplication(db: Db, set: RecordSet, deps: WriteDeps): Promise<Application> {
  return inWriteTx(db, [...ALL], async (tx) => {
    const apps = tx.objectStore('applications');
    if (await apps.get(set.application.id)) throw new ConflictError();
    for (const key of set.application.keys) if (await apps.index('by-key').get(key)) throw new KeyTakenError();
    for (const [store, rows] of [
      ['interviews', set.interviews],
      ['reminders', set.reminders],
      ['events', set.events],
    ] as const) {
      for (const row of rows) if (await tx.objectStore(store).get(row.id)) throw new ConflictError();
    }
    const application: Application = {
      ...set.application,
      nextDueAt: nextDueOf(set.reminders),
      updatedAt: deps.now,
      revision: set.application.revision + 1,
    };
    await apps.put(application);
    for (const i of set.interviews) await tx.objectStore('interviews').put(i);
    for (const r of set.reminders) await tx.objectStore('reminders').put(r);
    for (const e of set.events) await tx.objectStore('events').put(e);
    return application;
  });
}
