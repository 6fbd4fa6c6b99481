import { describe, expect, it } from 'vitest';
import {
  checkApplicationRecord,
  checkEventRecord,
  checkInterviewRecord,
  checkReminderRecord,
  checkSettingsRecord,
  type RecordCheck,
} from '../../src/core/records';
import { LIMITS } from '../../src/core/types';
import { isJobKey } from '../../src/extract/job-key';
import { makeExport, T0 } from '../export-builders';

/** The records of a valid export, as plain JSON (a deep copy each time). */
const records = () => JSON.parse(JSON.stringify(makeExport(2)));
const app = () => records().applications[1];
const interview = () => records().interviews[1];
const pending = () => records().reminders[0];
const closed = () => records().reminders[1];
const event = () => records().events[1];

function problem<T>(r: RecordCheck<T>): string {
  if (r.ok) throw new Error('expected the record to be refused');
  return r.problem;
}
function value<T>(r: RecordCheck<T>): T {
  if (!r.ok) throw new Error(`expected the record to be accepted: ${r.problem}`);
  return r.value;
}
const application = (edit: (a: Record<string, any>) => void) => {
  const a = app();
  edit(a);
  return checkApplicationRecord(a, isJobKey);
};
const keys = (n: number) => Array.from({ length: n }, (_, i) => `https://jobs.x.test/${i === 0 ? 1 : 100 + i}`);

describe('checkApplicationRecord', () => {
  it('accepts a valid record and rebuilds it, the match key from the posting', () => {
    const a = app();
    expect(value(checkApplicationRecord({ ...a, matchKey: 'stale' }, isJobKey))).toEqual(a);
  });

  it.each<[string, (a: Record<string, any>) => void, string]>([
    ['keys without the job key', (a) => (a.keys = ['https://jobs.x.test/9']), 'keys does not include jobKey'],
    ['the same key twice', (a) => a.keys.push(a.jobKey), 'keys has the same key twice'],
    ['a key that is not one', (a) => a.keys.push('nope'), 'keys[1] is not a job key'],
    ['a key over the address cap', (a) => a.keys.push(`https://jobs.x.test/${'9'.repeat(LIMITS.url)}`), 'keys[1] is not a job key'],
    ['51 keys', (a) => (a.keys = keys(51)), 'keys has more than 50 entries'],
    ['no list of addresses', (a) => (a.urls = 'https://jobs.x.test/1'), 'urls is not a list'],
    ['an address that is not text', (a) => (a.urls = ['https://a.test', 7]), 'urls[1] is not text'],
    ['an address over its cap', (a) => (a.urls = [`https://a.test/${'x'.repeat(LIMITS.url)}`]), 'urls[0] is not text'],
    ['21 addresses', (a) => (a.urls = Array.from({ length: 21 }, (_, i) => `https://a.test/${i}`)), 'urls has more than 20 entries'],
    ['a posting that is not an object', (a) => (a.posting = ['t']), 'posting is not an object'],
    ['a location over its cap', (a) => (a.posting.location = 'x'.repeat(201)), 'posting.location is longer than 200 characters'],
    ['a posting address that is not text', (a) => (a.posting.url = null), 'posting.url is not text'],
    ['a next date that is not one', (a) => (a.nextDueAt = '2026-04-08'), 'nextDueAt is not a date'],
    ['a fractional revision', (a) => (a.revision = 1.5), 'revision is not a whole number'],
    ['a revision as text', (a) => (a.revision = '3'), 'revision is not a whole number'],
    ['an empty id', (a) => (a.id = '  '), 'id is empty'],
    ['an id over 100 characters', (a) => (a.id = 'x'.repeat(101)), 'id is longer than 100 characters'],
    ['an unknown verdict', (a) => (a.lastVerdict = 'meh'), 'lastVerdict is not one of'],
    ['no creation time', (a) => delete a.createdAt, 'createdAt is not a date'],
    ['no update time', (a) => delete a.updatedAt, 'updatedAt is not a date'],
    ['"probably closed" as text', (a) => (a.probablyClosed = 'yes'), 'probablyClosed is not true or false'],
    ['a planned interview that is not an object', (a) => (a.nextInterview = 'Monday'), 'nextInterview is not an object'],
    [
      'a planned interview on a day that is not one',
      (a) => (a.nextInterview = { on: '2026-02-30', time: '', channel: null, withWhom: '', role: '', stage: null }),
      'nextInterview.on is not a date (YYYY-MM-DD) nor empty',
    ],
    [
      'a planned interview whose interviewer is not text',
      (a) => (a.nextInterview = { on: '', time: '', channel: null, withWhom: 3, role: '', stage: null }),
      'nextInterview.withWhom is not text',
    ],
  ])('refuses %s', (_n, edit, message) => {
    expect(problem(application(edit))).toContain(message);
  });

  it('accepts the caps themselves: 50 keys, 20 addresses, a 100-character id, revision 0, no next date', () => {
    const a = value(
      application((a) => {
        a.keys = keys(50);
        a.urls = Array.from({ length: 20 }, (_, i) => `https://a.test/${i}`);
        a.id = 'x'.repeat(100);
        a.revision = 0;
        a.nextDueAt = null;
        a.lastVerdict = null;
      }),
    );
    expect(a.keys).toHaveLength(50);
    expect(a.urls).toHaveLength(20);
    expect(a).toMatchObject({ id: 'x'.repeat(100), revision: 0, nextDueAt: null, lastVerdict: null });
  });

  it('accepts a key and an address of exactly the address cap', () => {
    const long = `https://jobs.x.test/${'9'.repeat(LIMITS.url - 'https://jobs.x.test/'.length)}`;
    expect(long).toHaveLength(LIMITS.url);
    const a = value(
      application((a) => {
        a.keys.push(long);
        a.urls = [long];
      }),
    );
    expect(a.keys).toContain(long);
    expect(a.urls).toEqual([long]);
  });

  it('refuses a title of spaces only, as the forms do', () => {
    expect(problem(application((a) => (a.posting.title = '   ')))).toBe('posting.title is missing');
  });

  it('lets a failure of the key check itself through, rather than blaming the file', () => {
    const broken = () => {
      throw new TypeError('bug');
    };
    expect(() => checkApplicationRecord(app(), broken as never)).toThrow('bug');
  });

  it('keeps "probably closed" and the planned interview as they are, and leaves them out when the file has none', () => {
    const planned = { on: '2026-04-20', time: '09:30', channel: 'video', withWhom: 'CTO', role: 'CTO', stage: 'final' };
    expect(value(application((a) => Object.assign(a, { probablyClosed: true, nextInterview: planned })))).toMatchObject({
      probablyClosed: true,
      nextInterview: planned,
    });
    const bare = value(
      application((a) => {
        delete a.probablyClosed;
        delete a.nextInterview;
      }),
    );
    expect('probablyClosed' in bare).toBe(false);
    expect('nextInterview' in bare).toBe(false);
    expect(value(application((a) => (a.nextInterview = null))).nextInterview).toBeNull();
  });
});

describe('checkInterviewRecord', () => {
  const check = (edit: (i: Record<string, any>) => void) => {
    const i = interview();
    edit(i);
    return checkInterviewRecord(i);
  };

  it('accepts a valid record as it is, ids and creation time from the record', () => {
    expect(value(checkInterviewRecord(interview()))).toEqual(interview());
  });

  it("keeps the user's answer to the weak point", () => {
    const i = { ...interview(), weakPointAnswer: 'I run a cluster at home.' };
    expect(value(checkInterviewRecord(i))).toEqual(i);
  });

  it.each<[string, (i: Record<string, any>) => void, string]>([
    ['no interview time', (i) => delete i.interviewAt, 'interviewAt is not a date'],
    ['a promised answer that is not a date', (i) => (i.answerBy = 'soon'), 'answerBy is not a date'],
    ['a feedback date that is not one', (i) => (i.feedbackAt = 'later'), 'feedbackAt is not a date'],
    ['a follow-up before the interview', (i) => (i.followUpAt = i.interviewAt - 1), 'followUpAt is before the interview'],
    [
      'a feedback date before the interview',
      (i) => Object.assign(i, { verdict: 'rejected', feedbackAt: i.interviewAt - 1 }),
      'feedbackAt is before the interview',
    ],
    ['no verdict', (i) => delete i.verdict, 'verdict is not one of'],
    ['an interviewer name over its cap', (i) => (i.interviewerName = 'x'.repeat(201)), 'interviewerName is longer than 200 characters'],
    ['a weak point that is not text', (i) => (i.weakPoint = null), 'weakPoint is not text'],
    ['no answer to the weak point (written as "" when none)', (i) => delete i.weakPointAnswer, 'weakPointAnswer is not text'],
    [
      'an answer to the weak point over its cap',
      (i) => (i.weakPointAnswer = 'x'.repeat(LIMITS.shortText + 1)),
      `weakPointAnswer is longer than ${LIMITS.shortText} characters`,
    ],
    ['notes over their cap', (i) => (i.notes = 'x'.repeat(LIMITS.longText + 1)), 'notes is longer than 5000 characters'],
    ['no synthesis', (i) => delete i.synthesis, 'synthesis is not an object'],
    ['a closing that is not an object', (i) => (i.closing = true), 'closing is not an object'],
    ['a closing item as text', (i) => (i.closing.smiled = 'yes'), 'closing.smiled is not true or false'],
    ['next steps that are not a list', (i) => (i.nextSteps = {}), 'nextSteps is not a list'],
    [
      'more next steps than the cap',
      (i) => (i.nextSteps = Array.from({ length: LIMITS.nextSteps + 1 }, () => ({ withWhom: '', when: '' }))),
      `nextSteps has more than ${LIMITS.nextSteps} entries`,
    ],
    ['a next step that is not an object', (i) => (i.nextSteps = ['call']), 'nextSteps[0] is not an object'],
    [
      'a next step on a day that is not one',
      (i) => (i.nextSteps = [{ withWhom: 'HR', when: 'Monday' }]),
      'nextSteps[0].when is not a date',
    ],
    ['a next step with no one', (i) => (i.nextSteps = [{ when: '' }]), 'nextSteps[0].withWhom is not text'],
    ['an empty application id', (i) => (i.applicationId = ''), 'applicationId is empty'],
  ])('refuses %s', (_n, edit, message) => {
    expect(problem(check(edit))).toContain(message);
  });

  it('a file from before feedback dates (no feedbackAt) and a rejection without a call are accepted', () => {
    expect(
      value(
        check((i) => {
          delete i.feedbackAt;
        }),
      ).feedbackAt,
    ).toBeNull();
    expect(value(check((i) => Object.assign(i, { verdict: 'rejected', followUpAt: null, answerBy: null }))).followUpAt).toBeNull();
    expect(
      value(check((i) => (i.nextSteps = Array.from({ length: LIMITS.nextSteps }, () => ({ withWhom: 'HR', when: '2026-04-09' })))))
        .nextSteps,
    ).toHaveLength(LIMITS.nextSteps);
  });
});

describe('checkReminderRecord', () => {
  const check = (r: Record<string, any>, edit: (r: Record<string, any>) => void) => {
    edit(r);
    return checkReminderRecord(r);
  };

  it('accepts a pending and a closed reminder as they are, and one set without an interview', () => {
    expect(value(checkReminderRecord(pending()))).toEqual(pending());
    expect(value(checkReminderRecord(closed()))).toEqual(closed());
    expect(value(check(pending(), (r) => (r.interviewId = ''))).interviewId).toBe('');
  });

  it.each<[string, () => Record<string, any>, (r: Record<string, any>) => void, string]>([
    ['a pending one marked done', pending, (r) => (r.doneAt = T0), 'pendingDueAt is set on a closed reminder'],
    ['a pending one with a reason to close', pending, (r) => (r.closedBy = 'done'), 'pendingDueAt is set on a closed reminder'],
    ['a closed one without its time', closed, (r) => delete r.doneAt, 'doneAt is not a date'],
    ['a notification time that is not one', closed, (r) => (r.notifiedAt = 'yesterday'), 'notifiedAt is not a date'],
    ['an unknown kind', pending, (r) => (r.kind = 'birthday'), 'kind is not one of'],
    ['an interview id that is not text', pending, (r) => (r.interviewId = null), 'interviewId is not text'],
  ])('refuses %s', (_n, base, edit, message) => {
    expect(problem(check(base(), edit))).toContain(message);
  });

  it('a pending reminder keeps no close fields and only the notification it had', () => {
    const r = value(check(pending(), (r) => (r.notifiedAt = T0)));
    expect(r).toEqual({ ...pending(), notifiedAt: T0 });
    expect('doneAt' in r || 'closedBy' in r).toBe(false);
    const quiet = value(checkReminderRecord(pending()));
    expect('notifiedAt' in quiet).toBe(false);
  });
});

describe('checkEventRecord', () => {
  const nextBlank = (over: object = {}) => ({ withWhom: 'CTO', on: '2026-04-20', time: '', channel: null, stage: 'final', ...over });

  it('accepts an outcome entry and an entry of another type without an outcome', () => {
    expect(value(checkEventRecord(event()))).toEqual(event());
    const { outcome: _o, ...closedEntry } = { ...event(), type: 'confirmed-closed' };
    expect(value(checkEventRecord(closedEntry))).toEqual(closedEntry);
  });

  it('accepts a next interview with its start time and channel, and one with neither', () => {
    for (const nextInterview of [nextBlank({ time: '09:15', channel: 'phone' }), nextBlank()]) {
      const e = { ...event(), outcome: { kind: 'answer', at: event().at, note: '', result: 'next-interview', nextInterview } };
      expect(value(checkEventRecord(e))).toEqual(e);
    }
  });

  it.each<[string, (e: Record<string, any>) => void, string]>([
    ['an outcome on another type', (e) => (e.type = 'reopened'), 'outcome is set on a "reopened" entry'],
    ['an outcome entry without its outcome', (e) => delete e.outcome, 'outcome is not an object'],
    ['an unknown type', (e) => (e.type = 'party'), 'type is not one of'],
    ['no time', (e) => delete e.at, 'at is not a date'],
    [
      'a next interview without its start time',
      (e) => (e.outcome = { kind: 'answer', at: e.at, note: '', result: 'next-interview', nextInterview: nextBlank({ time: undefined }) }),
      'outcome.nextInterview is not valid',
    ],
    [
      'a next interview at a time that is not one',
      (e) => (e.outcome = { kind: 'answer', at: e.at, note: '', result: 'next-interview', nextInterview: nextBlank({ time: '25:00' }) }),
      'outcome.nextInterview.time is not a time (HH:MM) nor empty',
    ],
    [
      'a next interview of an unknown channel',
      (e) => (e.outcome = { kind: 'answer', at: e.at, note: '', result: 'next-interview', nextInterview: nextBlank({ channel: 'fax' }) }),
      'outcome.nextInterview.channel is not valid',
    ],
  ])('refuses %s', (_n, edit, message) => {
    const e = event();
    edit(e);
    expect(problem(checkEventRecord(e))).toContain(message);
  });
});

describe('checkSettingsRecord', () => {
  it('accepts valid settings and refuses what is not an object', () => {
    const s = records().settings;
    expect(value(checkSettingsRecord(s))).toEqual(s);
    expect(problem(checkSettingsRecord([]))).toBe('settings is not an object');
  });
});

describe('a record that is not an object', () => {
  it.each<[string, () => RecordCheck<unknown>]>([
    ['application', () => checkApplicationRecord(null, isJobKey)],
    ['interview', () => checkInterviewRecord([])],
    ['reminder', () => checkReminderRecord('r')],
    ['event', () => checkEventRecord(7)],
  ])('%s', (_n, check) => {
    expect(problem(check())).toBe('the record is not an object');
  });
});
