import { sameData } from '../core/equal';
import { normalizeForMatch } from '../core/job-key';
import { mergeUrls } from '../core/known-urls';
import { isProbablyClosed, nextInterviewOfDebrief } from '../core/outcomes';
import { withDebriefContacts } from '../core/debrief-contacts';
import { closeReminder, isPending, nextDueOf, reminderTimes } from '../core/reminders';
import {
  REMINDER_KINDS,
  type Application,
  type DebriefInput,
  type FullApplication,
  type Interview,
  type PlannedInterview,
  type Posting,
  type Reminder,
  type ReminderKind,
} from '../core/types';
import { fieldsForVerdict, statusAfter } from '../core/verdict';
import { ApplicationNotFoundError, ConflictError, InterviewNotFoundError, KeyTakenError } from './errors';
import { replanInterviewReminders } from './interview-reminders';
import { eventRows, fullApplication, interviewRows, newerThan, reminderRows } from './rows';
import type { Db } from './schema';
import { checkRevision, idMaker, inWriteTx, revised, withDefaults, type WriteDeps } from './tx';

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
    const updated = revised(app, deps.now, {
      posting: args.posting,
      matchKey: normalizeForMatch(args.posting.company, args.posting.title),
      urls: mergeUrls(app.urls, args.urls),
    });
    await tx.objectStore('applications').put(updated);
    return updated;
  });
}

/**
 * Plans the application's next interview, or (null) cancels the one planned. A planned interview
 * means the process goes on: the application is in process, no longer "probably closed".
 */
export function planInterview(
  db: Db,
  args: { applicationId: string; plan: PlannedInterview | null; expectedRevision?: number },
  deps: WriteDeps,
): Promise<Application> {
  return inWriteTx(db, ['applications', 'reminders', 'settings'], async (tx) => {
    const app = await tx.objectStore('applications').get(args.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    checkRevision(app, args.expectedRevision);
    const updated = revised(
      app,
      deps.now,
      args.plan ? { nextInterview: args.plan, status: 'in-process', probablyClosed: false } : { nextInterview: null },
    );
    await tx.objectStore('applications').put(updated);
    const settings = withDefaults(await tx.objectStore('settings').get('settings'));
    await replanInterviewReminders(tx, updated, settings, deps.now, idMaker(deps));
    return updated;
  });
}

/**
 * Tracks the page's posting with its planned interview, before any debrief ("I have an interview for
 * this job"); a posting already tracked under this key gets the plan, as planInterview does.
 */
export function trackInterview(
  db: Db,
  args: { posting: Posting; jobKey: string; urls: string[]; plan: PlannedInterview },
  deps: WriteDeps,
): Promise<Application> {
  const newId = idMaker(deps);
  return inWriteTx(db, ['applications', 'reminders', 'settings'], async (tx) => {
    const apps = tx.objectStore('applications');
    const existing = await apps.index('by-key').get(args.jobKey);
    const application: Application = existing
      ? revised(existing, deps.now, { nextInterview: args.plan, status: 'in-process', probablyClosed: false })
      : {
          id: newId(),
          jobKey: args.jobKey,
          keys: [args.jobKey],
          matchKey: normalizeForMatch(args.posting.company, args.posting.title),
          urls: mergeUrls([], args.urls),
          posting: args.posting,
          status: 'in-process',
          lastVerdict: null,
          nextDueAt: null,
          createdAt: deps.now,
          updatedAt: deps.now,
          revision: 1,
          probablyClosed: false,
          nextInterview: args.plan,
          contacts: [],
        };
    await apps.put(application);
    const settings = withDefaults(await tx.objectStore('settings').get('settings'));
    await replanInterviewReminders(tx, application, settings, deps.now, newId);
    return application;
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
  const newId = idMaker(deps);
  return inWriteTx(db, [...ALL, 'settings'], async (tx) => {
    const old = await tx.objectStore('interviews').get(args.interviewId);
    if (!old) throw new InterviewNotFoundError();
    const app = await tx.objectStore('applications').get(old.applicationId);
    if (!app) throw new ApplicationNotFoundError();
    checkRevision(app, args.expectedRevision);
    const debrief = fieldsForVerdict(args.debrief);
    const interview: Interview = { ...debrief, id: old.id, applicationId: old.applicationId, createdAt: old.createdAt };
    await tx.objectStore('interviews').put(interview);

    const others = (await interviewRows(tx, app.id)).filter((i) => i.id !== old.id);
    const newest = others.every((i) => !newerThan(i, interview));
    const events = await eventRows(tx, app.id);
    const drives = newest && !events.some((e) => e.type === 'outcome' && e.at >= Math.min(old.interviewAt, interview.interviewAt));
    // The people it names join the contacts (a name corrected here adds the right one; none is removed).
    let updated = revised(app, deps.now, { contacts: withDebriefContacts(app.contacts ?? [], debrief, newId) });
    const closedIds: string[] = [];
    if (drives) {
      const before = reminderTimes(old);
      const after = reminderTimes(debrief);
      const time = (list: typeof before, kind: ReminderKind) => list.find((t) => t.kind === kind)?.dueAt;
      // A debrief changed to a rejection also stops the evening's thank-you (core/reminders.ts thanksReminderTime).
      const changed = REMINDER_KINDS.filter(
        (k) => time(before, k) !== time(after, k) || (k === 'thank-you' && debrief.verdict === 'rejected'),
      );
      const reminders = await reminderRows(tx, app.id);
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
        probablyClosed: isProbablyClosed(
          { status },
          {
            latest: interview,
            events,
            reminders: all,
            settings: withDefaults(await tx.objectStore('settings').get('settings')),
            now: deps.now,
          },
        ),
        nextDueAt: nextDueOf(all),
      };
    } else if (newest) {
      updated = { ...updated, lastVerdict: debrief.verdict };
    }
    await tx.objectStore('applications').put(updated);
    if (!sameData(app.nextInterview ?? null, updated.nextInterview ?? null)) {
      const settings = withDefaults(await tx.objectStore('settings').get('settings'));
      closedIds.push(...(await replanInterviewReminders(tx, updated, settings, deps.now, newId)));
    }
    return { application: updated, closedReminderIds: closedIds };
  });
}

/** Deletes an application and every row of it, in one transaction; returns them all for undo. */
export function deleteApplication(db: Db, args: { applicationId: string; expectedRevision?: number }): Promise<FullApplication> {
  return inWriteTx(db, [...ALL, 'drafts'], async (tx) => {
    const application = await tx.objectStore('applications').get(args.applicationId);
    if (!application) throw new ApplicationNotFoundError();
    checkRevision(application, args.expectedRevision);
    const full = await fullApplication(tx, application);
    await tx.objectStore('applications').delete(application.id);
    // A closing card's draft is not part of what undo restores: it goes with the application.
    await tx.objectStore('drafts').delete(application.id);
    for (const i of full.interviews) await tx.objectStore('interviews').delete(i.id);
    for (const r of full.reminders) await tx.objectStore('reminders').delete(r.id);
    for (const e of full.events) await tx.objectStore('events').delete(e.id);
    return full;
  });
}

/**
 * Undo of a delete: puts the rows back as they were (the caller validated them like an import's).
 * Refused when the application exists again, or another application now tracks one of its job keys.
 */
export function restoreApplication(db: Db, set: FullApplication, deps: WriteDeps): Promise<Application> {
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
    const application = revised(set.application, deps.now, { nextDueAt: nextDueOf(set.reminders) });
    await apps.put(application);
    for (const i of set.interviews) await tx.objectStore('interviews').put(i);
    for (const r of set.reminders) await tx.objectStore('reminders').put(r);
    for (const e of set.events) await tx.objectStore('events').put(e);
    return application;
  });
}
