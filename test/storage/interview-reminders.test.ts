// Fixed time zone: reminder hours are local. Set before any Date use.
import '../paris-time';

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Reminder } from '../../src/core/types';
import { planInterview, updateInterview } from '../../src/storage/edit-writes';
import { recordOutcome, resolveProbablyClosed } from '../../src/storage/outcome-writes';
import { dueCount, dueItems } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { saveSettings } from '../../src/storage/settings-writes';
import { saveDebrief } from '../../src/storage/writes';
import { args, DAY, freshDb, H, NOW } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
// NOW is 2026-04-01 12:00 in Paris; the interview is planned on 2026-04-03 at 14:00.
const plan = { on: '2026-04-03', time: '14:00', channel: 'video' as const, withWhom: 'Léa Roux', role: 'CTO', stage: 'final' as const };
const SOON = local(2026, 4, 3, 13, 45);
const AFTER = local(2026, 4, 3, 15);

const interviewRows = async (applicationId: string) =>
  (await db.getAllFromIndex('reminders', 'by-application', applicationId)).filter(
    (r) => r.kind === 'interview-soon' || r.kind === 'how-did-it-go',
  );
const pendingInterview = async (applicationId: string) =>
  (await interviewRows(applicationId))
    .filter((r) => r.pendingDueAt !== undefined)
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((r) => [r.kind, r.dueAt]);

async function planned() {
  const { application } = await saveDebrief(db, args(), { now: NOW });
  const app = await planInterview(db, { applicationId: application.id, plan }, { now: NOW + H });
  return app;
}

describe("a planned interview's reminders", () => {
  it('planning it sets "interview soon" and "how did it go?"; the next follow-up date stays the call\'s', async () => {
    const app = await planned();
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', SOON],
      ['how-did-it-go', AFTER],
    ]);
    const rows = await interviewRows(app.id);
    expect(rows.every((r: Reminder) => r.interviewId === '' && r.applicationId === app.id)).toBe(true);
    expect(app.nextDueAt).toBe(NOW + 7 * DAY);
  });

  it('a changed plan replaces them; a cancelled one stops them', async () => {
    const app = await planned();
    await planInterview(db, { applicationId: app.id, plan: { ...plan, time: '10:00' } }, { now: NOW + 2 * H });
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', local(2026, 4, 3, 9, 45)],
      ['how-did-it-go', local(2026, 4, 3, 11)],
    ]);
    expect((await interviewRows(app.id)).filter((r) => r.closedBy === 'superseded')).toHaveLength(2);
    await planInterview(db, { applicationId: app.id, plan: null }, { now: NOW + 3 * H });
    expect(await pendingInterview(app.id)).toEqual([]);
  });

  it('a debrief recorded after the interview stops "how did it go?"', async () => {
    const app = await planned();
    await saveDebrief(
      db,
      { ...args({}, { interviewAt: local(2026, 4, 3, 14), followUpAt: local(2026, 4, 10, 9) }) },
      { now: local(2026, 4, 3, 14, 50) },
    );
    expect(await pendingInterview(app.id)).toEqual([]);
    const after = (await interviewRows(app.id)).find((r) => r.kind === 'how-did-it-go')!;
    expect(after).toMatchObject({ closedBy: 'superseded', doneAt: local(2026, 4, 3, 14, 50) });
  });

  it('a debrief announcing the next interview (a dated next step) sets its reminders', async () => {
    const { application } = await saveDebrief(
      db,
      args(
        {},
        { verdict: 'convinced', weakPoint: '', nextSteps: [{ withWhom: 'CEO', when: '2026-04-09' }], followUpAt: local(2026, 4, 10, 9) },
      ),
      { now: NOW },
    );
    expect(await pendingInterview(application.id)).toEqual([
      ['interview-soon', local(2026, 4, 9, 9)],
      ['how-did-it-go', local(2026, 4, 10, 9)],
    ]);
  });

  it('a follow-up call with a new date keeps them; an answer "next interview" replans them; a rejection stops them', async () => {
    const app = await planned();
    await recordOutcome(db, { applicationId: app.id, outcome: { kind: 'new-date', at: NOW + 2 * H, note: '' } }, { now: NOW + 2 * H });
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', SOON],
      ['how-did-it-go', AFTER],
    ]);
    await recordOutcome(
      db,
      {
        applicationId: app.id,
        outcome: {
          kind: 'answer',
          at: NOW + 3 * H,
          note: '',
          result: 'next-interview',
          nextInterview: { withWhom: 'CEO', on: '2026-04-08', time: '', channel: null, stage: 'final' },
        },
      },
      { now: NOW + 3 * H },
    );
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', local(2026, 4, 8, 9)],
      ['how-did-it-go', local(2026, 4, 9, 9)],
    ]);
    await recordOutcome(
      db,
      { applicationId: app.id, outcome: { kind: 'answer', at: NOW + 4 * H, note: '', result: 'rejected', reason: '' } },
      { now: NOW + 4 * H },
    );
    expect(await pendingInterview(app.id)).toEqual([]);
  });

  it('an answer "next interview" with a start time: "interview soon" the set minutes before it, not at the reminder hour', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const { application: app } = await recordOutcome(
      db,
      {
        applicationId: application.id,
        outcome: {
          kind: 'answer',
          at: NOW + H,
          note: '',
          result: 'next-interview',
          nextInterview: { withWhom: 'CEO', on: '2026-04-08', time: '16:30', channel: 'phone', stage: 'final' },
        },
      },
      { now: NOW + H },
    );
    expect(app.nextInterview).toEqual({ on: '2026-04-08', time: '16:30', channel: 'phone', withWhom: 'CEO', role: '', stage: 'final' });
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', local(2026, 4, 8, 16, 15)],
      ['how-did-it-go', local(2026, 4, 8, 17, 30)],
    ]);
  });

  it('confirming "probably closed" stops them', async () => {
    const app = await planned();
    await resolveProbablyClosed(db, { applicationId: app.id, decision: 'confirm' }, { now: NOW + 2 * H });
    expect(await pendingInterview(app.id)).toEqual([]);
  });

  it('editing the debrief that announced the plan follows it', async () => {
    const { application, interview } = await saveDebrief(
      db,
      args(
        {},
        { verdict: 'convinced', weakPoint: '', nextSteps: [{ withWhom: 'CEO', when: '2026-04-09' }], followUpAt: local(2026, 4, 10, 9) },
      ),
      { now: NOW },
    );
    await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, nextSteps: [{ withWhom: 'CEO', when: '2026-04-07' }] } },
      { now: NOW + H },
    );
    expect(await pendingInterview(application.id)).toEqual([
      ['interview-soon', local(2026, 4, 7, 9)],
      ['how-did-it-go', local(2026, 4, 8, 9)],
    ]);
  });

  it('new minutes or a new reminder hour in the settings set them again; the calls move only with the hour', async () => {
    const app = await planned();
    await saveSettings(db, { ...DEFAULT_SETTINGS, interviewSoonMinutes: 30, interviewLengthMinutes: 90 }, { now: NOW + 2 * H });
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', local(2026, 4, 3, 13, 30)],
      ['how-did-it-go', local(2026, 4, 3, 15, 30)],
    ]);
    await saveSettings(
      db,
      { ...DEFAULT_SETTINGS, interviewSoonMinutes: 30, interviewLengthMinutes: 90, reminderMinutes: 8 * 60 },
      { now: NOW + 3 * H },
    );
    // A start time is not the reminder hour: they stay.
    expect(await pendingInterview(app.id)).toEqual([
      ['interview-soon', local(2026, 4, 3, 13, 30)],
      ['how-did-it-go', local(2026, 4, 3, 15, 30)],
    ]);
  });

  it('they are not due calls: out of the due list and the count, but notified ("all")', async () => {
    const app = await planned();
    expect(await dueItems(db, SOON)).toEqual([]);
    expect(await dueCount(db, SOON)).toBe(0);
    expect((await dueItems(db, SOON, 'all')).map((i) => [i.application.id, i.reminder.kind])).toEqual([[app.id, 'interview-soon']]);
  });
});
