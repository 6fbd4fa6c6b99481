import { isCallReminder } from '../../src/core/reminders';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { saveDebrief, completeReminder } from '../../src/storage/writes';
import { dueReminders, findByJobKey, findByUrl, findTracked, shownRowsOf, pendingRemindersOf } from '../../src/storage/reads';
import { ConflictError } from '../../src/storage/errors';
import { latestInterview } from '../../src/storage/rows';
import { VERDICTS, type ApplicationStatus, type Verdict } from '../../src/core/types';
import { args, DAY, debrief, freshDb, H, ids, NOW, snapshot } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('saveDebrief, first debrief of a job', () => {
  it('creates the application, the interview and the follow-up reminder together', async () => {
    const a = args();
    const result = await saveDebrief(db, a, { now: NOW, newId: ids() });
    // ids: application, interview, reminder
    expect(result.application).toEqual({
      id: 'id-1',
      jobKey: a.jobKey,
      keys: [a.jobKey],
      matchKey: 'acme | frontend developer',
      urls: a.urls,
      posting: a.posting,
      status: 'waiting',
      lastVerdict: 'undecided',
      nextDueAt: a.debrief.followUpAt,
      createdAt: NOW,
      updatedAt: NOW,
      revision: 1,
      probablyClosed: false,
      nextInterview: null,
      // The interviewer becomes the application's first contact.
      contacts: [
        { id: 'id-4', name: a.debrief.interviewerName, role: a.debrief.interviewerRole, phone: '', email: '', link: '', note: '' },
      ],
    });
    expect(result.interview).toEqual({ ...a.debrief, id: 'id-2', applicationId: 'id-1', createdAt: NOW });
    expect(result.reminders).toEqual([
      {
        id: 'id-3',
        applicationId: 'id-1',
        interviewId: 'id-2',
        kind: 'follow-up',
        dueAt: a.debrief.followUpAt,
        pendingDueAt: a.debrief.followUpAt,
      },
    ]);
    const stored = await snapshot(db);
    expect(stored.applications).toEqual([result.application]);
    expect(stored.interviews).toEqual([result.interview]);
    expect(stored.reminders).toEqual(result.reminders);
  });

  it('adds an answer-due reminder when an answer date was promised; nextDueAt is the earliest', async () => {
    const answerBy = NOW + 3 * DAY;
    const { application, reminders } = await saveDebrief(db, args({}, { answerBy }), { now: NOW });
    expect(reminders.map((r) => [r.kind, r.dueAt, r.pendingDueAt])).toEqual([
      ['follow-up', NOW + 7 * DAY, NOW + 7 * DAY],
      ['answer-due', answerBy, answerBy],
    ]);
    expect(application.nextDueAt).toBe(answerBy);
    expect(await db.count('reminders')).toBe(2);
    expect(new Set(reminders.map((r) => r.id)).size).toBe(2);
  });

  it('an answer promised after the follow-up still leaves nextDueAt at the follow-up', async () => {
    const { application, reminders } = await saveDebrief(db, args({}, { answerBy: NOW + 10 * DAY }), { now: NOW });
    expect(reminders).toHaveLength(2);
    expect(application.nextDueAt).toBe(NOW + 7 * DAY);
  });

  it('no duplicate reminder when the answer is promised for the follow-up time itself', async () => {
    const { reminders } = await saveDebrief(db, args({}, { answerBy: NOW + 7 * DAY }), { now: NOW });
    expect(reminders.map((r) => r.kind)).toEqual(['follow-up']);
    expect(await db.count('reminders')).toBe(1);
  });

  it.each<[Verdict, ApplicationStatus]>([
    ['convinced', 'in-process'],
    ['undecided', 'waiting'],
    ['no-answer', 'waiting'],
  ])('verdict %s → status %s, and a follow-up is scheduled', async (verdict, status) => {
    const { application } = await saveDebrief(db, args({}, { verdict }), { now: NOW });
    expect(application.status).toBe(status);
    expect(application.lastVerdict).toBe(verdict);
    expect(application.nextDueAt).toBe(NOW + 7 * DAY);
    expect((await findByJobKey(db, application.jobKey))?.status).toBe(status);
  });

  it('verdict rejected → closed, and no follow-up call nor promised answer is scheduled (docs/method.md §3)', async () => {
    const { application, reminders, interview } = await saveDebrief(
      db,
      args({}, { verdict: 'rejected', answerBy: NOW + 2 * DAY, followUpAt: NOW + 7 * DAY }),
      { now: NOW },
    );
    expect(application).toMatchObject({ status: 'closed', lastVerdict: 'rejected', nextDueAt: null });
    expect(reminders).toEqual([]);
    expect(await db.count('reminders')).toBe(0);
    expect([interview.followUpAt, interview.answerBy, interview.feedbackAt]).toEqual([null, null, null]);
  });

  it('verdict rejected with "ask for feedback": only that reminder, of its own kind', async () => {
    const feedbackAt = NOW + 3 * DAY;
    const { application, reminders } = await saveDebrief(db, args({}, { verdict: 'rejected', feedbackAt }), { now: NOW });
    expect(reminders.map((r) => [r.kind, r.dueAt])).toEqual([['feedback', feedbackAt]]);
    expect(application).toMatchObject({ status: 'closed', nextDueAt: feedbackAt });
  });

  it('a rejection supersedes the pending follow-up call and promised answer of an earlier interview', async () => {
    await saveDebrief(db, args({}, { answerBy: NOW + 2 * DAY }), { now: NOW });
    const { application } = await saveDebrief(db, args({}, { interviewAt: NOW + DAY, verdict: 'rejected' }), { now: NOW + DAY });
    expect(await pendingRemindersOf(db, application.id)).toEqual([]);
    expect(application.nextDueAt).toBeNull();
  });

  it('a feedback date on another verdict is not stored', async () => {
    const { interview, reminders } = await saveDebrief(db, args({}, { verdict: 'undecided', feedbackAt: NOW + DAY }), { now: NOW });
    expect(interview.feedbackAt).toBeNull();
    expect(reminders.map((r) => r.kind)).toEqual(['follow-up']);
  });

  it('stores only the fields that go with the verdict and the feeling', async () => {
    const { interview } = await saveDebrief(
      db,
      args(
        {},
        {
          verdict: 'convinced',
          weakPoint: 'w',
          rejectionReason: 'r',
          feeling: 'well',
          recoveryContacts: 'x',
          nextSteps: [
            { withWhom: 'CTO', when: '' },
            { withWhom: ' ', when: '' },
          ],
        },
      ),
      { now: NOW },
    );
    const stored = await db.get('interviews', interview.id);
    expect(stored).toMatchObject({ weakPoint: '', rejectionReason: '', recoveryContacts: '', nextSteps: [{ withWhom: 'CTO', when: '' }] });
  });

  it('uses random UUIDs when no id generator is given', async () => {
    const { application, interview, reminders } = await saveDebrief(db, args(), { now: NOW });
    for (const id of [application.id, interview.id, reminders[0]!.id]) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('finding an application', () => {
  beforeEach(async () => {
    await saveDebrief(db, args(), { now: NOW, newId: ids('a') });
    await saveDebrief(
      db,
      args({
        jobKey: 'other.test/7',
        urls: ['https://other.test/7'],
        posting: { title: 'QA', company: 'Other', location: '', url: 'https://other.test/7' },
      }),
      { now: NOW, newId: ids('b') },
    );
  });

  it.each([
    ['jobs.acme.test/42', 'a-1'],
    ['other.test/7', 'b-1'],
    ['jobs.acme.test/43', undefined],
    ['JOBS.ACME.TEST/42', undefined],
    ['', undefined],
  ])('findByJobKey(%j) → %s', async (key, id) => {
    expect((await findByJobKey(db, key))?.id).toBe(id);
  });

  it.each([
    ['https://jobs.acme.test/42', 'a-1'],
    ['https://acme.test/careers/42', 'a-1'],
    ['https://other.test/7', 'b-1'],
    ['https://jobs.acme.test/42/', undefined],
    ['https://nowhere.test/', undefined],
  ])('findByUrl(%j) → %s', async (url, id) => {
    expect((await findByUrl(db, url))?.id).toBe(id);
  });

  it.each<[string, string | null, string[], string | undefined]>([
    ['by job key', 'other.test/7', [], 'b-1'],
    ['job key wins over URL', 'other.test/7', ['https://jobs.acme.test/42'], 'b-1'],
    ['unknown job key, then URL', 'unknown', ['https://acme.test/careers/42'], 'a-1'],
    ['no job key, first URL that matches', null, ['https://nowhere.test/', 'https://other.test/7', 'https://jobs.acme.test/42'], 'b-1'],
    ['empty job key is skipped', '', ['https://other.test/7'], 'b-1'],
    ['nothing matches', 'unknown', ['https://nowhere.test/'], undefined],
    ['nothing given', null, [], undefined],
  ])('findTracked %s', async (_n, key, urls, id) => {
    expect((await findTracked(db, key, urls))?.id).toBe(id);
  });

  it('findTracked asks for the key and every address at once, in one transaction', async () => {
    const opened = vi.spyOn(db, 'transaction');
    try {
      expect(
        (await findTracked(db, 'unknown', ['https://nowhere.test/', 'https://other.test/7', 'https://acme.test/careers/42']))?.id,
      ).toBe('b-1');
      expect(opened).toHaveBeenCalledTimes(1);
    } finally {
      opened.mockRestore();
    }
  });

  it('the job-key index is unique', async () => {
    const app = (await findByJobKey(db, 'jobs.acme.test/42'))!;
    await expect(db.add('applications', { ...app, id: 'dup' })).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.count('applications')).toBe(2);
  });
});

describe('interviewsOf', () => {
  it('lists one application’s interviews, newest interview first, whatever the recording order', async () => {
    const times = [NOW - 10 * DAY, NOW - 2 * DAY, NOW - 20 * DAY, NOW - 5 * DAY];
    for (const interviewAt of times) await saveDebrief(db, args({}, { interviewAt }), { now: NOW });
    await saveDebrief(db, args({ jobKey: 'other', urls: [] }, { interviewAt: NOW - 3 * DAY }), { now: NOW });
    const app = (await findByJobKey(db, 'jobs.acme.test/42'))!;
    const list = (await shownRowsOf(db, app.id)).interviews;
    expect(list.map((i) => i.interviewAt)).toEqual([...times].sort((a, b) => b - a));
    expect(list.every((i) => i.applicationId === app.id)).toBe(true);
  });

  it('is empty for an unknown application', async () => {
    await saveDebrief(db, args(), { now: NOW });
    expect((await shownRowsOf(db, 'nope')).interviews).toEqual([]);
  });
});

describe('saveDebrief, a second debrief for the same job', () => {
  const NOW2 = NOW + 9 * DAY;

  it('appends an interview, supersedes the pending reminders and increments the revision', async () => {
    const first = await saveDebrief(db, args({}, { answerBy: NOW + 2 * DAY }), { now: NOW, newId: ids('one') });
    const second = await saveDebrief(
      db,
      args(
        {
          urls: ['https://acme.test/careers/42', 'https://jobs.acme.test/42?ref=new'],
          posting: { ...args().posting, title: 'Senior frontend developer' },
        },
        { interviewAt: NOW2 - H, verdict: 'convinced', followUpAt: NOW2 + 5 * DAY },
      ),
      { now: NOW2, newId: ids('two') },
    );

    expect(second.application).toEqual({
      ...first.application,
      urls: ['https://jobs.acme.test/42', 'https://acme.test/careers/42', 'https://jobs.acme.test/42?ref=new'],
      posting: { ...first.application.posting, title: 'Senior frontend developer' },
      // The match key follows the posting as the user corrected it.
      matchKey: 'acme | senior frontend developer',
      status: 'in-process',
      lastVerdict: 'convinced',
      nextDueAt: NOW2 + 5 * DAY,
      updatedAt: NOW2,
      revision: 2,
    });
    expect(second.interview.applicationId).toBe(first.application.id);
    expect(await db.count('applications')).toBe(1);
    expect((await shownRowsOf(db, first.application.id)).interviews.map((i) => i.id)).toEqual([second.interview.id, first.interview.id]);

    for (const old of first.reminders) {
      const stored = await db.get('reminders', old.id);
      expect(stored).toEqual({ ...old, pendingDueAt: undefined, doneAt: NOW2, closedBy: 'superseded' });
      expect(stored).not.toHaveProperty('pendingDueAt');
    }
    // Saved the day of its interview: the evening's thank-you too, which is not a call.
    expect(second.reminders.map((r) => r.kind)).toEqual(['follow-up', 'thank-you']);
    expect((await pendingRemindersOf(db, first.application.id)).map((r) => r.id)).toEqual(
      second.reminders.filter(isCallReminder).map((r) => r.id),
    );
    // The superseded ones are past due at NOW2, yet not due any more.
    expect((await dueReminders(db, NOW2 + 365 * DAY)).map((r) => r.id)).toEqual(
      [...second.reminders].sort((a, b) => a.dueAt - b.dueAt).map((r) => r.id),
    );
  });

  it('leaves reminders that were already done as they were', async () => {
    const first = await saveDebrief(db, args(), { now: NOW });
    const done = await completeReminder(db, first.reminders[0]!.id, { now: NOW + H });
    await saveDebrief(db, args({}, { interviewAt: NOW2 - H, followUpAt: NOW2 + DAY }), { now: NOW2 });
    expect(await db.get('reminders', done.id)).toEqual(done);
    expect(done.closedBy).toBe('done');
  });

  it('counts revisions across several debriefs', async () => {
    for (let i = 1; i <= 4; i++) {
      const { application } = await saveDebrief(db, args({}, { interviewAt: NOW + i * DAY, followUpAt: NOW + (i + 7) * DAY }), {
        now: NOW + i * DAY,
      });
      expect(application.revision).toBe(i);
    }
    // Each debrief saved the day of its interview: a follow-up and the evening's thank-you.
    expect(await db.count('reminders')).toBe(8);
    expect((await dueReminders(db, Infinity)).length).toBe(2);
  });

  it('a debrief about an older interview, recorded later, keeps the status and verdict of the newer one', async () => {
    await saveDebrief(db, args({}, { interviewAt: NOW - DAY, verdict: 'rejected' }), { now: NOW });
    const { application, interview } = await saveDebrief(db, args({}, { interviewAt: NOW - 10 * DAY, verdict: 'convinced' }), {
      now: NOW + H,
    });
    expect(application.status).toBe('closed');
    expect(application.lastVerdict).toBe('rejected');
    expect(application.revision).toBe(2);
    expect(await findByJobKey(db, 'jobs.acme.test/42')).toMatchObject({ status: 'closed', lastVerdict: 'rejected', revision: 2 });
    expect((await shownRowsOf(db, application.id)).interviews.map((i) => i.id)).toContain(interview.id);
    expect((await shownRowsOf(db, application.id)).interviews[0]!.verdict).toBe('rejected');
  });

  it.each(VERDICTS)('a debrief (%s) about an older interview, recorded later, keeps the newer interview’s reminders', async (verdict) => {
    const newer = await saveDebrief(
      db,
      args({}, { interviewAt: NOW - DAY, verdict: 'undecided', answerBy: NOW + 3 * DAY, followUpAt: NOW + 5 * DAY }),
      { now: NOW },
    );
    const before = (await pendingRemindersOf(db, newer.application.id)).map((r) => [r.id, r.dueAt]);
    expect(before.length).toBe(2);
    // The older interview's own dates would come first: replacing the newer ones would move the call.
    const { application, reminders } = await saveDebrief(
      db,
      args(
        {},
        {
          interviewAt: NOW - 10 * DAY,
          verdict,
          answerBy: NOW + DAY,
          followUpAt: verdict === 'rejected' ? null : NOW + 2 * DAY,
          feedbackAt: verdict === 'rejected' ? NOW + 2 * DAY : null,
        },
      ),
      { now: NOW + H },
    );
    expect(reminders).toEqual([]);
    expect((await pendingRemindersOf(db, application.id)).map((r) => [r.id, r.dueAt])).toEqual(before);
    expect(application.nextDueAt).toBe(newer.application.nextDueAt);
    expect((await findByJobKey(db, 'jobs.acme.test/42'))?.nextDueAt).toBe(newer.application.nextDueAt);
  });

  it.each(VERDICTS)('a newer interview (%s) sets the status even after an older one', async (verdict) => {
    await saveDebrief(db, args({}, { interviewAt: NOW - 10 * DAY, verdict: verdict === 'rejected' ? 'convinced' : 'rejected' }), {
      now: NOW,
    });
    const { application } = await saveDebrief(db, args({}, { interviewAt: NOW - DAY, verdict }), { now: NOW + H });
    expect(application.lastVerdict).toBe(verdict);
  });

  it('of two debriefs for the same interview time, the one recorded later is the latest for every reader', async () => {
    // Ids sort the other way round from the recording order: the index's tie order must not decide.
    await saveDebrief(db, args({}, { interviewAt: NOW - DAY, verdict: 'undecided', answerBy: NOW + 9 * DAY }), {
      now: NOW,
      newId: ids('z'),
    });
    const second = await saveDebrief(db, args({}, { interviewAt: NOW - DAY, verdict: 'convinced', answerBy: null }), {
      now: NOW + H,
      newId: ids('a'),
    });
    const tx = db.transaction(['interviews'], 'readonly');
    expect((await latestInterview(tx, second.application.id))?.id).toBe(second.interview.id);
  });

  it('an interview at the same time as the latest counts as the latest', async () => {
    await saveDebrief(db, args({}, { interviewAt: NOW - DAY, verdict: 'undecided' }), { now: NOW });
    const { application } = await saveDebrief(db, args({}, { interviewAt: NOW - DAY, verdict: 'rejected' }), { now: NOW + H });
    expect(application.status).toBe('closed');
  });
});

describe('saveDebrief, concurrency and atomicity', () => {
  it('expectedRevision equal to the stored one → saved', async () => {
    await saveDebrief(db, args(), { now: NOW });
    const { application } = await saveDebrief(db, { ...args(), expectedRevision: 1 }, { now: NOW + H });
    expect(application.revision).toBe(2);
  });

  it('expectedRevision for a job with no application yet → created', async () => {
    const { application } = await saveDebrief(db, { ...args(), expectedRevision: 3 }, { now: NOW });
    expect(application.revision).toBe(1);
  });

  it.each([0, 2, 5])('expectedRevision %i while the stored one is 1 → ConflictError, nothing changed', async (expectedRevision) => {
    await saveDebrief(db, args({}, { answerBy: NOW + DAY }), { now: NOW });
    const before = await snapshot(db);
    const attempt = saveDebrief(
      db,
      { ...args({}, { verdict: 'rejected', interviewAt: NOW + DAY }), expectedRevision },
      { now: NOW + 2 * DAY },
    );
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow('errorConflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure after some writes rolls them all back (id generator throws mid-transaction)', async () => {
    await saveDebrief(db, args({}, { answerBy: NOW + DAY }), { now: NOW });
    const before = await snapshot(db);
    // Existing application: the 1st id is the interview's; the old reminders are superseded before the 2nd.
    let calls = 0;
    const newId = () => {
      if (++calls === 2) throw new Error('boom');
      return `x-${calls}`;
    };
    await expect(saveDebrief(db, args({}, { interviewAt: NOW + DAY, verdict: 'no-answer' }), { now: NOW + DAY, newId })).rejects.toThrow(
      'boom',
    );
    expect(calls).toBe(2);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a failure at the last write (uncloneable interview) rolls back the application and reminders', async () => {
    await saveDebrief(db, args(), { now: NOW });
    const before = await snapshot(db);
    const bad = { ...debrief({ interviewAt: NOW + DAY, verdict: 'rejected' }), sneaky: () => 1 };
    await expect(saveDebrief(db, { ...args(), debrief: bad }, { now: NOW + DAY })).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('the database stays usable after a failed write', async () => {
    await saveDebrief(db, args(), { now: NOW });
    await expect(saveDebrief(db, { ...args(), expectedRevision: 9 }, { now: NOW })).rejects.toThrow(ConflictError);
    const { application } = await saveDebrief(db, { ...args(), expectedRevision: 1 }, { now: NOW + H });
    expect(application.revision).toBe(2);
  });
});

describe('saveDebrief, a late debrief for an older interview', () => {
  it('keeps the newer interview’s planned interview and the "probably closed" flag', async () => {
    const newer = await saveDebrief(
      db,
      args({}, { interviewAt: NOW - DAY, verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: '2026-04-20' }] }),
      { now: NOW },
    );
    expect(newer.application.nextInterview).toMatchObject({ on: '2026-04-20', withWhom: 'CTO' });
    await db.put('applications', { ...newer.application, probablyClosed: true });
    const { application } = await saveDebrief(db, args({}, { interviewAt: NOW - 10 * DAY, verdict: 'undecided' }), { now: NOW + H });
    expect(application.probablyClosed).toBe(true);
    expect(application.nextInterview).toEqual(newer.application.nextInterview);
    expect(await findByJobKey(db, 'jobs.acme.test/42')).toMatchObject({
      probablyClosed: true,
      nextInterview: newer.application.nextInterview,
    });
  });

  it('on an application stored before these fields existed, says not closed and nothing planned', async () => {
    const newer = await saveDebrief(db, args({}, { interviewAt: NOW - DAY }), { now: NOW });
    const { probablyClosed: _c, nextInterview: _n, ...old } = newer.application;
    await db.put('applications', old);
    const { application } = await saveDebrief(db, args({}, { interviewAt: NOW - 10 * DAY }), { now: NOW + H });
    expect(application.probablyClosed).toBe(false);
    expect(application.nextInterview).toBeNull();
  });
});
