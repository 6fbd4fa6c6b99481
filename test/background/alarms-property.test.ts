// Property: whatever the user and the browser do, in any order, the reminder alarms are
// exactly the stored pending reminders that have not fired yet — none missing, none extra — no
// reminder whose time has passed is left unfired, and none still to come is marked notified. And the
// method's rules hold after every step (docs/method.md §2, §3): no pending call before a pending
// promised-answer date unless the user set it so; no pending call on an application closed (a
// rejection); never "probably closed" before the promised day has ended; the evening's thank-you never
// before its interview, and never after a rejection (§4). Thank-you reminders come from saves of the
// day's interviews and are alarms like the others.
// Every user step goes through the worker's own handlers (background/handlers.ts), and the test
// itself re-derives the alarms only where the worker does on its own: at a start (restart, update)
// and when an alarm fires. A handler that forgot its sync leaves the alarms stale, and this fails.
// Only the browser ports are fakes (test/fakes); the storage is the real one on fake-indexeddb.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHandlers } from '../../src/background/handlers';
import { syncReminders } from '../../src/background/reminders';
import { ALARM_PREFIX, answeredReminder, isPending } from '../../src/core/reminders';
import { MAX_REMINDER_ALARMS } from '../../src/core/alarm-plan';
import { endOfLocalDay, localDayAt, startOfLocalDay, toDateInput } from '../../src/core/dates';
import { defaultFollowUpOf } from '../../src/core/follow-up';
import { VERDICTS, type DebriefInput, type FullApplication, type OutcomeInput, type Verdict } from '../../src/core/types';
import { getSettings, pendingReminders } from '../../src/storage/reads';
import { ConflictError, KeyTakenError } from '../../src/storage/errors';
import type { Db } from '../../src/storage/schema';
import { makeExport } from '../export-builders';
import { fakePorts } from '../fakes/ports';
import { DAY, debrief, freshDb, H, NOW } from '../storage/helpers';

type Step =
  | {
      op: 'save';
      job: number;
      /** How many days before now the interview took place: a late debrief may be for an older one. */
      ageDays: number;
      verdict: Verdict;
      /** null: the form's default (core/follow-up.ts); a number: a date the user set. */
      followUpDays: number | null;
      answerDays: number | null;
      /** A convinced verdict's dated next step. */
      stepDays: number | null;
      /** After a rejection: "ask for feedback" ticked, that many days on. */
      feedbackDays: number | null;
    }
  | { op: 'edit'; pick: number; followUpDays: number }
  | { op: 'outcome'; pick: number; kind: 'no-answer' | 'new-date' | 'offer' | 'next-interview' | 'rejected' }
  | { op: 'resolve'; pick: number; decision: 'confirm' | 'keep' }
  | { op: 'done' | 'snooze'; pick: number }
  | { op: 'delete'; pick: number }
  | { op: 'restore'; pick: number }
  | { op: 'settings'; minutes: number; notifications: boolean; soon: number; length: number; thanks: boolean }
  /** Plan (or, days null, cancel) an application's next interview; `hour` null: no start time. */
  | { op: 'plan'; pick: number; days: number | null; hour: number | null }
  | { op: 'bulk'; spreadHours: number }
  | { op: 'restart'; alarmsLost: boolean }
  | { op: 'time'; hours: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('save' as const),
      job: fc.integer({ min: 0, max: 2 }),
      ageDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
      verdict: fc.constantFrom(...VERDICTS),
      followUpDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      answerDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      stepDays: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
      feedbackDays: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    }),
  },
  fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), followUpDays: fc.integer({ min: 0, max: 10 }) }),
  // Calls and time weigh more: the rules about retries and promised days need several of each.
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('outcome' as const),
      pick: fc.nat(),
      kind: fc.constantFrom(
        'no-answer' as const,
        'no-answer' as const,
        'no-answer' as const,
        'no-answer' as const,
        'new-date' as const,
        'offer' as const,
        'next-interview' as const,
        'rejected' as const,
      ),
    }),
  },
  fc.record({ op: fc.constant('resolve' as const), pick: fc.nat(), decision: fc.constantFrom('confirm' as const, 'keep' as const) }),
  fc.record({ op: fc.constantFrom('done' as const, 'snooze' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('settings' as const),
    minutes: fc.constantFrom(8 * 60, 9 * 60, 13 * 60 + 30),
    notifications: fc.boolean(),
    soon: fc.constantFrom(0, 15, 60),
    length: fc.constantFrom(30, 60, 240),
    thanks: fc.boolean(),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('plan' as const),
      pick: fc.nat(),
      days: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      hour: fc.option(fc.integer({ min: 7, max: 19 }), { nil: null }),
    }),
  },
  fc.record({ op: fc.constant('restart' as const), alarmsLost: fc.boolean() }),
  { weight: 4, arbitrary: fc.record({ op: fc.constant('time' as const), hours: fc.integer({ min: 1, max: 96 }) }) },
);

/** A rare step: an import of more pending reminders than the alarms can hold at once. */
const bulk: fc.Arbitrary<Step> = fc.record({ op: fc.constant('bulk' as const), spreadHours: fc.integer({ min: 1, max: 48 }) });
const BULK_APPLICATIONS = MAX_REMINDER_ALARMS + 30;

const steps = fc
  .tuple(
    fc.array(step, { minLength: 1, maxLength: 30, size: 'max' }),
    fc.oneof({ weight: 29, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(bulk, fc.nat()) }),
  )
  .map(([list, extra]) =>
    extra ? [...list.slice(0, extra[1] % (list.length + 1)), extra[0], ...list.slice(extra[1] % (list.length + 1))] : list,
  );

/** The debrief as the form would send it again, from a stored interview. */
function debriefOf(i: DebriefInput & { id?: string; applicationId?: string; createdAt?: number }): DebriefInput {
  const { id: _id, applicationId: _app, createdAt: _created, ...rest } = i;
  return rest;
}

/** Domain refusals a step may meet (a restore whose job was tracked again): they change nothing. */
const refused = (e: unknown) => e instanceof ConflictError || e instanceof KeyTakenError;

async function run(list: Step[]): Promise<void> {
  const db: Db = await freshDb();
  const ports = fakePorts();
  const alarms = ports.alarms.scheduled;
  let now = NOW;
  const handlers = makeHandlers(ports, db, () => now);
  /** What the worker does on its own, outside any message: at each start and when an alarm fires. */
  const workerSync = () => syncReminders(ports, db, now);
  /** Applications whose call the user set (or moved) themselves. */
  const userSet = new Map<string, boolean>();
  const deleted: FullApplication[] = [];
  /**
   * Time passes: alarms whose time came fire (once) and vanish; each wakes the worker, whose alarm
   * listener syncs: one sync at the later time covers them all.
   */
  const advance = async (ms: number) => {
    now += ms;
    const fired = [...alarms].filter(([, when]) => when <= now);
    for (const [name] of fired) alarms.delete(name);
    if (fired.length) await workerSync();
  };
  try {
    for (const s of list) {
      // No two user steps happen in the same millisecond.
      await advance(1000);
      const pending = await pendingReminders(db);
      switch (s.op) {
        case 'save': {
          const at = now - s.ageDays * DAY - H;
          const settings = await getSettings(db);
          const minutes = settings.reminderMinutes;
          const answerBy = s.answerDays === null ? null : localDayAt(at, s.answerDays, minutes);
          const nextSteps =
            s.verdict === 'convinced' && s.stepDays !== null ? [{ withWhom: 'CTO', when: toDateInput(localDayAt(at, s.stepDays, 0)) }] : [];
          const rejected = s.verdict === 'rejected';
          // What the debrief form sends: the default call unless the user set one; none after a rejection.
          const followUpAt = rejected
            ? null
            : s.followUpDays === null
              ? defaultFollowUpOf({ interviewAt: at, verdict: s.verdict, answerBy, nextSteps }, settings)
              : at + s.followUpDays * DAY + H;
          const jobKey = `https://jobs.acme.test/${s.job}`;
          const existing = (await db.getAll('applications')).find((a) => a.jobKey === jobKey);
          const latestAt = existing
            ? Math.max(...(await db.getAll('interviews')).filter((i) => i.applicationId === existing.id).map((i) => i.interviewAt))
            : -Infinity;
          const saved = await handlers.saveDebrief({
            posting: { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: jobKey },
            jobKey,
            pageUrl: jobKey,
            debrief: debrief({
              interviewAt: at,
              verdict: s.verdict,
              nextSteps,
              followUpAt,
              answerBy,
              feedbackAt: rejected && s.feedbackDays !== null ? localDayAt(at, s.feedbackDays, minutes) : null,
            }),
          });
          // A late debrief for an older interview leaves the newer one in charge.
          if (at >= latestAt) userSet.set(saved.application.id, !rejected && s.followUpDays !== null);
          break;
        }
        case 'edit': {
          const interviews = await db.getAll('interviews');
          const i = interviews[s.pick % Math.max(1, interviews.length)];
          if (!i || i.verdict === 'rejected') continue;
          await handlers.updateInterview({
            interviewId: i.id,
            debrief: { ...debriefOf(i), followUpAt: i.interviewAt + s.followUpDays * DAY + H },
          });
          userSet.set(i.applicationId, true);
          break;
        }
        case 'outcome': {
          const apps = await db.getAll('applications');
          const app = apps[s.pick % Math.max(1, apps.length)];
          if (!app) continue;
          const answer = s.kind === 'offer' || s.kind === 'next-interview' || s.kind === 'rejected';
          const outcome: OutcomeInput = answer
            ? {
                kind: 'answer',
                at: now,
                note: '',
                result: s.kind as 'offer' | 'next-interview' | 'rejected',
                ...(s.kind === 'next-interview'
                  ? { nextInterview: { withWhom: 'CTO', on: '', time: '', channel: null, stage: 'team' as const } }
                  : {}),
              }
            : { kind: s.kind as 'no-answer' | 'new-date', at: now, note: '' };
          const reminderId = answeredReminder(
            pending.filter((r) => r.applicationId === app.id),
            now,
          )?.id;
          await handlers.recordOutcome({ applicationId: app.id, reminderId, outcome });
          break;
        }
        case 'resolve': {
          const flagged = (await db.getAll('applications')).filter((a) => a.probablyClosed);
          const app = flagged[s.pick % Math.max(1, flagged.length)];
          if (!app) continue;
          await handlers.resolveProbablyClosed({ applicationId: app.id, decision: s.decision });
          break;
        }
        case 'done':
        case 'snooze': {
          const r = pending[s.pick % Math.max(1, pending.length)];
          if (!r) continue;
          if (s.op === 'done') await handlers.completeReminder({ reminderId: r.id });
          else {
            await handlers.snoozeReminder({ reminderId: r.id });
            // The user moved a date: a call may now come before the promise, knowingly.
            userSet.set(r.applicationId, true);
          }
          break;
        }
        case 'delete': {
          const apps = await db.getAll('applications');
          const app = apps[s.pick % Math.max(1, apps.length)];
          if (!app) continue;
          deleted.push(await handlers.deleteApplication({ applicationId: app.id }));
          break;
        }
        case 'restore': {
          const snapshot = deleted.splice(s.pick % Math.max(1, deleted.length), 1)[0];
          if (!snapshot) continue;
          await handlers.restoreApplication(snapshot).catch((e) => {
            if (!refused(e)) throw e;
          });
          break;
        }
        case 'settings':
          await handlers.saveSettings({
            ...(await getSettings(db)),
            reminderMinutes: s.minutes,
            notifications: s.notifications,
            interviewSoonMinutes: s.soon,
            interviewLengthMinutes: s.length,
            thankYouReminder: s.thanks,
          });
          break;
        case 'plan': {
          const apps = await db.getAll('applications');
          const app = apps[s.pick % Math.max(1, apps.length)];
          if (!app) continue;
          const time = s.hour === null ? '' : `${String(s.hour).padStart(2, '0')}:30`;
          const plan =
            s.days === null
              ? null
              : { on: toDateInput(localDayAt(now, s.days, 0)), time, channel: null, withWhom: 'Léa', role: '', stage: null };
          await handlers.planInterview({ applicationId: app.id, plan });
          break;
        }
        case 'bulk': {
          const file = makeExport(BULK_APPLICATIONS, 'bulk');
          // Every application's call pending, spread over the coming hours: more than the alarms hold.
          file.reminders = file.reminders.map((r, n) =>
            r.kind === 'follow-up'
              ? { ...r, dueAt: now + (n + 1) * Math.round((s.spreadHours * H) / file.reminders.length), pendingDueAt: undefined }
              : r,
          );
          for (const r of file.reminders) if (r.kind === 'follow-up') r.pendingDueAt = r.dueAt;
          for (const a of file.applications)
            a.nextDueAt = file.reminders.find((r) => r.applicationId === a.id && isPending(r))?.dueAt ?? null;
          await handlers.importData({ json: JSON.stringify(file) });
          break;
        }
        case 'restart':
          // A new worker: nothing in memory. Chrome clears the alarms on update and may lose them on
          // a restart; the worker's start re-derives them from storage.
          if (s.alarmsLost) alarms.clear();
          await workerSync();
          break;
        case 'time':
          await advance(s.hours * H);
          break;
      }

      const stored = await pendingReminders(db);
      const unfired = stored.filter((r) => r.notifiedAt === undefined);
      const future = unfired.filter((r) => r.dueAt > now).sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1));
      const expected = new Map(future.slice(0, MAX_REMINDER_ALARMS).map((r) => [ALARM_PREFIX + r.id, r.dueAt]));
      const actual = new Map([...alarms].filter(([name]) => name.startsWith(ALARM_PREFIX)));
      expect(actual, `alarms after ${s.op}`).toEqual(expected);
      expect(
        unfired.filter((r) => r.dueAt <= now),
        `a due reminder was left unfired after ${s.op}`,
      ).toEqual([]);
      expect(
        stored.filter((r) => r.dueAt > now && r.notifiedAt !== undefined),
        `a reminder still to come is marked notified after ${s.op}`,
      ).toEqual([]);
      await checkMethod(db, now, userSet);
    }
  } finally {
    db.close();
  }
}

/** The method's rules, over every application as the step left it. */
async function checkMethod(db: Db, now: number, userSet: Map<string, boolean>): Promise<void> {
  const pending = (await db.getAll('reminders')).filter(isPending);
  const interviews = await db.getAll('interviews');
  for (const app of await db.getAll('applications')) {
    const mine = pending.filter((r) => r.applicationId === app.id);
    const calls = mine.filter((r) => r.kind === 'follow-up');
    const promises = mine.filter((r) => r.kind === 'answer-due');
    if (!userSet.get(app.id)) {
      for (const call of calls)
        for (const promise of promises)
          expect(startOfLocalDay(call.dueAt), 'a pending call before a pending promised-answer date').toBeGreaterThanOrEqual(
            startOfLocalDay(promise.dueAt),
          );
    }
    if (app.status === 'closed') expect([...calls, ...promises], 'a pending call on a closed application').toEqual([]);
    // The evening's thank-you (docs/method.md §4): the day of its interview, never after a rejection.
    for (const thanks of mine.filter((r) => r.kind === 'thank-you')) {
      const interview = interviews.find((i) => i.id === thanks.interviewId);
      expect(interview?.verdict, 'a thank-you pending after a rejection').not.toBe('rejected');
      // Set the evening of the interview's day; only a snooze moves it later.
      expect(thanks.dueAt, 'a thank-you before its interview').toBeGreaterThanOrEqual(interview!.interviewAt);
    }
    if (app.probablyClosed) {
      const latest = interviews
        .filter((i) => i.applicationId === app.id)
        .sort((a, b) => b.interviewAt - a.interviewAt || b.createdAt - a.createdAt)[0];
      if (latest?.answerBy != null)
        expect(now, '"probably closed" before the promised day ended').toBeGreaterThanOrEqual(endOfLocalDay(latest.answerBy));
    }
  }
}

describe('alarms always equal the pending reminders', () => {
  it('over random sequences of saves (late ones for older interviews too), edits, outcomes, decisions, done, snooze, deletes, restores, settings changes, bulk imports, restarts, lost alarms and time, all through the handlers', async () => {
    await fc.assert(fc.asyncProperty(steps, run), { numRuns: 300 });
  }, 60_000);
});
