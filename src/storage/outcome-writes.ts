import { sameData } from '../core/equal';
import { replanInterviewReminders } from './interview-reminders';
import { applyOutcome, defaultRetryAt, isProbablyClosed, retryRuleOf } from '../core/outcomes';
import { closeReminder, isPending, nextDueOf } from '../core/reminders';
import type { Application, OutcomeInput, Reminder, TimelineEvent } from '../core/types';
import { ApplicationNotFoundError, ReminderNotFoundError } from './errors';
import { eventRows, latestInterview, reminderRows } from './rows';
import type { Db } from './schema';
import { checkRevision, idMaker, inWriteTx, revised, withDefaults, type WriteDeps, type WriteTx } from './tx';

const STORES = ['applications', 'interviews', 'reminders', 'events', 'settings'] as const;
type Tx = WriteTx<(typeof STORES)[number][]>;

export interface RecordOutcomeArgs {
  applicationId: string;
  /** The reminder the call answers: it is marked done. */
  reminderId?: string;
  outcome: OutcomeInput;
  expectedRevision?: number;
}

/** What a write changed, for the caller to tidy up after the commit (notifications of closed reminders). */
export interface OutcomeResult {
  application: Application;
  closedReminderIds: string[];
}

/**
 * Records what a follow-up call gave, in one transaction: the timeline entry, the answered reminder
 * done, the pending reminders the outcome replaces superseded, the reminders it implies, and the
 * application's status, "probably closed" flag, next interview, next date and revision.
 */
export function recordOutcome(db: Db, args: RecordOutcomeArgs, deps: WriteDeps): Promise<OutcomeResult> {
  const newId = idMaker(deps);
  return inWriteTx(db, [...STORES], async (tx) => {
    const { app, reminders, latest, events, settings } = await load(tx, args.applicationId, args.expectedRevision);
    const answered = args.reminderId === undefined ? undefined : reminders.find((r) => r.id === args.reminderId);
    if (args.reminderId !== undefined && !answered) throw new ReminderNotFoundError();
    const plan = applyOutcome(app, args.outcome, { settings, latest, events, reminders, now: deps.now });
    const event: TimelineEvent = {
      id: newId(),
      applicationId: app.id,
      at: plan.outcome.at,
      type: 'outcome',
      outcome: plan.outcome,
      createdAt: deps.now,
    };
    await tx.objectStore('events').put(event);
    const fresh: Reminder[] = plan.reminders.map(({ kind, dueAt }) => ({
      id: newId(),
      applicationId: app.id,
      interviewId: latest?.id ?? '',
      kind,
      dueAt,
      pendingDueAt: dueAt,
    }));
    const closed = await closePending(tx, reminders, deps.now, (r) =>
      r.id === answered?.id ? 'done' : plan.supersede.includes(r.kind) ? 'superseded' : null,
    );
    for (const r of fresh) await tx.objectStore('reminders').put(r);
    const application = revised(app, deps.now, {
      status: plan.status,
      probablyClosed: plan.probablyClosed,
      nextInterview: plan.nextInterview,
      nextDueAt: nextDueOf([...closed.all, ...fresh]),
    });
    await tx.objectStore('applications').put(application);
    const replanned = sameData(app.nextInterview ?? null, application.nextInterview ?? null)
      ? []
      : await replanInterviewReminders(tx, application, settings, deps.now, newId);
    return { application, closedReminderIds: [...closed.ids, ...replanned] };
  });
}

/**
 * The user's answer to "probably closed": confirm (the application closes, its reminders stop) or
 * keep pursuing (the flag clears; a retry follow-up is set if none is pending, so the reminders go on).
 */
export function resolveProbablyClosed(
  db: Db,
  args: { applicationId: string; decision: 'confirm' | 'keep'; expectedRevision?: number },
  deps: WriteDeps,
): Promise<OutcomeResult> {
  const newId = idMaker(deps);
  return inWriteTx(db, [...STORES], async (tx) => {
    const { app, reminders, latest, events, settings } = await load(tx, args.applicationId, args.expectedRevision);
    const confirm = args.decision === 'confirm';
    const type = confirm ? 'confirmed-closed' : 'kept-pursuing';
    await tx.objectStore('events').put({ id: newId(), applicationId: app.id, at: deps.now, type, createdAt: deps.now });
    const closed = await closePending(tx, reminders, deps.now, () => (confirm ? 'superseded' : null));
    const fresh: Reminder[] = [];
    if (!confirm && !closed.all.some((r) => isPending(r) && r.kind === 'follow-up')) {
      const dueAt = defaultRetryAt(deps.now, settings, retryRuleOf({ settings, latest, events, reminders: closed.all }).promisedAt);
      fresh.push({ id: newId(), applicationId: app.id, interviewId: latest?.id ?? '', kind: 'follow-up', dueAt, pendingDueAt: dueAt });
    }
    for (const r of fresh) await tx.objectStore('reminders').put(r);
    const application = revised(app, deps.now, {
      status: confirm ? 'closed' : app.status === 'closed' ? 'waiting' : app.status,
      probablyClosed: false,
      nextInterview: confirm ? null : (app.nextInterview ?? null),
      nextDueAt: nextDueOf([...closed.all, ...fresh]),
    });
    await tx.objectStore('applications').put(application);
    return { application, closedReminderIds: closed.ids };
  });
}

/**
 * Sets "probably closed" on those of these applications where the rule now holds (a reminder of
 * theirs is due or overdue: a promised day may have ended, a call gone unrecorded). Returns the
 * applications it flagged.
 */
export function flagProbablyClosed(db: Db, applicationIds: string[], deps: WriteDeps): Promise<string[]> {
  return inWriteTx(db, [...STORES], async (tx) => {
    const settings = withDefaults(await tx.objectStore('settings').get('settings'));
    const flagged: string[] = [];
    for (const id of new Set(applicationIds)) {
      const app = await tx.objectStore('applications').get(id);
      if (!app || app.probablyClosed) continue;
      const latest = await latestInterview(tx, id);
      const events = await eventRows(tx, id);
      const reminders = await reminderRows(tx, id);
      if (!isProbablyClosed(app, { latest, events, reminders, settings, now: deps.now })) continue;
      await tx.objectStore('applications').put(revised(app, deps.now, { probablyClosed: true }));
      flagged.push(id);
    }
    return flagged;
  });
}

async function load(tx: Tx, applicationId: string, expectedRevision: number | undefined) {
  const app = await tx.objectStore('applications').get(applicationId);
  if (!app) throw new ApplicationNotFoundError();
  checkRevision(app, expectedRevision);
  const reminders = await reminderRows(tx, app.id);
  const latest = await latestInterview(tx, app.id);
  const events = await eventRows(tx, app.id);
  const settings = withDefaults(await tx.objectStore('settings').get('settings'));
  return { app, reminders, latest, events, settings };
}

/** Closes the pending reminders `how` names; returns every reminder of the application after that. */
async function closePending(
  tx: Tx,
  reminders: Reminder[],
  now: number,
  how: (r: Reminder) => 'done' | 'superseded' | null,
): Promise<{ all: Reminder[]; ids: string[] }> {
  const all: Reminder[] = [];
  const ids: string[] = [];
  for (const r of reminders) {
    const by = isPending(r) ? how(r) : null;
    if (!by) {
      all.push(r);
      continue;
    }
    const closed = closeReminder(r, by, now);
    await tx.objectStore('reminders').put(closed);
    all.push(closed);
    ids.push(r.id);
  }
  return { all, ids };
}
