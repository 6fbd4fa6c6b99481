// Fixed time zone: reminder hours are local. Set before any Date use.
import '../paris-time';

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { deleteApplication, planInterview, restoreApplication, trackInterview, updateInterview } from '../../src/storage/edit-writes';
import { ApplicationNotFoundError, ConflictError } from '../../src/storage/errors';
import { flagProbablyClosed, recordOutcome, resolveProbablyClosed } from '../../src/storage/outcome-writes';
import { pendingRemindersOf } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { saveSettings } from '../../src/storage/settings-writes';
import { linkJobKey, saveDebrief } from '../../src/storage/writes';
import { args, DAY, freshDb, H, ids, NOW, snapshot } from './helpers';

/**
 * The write rules at their edges: which interview drives the application after an edit, what an
 * undo puts back, the stored settings every write reads, and applications without any interview.
 */
let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
// NOW is 2026-04-01 12:00 in Paris; the interview is planned on 2026-04-03 at 14:00.
const plan = { on: '2026-04-03', time: '14:00', channel: 'video' as const, withWhom: 'Léa Roux', role: 'CTO', stage: 'final' as const };
const posting = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.acme.test/42' };
/** The pending "interview soon" reminders of an application (pendingRemindersOf lists the calls only). */
const soonOf = async (applicationId: string) =>
  (await db.getAllFromIndex('reminders', 'by-application', applicationId))
    .filter((r) => r.kind === 'interview-soon' && r.pendingDueAt !== undefined)
    .map((r) => r.dueAt);

describe('updateInterview: which interview drives the application', () => {
  const seed = () => saveDebrief(db, args({}, { answerBy: NOW + 3 * DAY, followUpAt: NOW + 7 * DAY }), { now: NOW, newId: ids('s') });

  it('the only interview moved to an earlier time is still the newest', async () => {
    const { interview } = await seed();
    const { application } = await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, interviewAt: interview.interviewAt - 2 * DAY, verdict: 'rejected' } },
      { now: NOW + H },
    );
    expect(application).toMatchObject({ status: 'closed', lastVerdict: 'rejected' });
  });

  it('the newer of two interviews drives it', async () => {
    await seed();
    const newer = await saveDebrief(db, args({}, { interviewAt: NOW - H, followUpAt: NOW + 8 * DAY }), { now: NOW + H });
    const { application } = await updateInterview(
      db,
      { interviewId: newer.interview.id, debrief: { ...newer.interview, verdict: 'rejected' } },
      { now: NOW + 2 * H },
    );
    expect(application).toMatchObject({ status: 'closed', lastVerdict: 'rejected' });
  });

  it('a new follow-up date before the other reminders becomes the next date', async () => {
    const { interview } = await seed();
    const { application } = await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, followUpAt: NOW + 2 * DAY } },
      { now: NOW + H },
    );
    expect(application.nextDueAt).toBe(NOW + 2 * DAY);
  });

  it('a timeline entry that is not a call ("keep pursuing") does not stop the edit from moving the reminders', async () => {
    const { application, interview } = await seed();
    await resolveProbablyClosed(db, { applicationId: application.id, decision: 'keep' }, { now: NOW + H });
    await updateInterview(db, { interviewId: interview.id, debrief: { ...interview, followUpAt: NOW + 10 * DAY } }, { now: NOW + 2 * H });
    expect((await pendingRemindersOf(db, application.id)).map((r) => [r.kind, r.dueAt])).toContainEqual(['follow-up', NOW + 10 * DAY]);
  });

  it.each([
    ['at the interview time itself', 0, 0],
    ['between the old interview time and the new one', H, 2 * H],
  ])('a call recorded %s: the edit no longer moves the reminders', async (_n, callAfter, moveBy) => {
    const { application, interview } = await seed();
    await recordOutcome(
      db,
      {
        applicationId: application.id,
        outcome: { kind: 'new-date', at: interview.interviewAt + callAfter, nextFollowUpAt: NOW + 5 * DAY, note: '' },
      },
      { now: NOW + H },
    );
    const pending = await pendingRemindersOf(db, application.id);
    await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, interviewAt: interview.interviewAt + moveBy, followUpAt: NOW + 10 * DAY } },
      { now: NOW + 2 * H },
    );
    expect(await pendingRemindersOf(db, application.id)).toEqual(pending);
  });

  it('the newest interview followed by a call: its new verdict is the last verdict, the status stays', async () => {
    const { application, interview } = await seed();
    await recordOutcome(db, { applicationId: application.id, outcome: { kind: 'no-answer', at: NOW, note: '' } }, { now: NOW + H });
    const { application: app } = await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, verdict: 'convinced' } },
      { now: NOW + 2 * H },
    );
    expect(app).toMatchObject({ lastVerdict: 'convinced', status: 'waiting' });
  });
});

describe('restoreApplication', () => {
  it('is refused when one of its rows is back already (an import in between), writing nothing', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const set = await deleteApplication(db, { applicationId: application.id });
    await db.put('interviews', set.interviews[0]!);
    const before = await snapshot(db);
    await expect(restoreApplication(db, set, { now: NOW + H })).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('sets the next date from the reminders it puts back', async () => {
    const { application } = await saveDebrief(db, args({}, { answerBy: NOW + 3 * DAY }), { now: NOW });
    const set = await deleteApplication(db, { applicationId: application.id });
    const restored = await restoreApplication(db, { ...set, application: { ...set.application, nextDueAt: null } }, { now: NOW + H });
    expect(restored.nextDueAt).toBe(NOW + 3 * DAY);
  });
});

describe('the stored settings, read by every write', () => {
  const early = { ...DEFAULT_SETTINGS, interviewSoonMinutes: 60 };

  it('planning or tracking an interview sets "interview soon" from them', async () => {
    await saveSettings(db, early, { now: NOW });
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await planInterview(db, { applicationId: application.id, plan }, { now: NOW + H });
    expect(await soonOf(application.id)).toEqual([local(2026, 4, 3, 13)]);
    const tracked = await trackInterview(db, { posting, jobKey: 'jobs.acme.test/7', urls: [], plan }, { now: NOW + H });
    expect(await soonOf(tracked.id)).toEqual([local(2026, 4, 3, 13)]);
  });

  it('an edited debrief that announces the next interview sets its reminders from them', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, reminderMinutes: 8 * 60 }, { now: NOW });
    const { application, interview } = await saveDebrief(db, args(), { now: NOW });
    await updateInterview(
      db,
      { interviewId: interview.id, debrief: { ...interview, verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: '2026-04-10' }] } },
      { now: NOW + H },
    );
    // No time given: "interview soon" at the reminder time on its day.
    expect(await soonOf(application.id)).toEqual([local(2026, 4, 10, 8)]);
  });

  it('"probably closed" follows the retries setting: lowered to none, one call with no answer is enough', async () => {
    const { application } = await saveDebrief(db, args({}, { verdict: 'convinced', answerBy: null }), { now: NOW });
    await recordOutcome(db, { applicationId: application.id, outcome: { kind: 'no-answer', at: NOW + DAY, note: '' } }, { now: NOW + DAY });
    expect(await flagProbablyClosed(db, [application.id], { now: NOW + DAY })).toEqual([]);
    await saveSettings(db, { ...DEFAULT_SETTINGS, maxNoAnswerRetries: 0 }, { now: NOW + DAY });
    expect(await flagProbablyClosed(db, [application.id], { now: NOW + DAY + H })).toEqual([application.id]);
  });
});

describe('an application without any interview (tracked from its posting)', () => {
  const track = () => trackInterview(db, { posting, jobKey: 'jobs.acme.test/42', urls: [], plan }, { now: NOW });

  it('a call with a new date sets a follow-up of no interview', async () => {
    const app = await track();
    await recordOutcome(db, { applicationId: app.id, outcome: { kind: 'new-date', at: NOW + H, note: '' } }, { now: NOW + H });
    const followUps = (await pendingRemindersOf(db, app.id)).filter((r) => r.kind === 'follow-up');
    expect(followUps.map((r) => r.interviewId)).toEqual(['']);
  });

  it('keep pursuing sets a retry of no interview, keeps the planned interview, and the next date is that retry', async () => {
    const app = await track();
    const { application } = await resolveProbablyClosed(db, { applicationId: app.id, decision: 'keep' }, { now: NOW });
    const retry = (await pendingRemindersOf(db, app.id)).find((r) => r.kind === 'follow-up');
    expect(retry?.interviewId).toBe('');
    expect(application.nextInterview).toEqual(plan);
    expect(application.nextDueAt).toBe(retry?.dueAt);
  });
});

describe('follow-up calls', () => {
  it('an answer "next interview" on an application with none planned sets its reminders', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await recordOutcome(
      db,
      {
        applicationId: application.id,
        outcome: {
          kind: 'answer',
          at: NOW + H,
          note: '',
          result: 'next-interview',
          nextInterview: { withWhom: 'CEO', on: '2026-04-08', time: '', channel: null, stage: 'final' },
        },
      },
      { now: NOW + H },
    );
    expect(await soonOf(application.id)).toEqual([local(2026, 4, 8, 9)]);
  });

  it('keep pursuing an application closed in the meantime makes it waiting again', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    await db.put('applications', { ...application, status: 'closed' });
    const { application: app } = await resolveProbablyClosed(db, { applicationId: application.id, decision: 'keep' }, { now: NOW + H });
    expect(app.status).toBe('waiting');
  });
});

describe('linkJobKey', () => {
  it('a key the application already has changes nothing but the revision', async () => {
    const { application } = await saveDebrief(db, args({ jobKey: 'linkedin:1' }), { now: NOW });
    const linked = await linkJobKey(db, { applicationId: application.id, jobKey: 'linkedin:1', urls: [] }, { now: NOW + H });
    expect(linked.keys).toEqual(['linkedin:1']);
  });

  it('an unknown application', async () => {
    await expect(linkJobKey(db, { applicationId: 'nope', jobKey: 'linkedin:1', urls: [] }, { now: NOW })).rejects.toBeInstanceOf(
      ApplicationNotFoundError,
    );
  });
});
