// Property: whatever the user and the browser do, in any order, the reminder alarms are
// exactly the stored pending reminders that have not fired yet — none missing, none extra — and no
// reminder whose time has passed is left unfired. And the method's rules hold after every step
// (docs/method.md §2, §3): no pending call before a pending promised-answer date unless the user set
// it so; no pending call on an application closed (a rejection); never "probably closed" before the
// promised day has ended. Runs the real worker code (syncReminders, fireDue) and the real storage on
// fake-indexeddb; only the browser ports are fakes (test/fakes).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncReminders } from '../../src/background/reminders';
import { ALARM_PREFIX, answeredReminder, isPending } from '../../src/core/reminders';
import { MAX_REMINDER_ALARMS } from '../../src/core/alarm-plan';
import { endOfLocalDay, localDayAt, startOfLocalDay, toDateInput } from '../../src/core/dates';
import { defaultFollowUpOf } from '../../src/core/follow-up';
import { DEFAULT_SETTINGS, VERDICTS, type OutcomeInput, type Verdict } from '../../src/core/types';
import { pendingReminders } from '../../src/storage/reads';
import { deleteApplication, planInterview } from '../../src/storage/edit-writes';
import { recordOutcome, resolveProbablyClosed } from '../../src/storage/outcome-writes';
import { saveSettings } from '../../src/storage/settings-writes';
import { completeReminder, saveDebrief, snoozeReminder } from '../../src/storage/writes';
import type { Db } from '../../src/storage/schema';
import { fakePorts } from '../fakes/ports';
import { args, DAY, debrief, freshDb, H, NOW } from '../storage/helpers';

type Step =
  | {
      op: 'save';
      job: number;
      verdict: Verdict;
      /** null: the form's default (core/follow-up.ts); a number: a date the user set. */
      followUpDays: number | null;
      answerDays: number | null;
      /** A convinced verdict's dated next step. */
      stepDays: number | null;
      /** After a rejection: "ask for feedback" ticked, that many days on. */
      feedbackDays: number | null;
    }
  | { op: 'outcome'; pick: number; kind: 'no-answer' | 'new-date' | 'offer' | 'next-interview' | 'rejected' }
  | { op: 'resolve'; pick: number; decision: 'confirm' | 'keep' }
  | { op: 'done' | 'snooze'; pick: number }
  | { op: 'delete'; pick: number }
  | { op: 'settings'; minutes: number; soon: number; length: number }
  /** Plan (or, days null, cancel) an application's next interview, `hour` null: no start time. */
  | { op: 'plan'; pick: number; days: number | null; hour: number | null }
  | { op: 'restart' }
  | { op: 'alarmsCleared' }
  | { op: 'time'; hours: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('save' as const),
    job: fc.integer({ min: 0, max: 2 }),
    verdict: fc.constantFrom(...VERDICTS),
    followUpDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    answerDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    stepDays: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    feedbackDays: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  }),
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
  fc.record({
    op: fc.constant('settings' as const),
    minutes: fc.constantFrom(8 * 60, 9 * 60, 13 * 60 + 30),
    soon: fc.constantFrom(0, 15, 60),
    length: fc.constantFrom(30, 60, 240),
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
  fc.record({ op: fc.constant('restart' as const) }),
  fc.record({ op: fc.constant('alarmsCleared' as const) }),
  { weight: 4, arbitrary: fc.record({ op: fc.constant('time' as const), hours: fc.integer({ min: 1, max: 96 }) }) },
);

async function run(steps: Step[]): Promise<void> {
  const db: Db = await freshDb();
  const ports = fakePorts();
  const alarms = ports.alarms.scheduled;
  let now = NOW;
  let settings = DEFAULT_SETTINGS;
  let minutes = settings.reminderMinutes;
  /** Applications whose call the user set (or moved) themselves. */
  const userSet = new Map<string, boolean>();
  try {
    for (const s of steps) {
      const pending = await pendingReminders(db);
      switch (s.op) {
        case 'save': {
          const at = now - H;
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
          const saved = await saveDebrief(
            db,
            args(
              { jobKey },
              debrief({
                interviewAt: at,
                verdict: s.verdict,
                nextSteps,
                followUpAt,
                answerBy,
                feedbackAt: rejected && s.feedbackDays !== null ? localDayAt(at, s.feedbackDays, minutes) : null,
              }),
            ),
            { now },
          );
          userSet.set(saved.application.id, !rejected && s.followUpDays !== null);
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
                ...(s.kind === 'next-interview' ? { nextInterview: { withWhom: 'CTO', on: '', stage: 'team' as const } } : {}),
              }
            : { kind: s.kind as 'no-answer' | 'new-date', at: now, note: '' };
          const reminderId = answeredReminder(
            pending.filter((r) => r.applicationId === app.id),
            now,
          )?.id;
          await recordOutcome(db, { applicationId: app.id, reminderId, outcome }, { now });
          break;
        }
        case 'resolve': {
          const flagged = (await db.getAll('applications')).filter((a) => a.probablyClosed);
          const app = flagged[s.pick % Math.max(1, flagged.length)];
          if (!app) continue;
          await resolveProbablyClosed(db, { applicationId: app.id, decision: s.decision }, { now });
          break;
        }
        case 'done':
        case 'snooze': {
          const r = pending[s.pick % Math.max(1, pending.length)];
          if (!r) continue;
          if (s.op === 'done') await completeReminder(db, r.id, { now });
          else {
            await snoozeReminder(db, r.id, now + DAY, { now });
            // The user moved a date: a call may now come before the promise, knowingly.
            userSet.set(r.applicationId, true);
          }
          break;
        }
        case 'delete': {
          const apps = await db.getAll('applications');
          const app = apps[s.pick % Math.max(1, apps.length)];
          if (!app) continue;
          await deleteApplication(db, { applicationId: app.id });
          break;
        }
        case 'settings':
          minutes = s.minutes;
          settings = { ...DEFAULT_SETTINGS, reminderMinutes: minutes, interviewSoonMinutes: s.soon, interviewLengthMinutes: s.length };
          await saveSettings(db, settings, { now });
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
          await planInterview(db, { applicationId: app.id, plan }, { now });
          break;
        }
        case 'restart':
          break; // A new worker: nothing in memory; it syncs from storage like every start.
        case 'alarmsCleared':
          alarms.clear(); // Chrome clears them on update and may on restart; the next start syncs.
          break;
        case 'time': {
          now += s.hours * H;
          // Alarms whose time came fire once and vanish; the worker's handler is the sync below.
          const fired = [...alarms].filter(([name, when]) => name.startsWith(ALARM_PREFIX) && when <= now);
          for (const [name] of fired) alarms.delete(name);
          break;
        }
      }
      // What every handler and every worker start does after its work.
      await syncReminders(ports, db, now);

      const stored = (await pendingReminders(db)).filter((r) => r.notifiedAt === undefined);
      const future = stored.filter((r) => r.dueAt > now).sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1));
      const expected = new Map(future.slice(0, MAX_REMINDER_ALARMS).map((r) => [ALARM_PREFIX + r.id, r.dueAt]));
      const actual = new Map([...alarms].filter(([name]) => name.startsWith(ALARM_PREFIX)));
      expect(actual).toEqual(expected);
      expect(
        stored.filter((r) => r.dueAt <= now),
        'a due reminder was left unfired',
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
    // A planned interview's reminders are those of its plan, and only while one is planned.
    const planned = mine.filter((r) => r.kind === 'interview-soon' || r.kind === 'how-did-it-go');
    if (!app.nextInterview) expect(planned, 'an interview reminder with no interview planned').toEqual([]);
    expect(new Set(planned.map((r) => r.kind)).size, 'an interview reminder twice').toBe(planned.length);
    if (app.probablyClosed) {
      const latest = interviews.filter((i) => i.applicationId === app.id).sort((a, b) => b.interviewAt - a.interviewAt)[0];
      if (latest?.answerBy != null)
        expect(now, '"probably closed" before the promised day ended').toBeGreaterThanOrEqual(endOfLocalDay(latest.answerBy));
    }
  }
}

describe('alarms always equal the pending reminders', () => {
  it('over random sequences of saves, outcomes, planned interviews, decisions, done, snooze, deletes, settings changes, restarts, lost alarms and time', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40, size: 'max' }), run), { numRuns: 80 });
    // Some 2.5 s alone; the whole suite shares the machine's cores with it.
  }, 30_000);
});
