// Property: whatever the user and the browser do, in any order, the reminder alarms are
// exactly the stored pending reminders that have not fired yet — none missing, none extra — and no
// reminder whose time has passed is left unfired. Runs the real worker code (syncReminders, fireDue)
// and the real storage on fake-indexeddb; only the browser ports are fakes (test/fakes).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncReminders } from '../../src/background/reminders';
import { ALARM_PREFIX } from '../../src/core/reminders';
import { MAX_REMINDER_ALARMS } from '../../src/core/alarm-plan';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { pendingReminders } from '../../src/storage/reads';
import { deleteApplication } from '../../src/storage/edit-writes';
import { saveSettings } from '../../src/storage/settings-writes';
import { completeReminder, saveDebrief, snoozeReminder } from '../../src/storage/writes';
import type { Db } from '../../src/storage/schema';
import { fakePorts } from '../fakes/ports';
import { args, DAY, debrief, freshDb, H, NOW } from '../storage/helpers';

type Step =
  | { op: 'save'; job: number; followUpDays: number; answerDays: number | null }
  | { op: 'done' | 'snooze'; pick: number }
  | { op: 'delete'; pick: number }
  | { op: 'settings'; minutes: number }
  | { op: 'restart' }
  | { op: 'alarmsCleared' }
  | { op: 'time'; hours: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('save' as const),
    job: fc.integer({ min: 0, max: 3 }),
    followUpDays: fc.integer({ min: 0, max: 10 }),
    answerDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  }),
  fc.record({ op: fc.constantFrom('done' as const, 'snooze' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('settings' as const), minutes: fc.constantFrom(8 * 60, 9 * 60, 13 * 60 + 30) }),
  fc.record({ op: fc.constant('restart' as const) }),
  fc.record({ op: fc.constant('alarmsCleared' as const) }),
  fc.record({ op: fc.constant('time' as const), hours: fc.integer({ min: 1, max: 72 }) }),
);

async function run(steps: Step[]): Promise<void> {
  const db: Db = await freshDb();
  const ports = fakePorts();
  const alarms = ports.alarms.scheduled;
  let now = NOW;
  let minutes = DEFAULT_SETTINGS.reminderMinutes;
  try {
    for (const s of steps) {
      const pending = await pendingReminders(db);
      switch (s.op) {
        case 'save': {
          const at = now - H;
          await saveDebrief(
            db,
            args(
              { jobKey: `https://jobs.acme.test/${s.job}` },
              debrief({
                interviewAt: at,
                followUpAt: at + s.followUpDays * DAY + H,
                answerBy: s.answerDays === null ? null : at + s.answerDays * DAY + 2 * H,
              }),
            ),
            { now },
          );
          break;
        }
        case 'done':
        case 'snooze': {
          const r = pending[s.pick % Math.max(1, pending.length)];
          if (!r) continue;
          if (s.op === 'done') await completeReminder(db, r.id, { now });
          else await snoozeReminder(db, r.id, now + DAY, { now });
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
          await saveSettings(db, { ...DEFAULT_SETTINGS, reminderMinutes: minutes }, { now });
          break;
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
    }
  } finally {
    db.close();
  }
}

describe('alarms always equal the pending reminders', () => {
  it('over random sequences of saves, done, snooze, deletes, settings changes, restarts, lost alarms and time', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), run), { numRuns: 60 });
  });
});
