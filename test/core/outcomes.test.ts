// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/core/dates';
import {
  applyOutcome,
  defaultNewDateAt,
  defaultRetryAt,
  isProbablyClosed,
  nextInterviewOfDebrief,
  resolveOutcome,
  retryRuleOf,
  type ClosedContext,
  type OutcomeContext,
} from '../../src/core/outcomes';
import {
  DEFAULT_SETTINGS,
  type Application,
  type Interview,
  type OutcomeInput,
  type Reminder,
  type TimelineEvent,
} from '../../src/core/types';
import { makeDebrief } from '../builders';

const H = 3600_000;
const DAY = 24 * H;
/** Local wall-clock time in Europe/Paris. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const day = (t: number) => new Date(t).toDateString();

describe('addWorkingDays', () => {
  // April 2026: Wed 1, Thu 2, Fri 3, Sat 4, Sun 5, Mon 6, Tue 7.
  it.each<[string, number, number, number]>([
    ['Wed + 1 → Thu', local(2026, 4, 1, 14, 30), 1, local(2026, 4, 2, 14, 30)],
    ['Thu + 2 → Mon (the weekend skipped)', local(2026, 4, 2, 9), 2, local(2026, 4, 6, 9)],
    ['Fri + 1 → Mon', local(2026, 4, 3, 9), 1, local(2026, 4, 6, 9)],
    ['Sat + 1 → Mon', local(2026, 4, 4, 9), 1, local(2026, 4, 6, 9)],
    ['Sun + 1 → Mon', local(2026, 4, 5, 9), 1, local(2026, 4, 6, 9)],
    ['Fri + 5 → next Fri', local(2026, 4, 3, 9), 5, local(2026, 4, 10, 9)],
    ['Mon + 10 → two weeks later', local(2026, 4, 6, 9), 10, local(2026, 4, 20, 9)],
    ['+ 0 → unchanged, even on a Saturday', local(2026, 4, 4, 11), 0, local(2026, 4, 4, 11)],
    ['a negative count → unchanged', local(2026, 4, 1, 11), -3, local(2026, 4, 1, 11)],
  ])('%s', (_n, t, n, expected) => {
    expect(addWorkingDays(t, n)).toBe(expected);
  });

  it('keeps the local time across the spring change (Fri 27 → Mon 30 March 2026 is 71 h)', () => {
    const t = addWorkingDays(local(2026, 3, 27, 9), 1);
    expect(t).toBe(local(2026, 3, 30, 9));
    expect(new Date(t).getHours()).toBe(9);
    expect(t - local(2026, 3, 27, 9)).toBe(3 * DAY - H);
  });

  it('keeps the local time across the autumn change (Fri 23 → Mon 26 October 2026)', () => {
    expect(addWorkingDays(local(2026, 10, 23, 9), 1)).toBe(local(2026, 10, 26, 9));
  });

  it('never lands on a weekend', () => {
    for (let d = 0; d < 14; d++) {
      for (let n = 1; n <= 7; n++) {
        const wd = new Date(addWorkingDays(local(2026, 4, 1 + d, 10), n)).getDay();
        expect(wd === 0 || wd === 6, `day ${d} + ${n}`).toBe(false);
      }
    }
  });
});

describe('default dates', () => {
  it('new date: the follow-up delay after the call, at the reminder time', () => {
    expect(defaultNewDateAt(local(2026, 4, 1, 16, 45), DEFAULT_SETTINGS)).toBe(local(2026, 4, 8, 9));
    expect(defaultNewDateAt(local(2026, 4, 1, 16), { ...DEFAULT_SETTINGS, followUpDelayDays: 3, reminderMinutes: 17 * 60 + 30 })).toBe(
      local(2026, 4, 4, 17, 30),
    );
  });

  it('no answer: the retry working days after the call, at the reminder time', () => {
    expect(defaultRetryAt(local(2026, 4, 1, 16), DEFAULT_SETTINGS)).toBe(local(2026, 4, 3, 9)); // Wed → Fri
    expect(defaultRetryAt(local(2026, 4, 2, 16), DEFAULT_SETTINGS)).toBe(local(2026, 4, 6, 9)); // Thu → Mon
    expect(defaultRetryAt(local(2026, 4, 3, 8), { ...DEFAULT_SETTINGS, noAnswerRetryWorkingDays: 1, reminderMinutes: 8 * 60 })).toBe(
      local(2026, 4, 6, 8),
    ); // Fri → Mon
  });
});

const CALL = local(2026, 4, 8, 10);
const app = (over: Partial<Application> = {}): Application => ({
  id: 'a1',
  jobKey: 'jobs.acme.test/42',
  keys: ['jobs.acme.test/42'],
  matchKey: 'acme | dev',
  urls: [],
  posting: { title: 'Dev', company: 'Acme', location: '', url: 'https://jobs.acme.test/42' },
  status: 'waiting',
  lastVerdict: 'undecided',
  nextDueAt: CALL,
  createdAt: CALL - 7 * DAY,
  updatedAt: CALL - 7 * DAY,
  revision: 1,
  ...over,
});
const interview = (over: Partial<Interview> = {}): Interview => ({
  ...makeDebrief({ interviewAt: CALL - 7 * DAY, followUpAt: CALL, answerBy: null }),
  id: 'i1',
  applicationId: 'a1',
  createdAt: CALL - 7 * DAY,
  ...over,
});
const ctx = (over: Partial<OutcomeContext> = {}): OutcomeContext => ({
  settings: DEFAULT_SETTINGS,
  latest: interview(),
  events: [],
  reminders: [],
  now: CALL,
  ...over,
});
const pendingReminder = (kind: Reminder['kind'], dueAt: number, id = `r-${kind}`): Reminder => ({
  id,
  applicationId: 'a1',
  interviewId: 'i1',
  kind,
  dueAt,
  pendingDueAt: dueAt,
});
const outcome = (over: Partial<OutcomeInput>): OutcomeInput => ({ kind: 'no-answer', at: CALL, note: '', ...over });
let n = 0;
const event = (type: TimelineEvent['type'], at: number, o?: Partial<OutcomeInput>): TimelineEvent => ({
  id: `e${++n}`,
  applicationId: 'a1',
  at,
  type,
  ...(o ? { outcome: outcome({ at, ...o }) } : {}),
  createdAt: at,
});

describe('applyOutcome', () => {
  it('answer "offer": status offer, every pending reminder stops, none set, not probably closed', () => {
    const plan = applyOutcome(app({ probablyClosed: true }), outcome({ kind: 'answer', result: 'offer' }), ctx());
    expect(plan).toMatchObject({ status: 'offer', probablyClosed: false, nextInterview: null, reminders: [] });
    expect(plan.supersede.sort()).toEqual(['answer-due', 'feedback', 'follow-up']);
  });

  it('answer "next interview": in process, the interview planned (the next debrief sets the follow-up)', () => {
    const next = { withWhom: 'Léa, CTO', on: '2026-04-15', time: '', channel: null, stage: 'director' as const };
    const plan = applyOutcome(app(), outcome({ kind: 'answer', result: 'next-interview', nextInterview: next }), ctx());
    expect(plan).toMatchObject({ status: 'in-process', probablyClosed: false, reminders: [] });
    // The interviewer's role is not asked by the answer: left empty, not guessed.
    expect(plan.nextInterview).toEqual({ ...next, role: '' });
    expect(plan.supersede.sort()).toEqual(['answer-due', 'feedback', 'follow-up']);
  });

  it('answer "next interview" with its start time and channel: the planned interview has them', () => {
    const next = { withWhom: 'Léa, CTO', on: '2026-04-15', time: '14:30', channel: 'video' as const, stage: 'final' as const };
    const plan = applyOutcome(app(), outcome({ kind: 'answer', result: 'next-interview', nextInterview: next }), ctx());
    expect(plan.outcome.nextInterview).toEqual(next);
    expect(plan.nextInterview).toEqual({ ...next, role: '' });
  });

  it('answer "rejected": closed, the reason kept, every pending reminder stops', () => {
    const plan = applyOutcome(
      app({ nextInterview: { on: '2026-04-20', withWhom: 'x', stage: 'team', time: '', channel: null, role: '' } }),
      outcome({ kind: 'answer', result: 'rejected', reason: 'Internal hire' }),
      ctx(),
    );
    expect(plan).toMatchObject({ status: 'closed', nextInterview: null, reminders: [] });
    expect(plan.outcome).toEqual({ kind: 'answer', at: CALL, note: '', result: 'rejected', reason: 'Internal hire' });
  });

  it('new date: a follow-up then, replacing every pending reminder (the promise is renewed)', () => {
    const plan = applyOutcome(app(), outcome({ kind: 'new-date', nextFollowUpAt: local(2026, 4, 20, 9) }), ctx());
    expect(plan).toMatchObject({
      status: 'waiting',
      probablyClosed: false,
      reminders: [{ kind: 'follow-up', dueAt: local(2026, 4, 20, 9) }],
    });
    expect(plan.supersede.sort()).toEqual(['answer-due', 'feedback', 'follow-up']);
  });

  it('new date without a date: +7 days at the reminder time', () => {
    const plan = applyOutcome(app(), outcome({ kind: 'new-date' }), ctx());
    expect(plan.reminders).toEqual([{ kind: 'follow-up', dueAt: local(2026, 4, 15, 9) }]);
    expect(plan.outcome.nextFollowUpAt).toBe(local(2026, 4, 15, 9));
  });

  it('no answer: a retry follow-up (default +2 working days), replacing the follow-ups only', () => {
    const plan = applyOutcome(app(), outcome({ kind: 'no-answer' }), ctx());
    expect(plan.reminders).toEqual([{ kind: 'follow-up', dueAt: local(2026, 4, 10, 9) }]); // Wed → Fri
    expect(plan.supersede).toEqual(['follow-up']);
    expect(plan.status).toBe('waiting');
    expect(plan.probablyClosed).toBe(false);
  });

  it('no answer keeps "in process" and a planned interview', () => {
    const next = { on: '2026-04-20', withWhom: 'x', stage: 'team' as const, time: '14:00', channel: 'video' as const, role: 'CTO' };
    const plan = applyOutcome(
      app({ status: 'in-process', nextInterview: next }),
      outcome({ kind: 'no-answer', nextFollowUpAt: CALL + DAY }),
      ctx(),
    );
    expect(plan).toMatchObject({ status: 'in-process', nextInterview: next });
  });

  it('a follow-up recorded on a closed application reopens it as waiting', () => {
    expect(applyOutcome(app({ status: 'closed' }), outcome({ kind: 'no-answer' }), ctx()).status).toBe('waiting');
  });

  it('the retries end: with 2 retries allowed, the third call with no answer gets none and marks it probably closed', () => {
    const first = [event('outcome', CALL - 3 * DAY, { kind: 'no-answer' })];
    const second = applyOutcome(app(), outcome({ kind: 'no-answer' }), ctx({ events: first }));
    expect(second.probablyClosed).toBe(false);
    expect(second.reminders).toEqual([{ kind: 'follow-up', dueAt: local(2026, 4, 10, 9) }]);
    const two = [...first, event('outcome', CALL - 2 * DAY, { kind: 'no-answer' })];
    const third = applyOutcome(app(), outcome({ kind: 'no-answer' }), ctx({ events: two }));
    expect(third).toMatchObject({ probablyClosed: true, reminders: [], supersede: ['follow-up'] });
    expect(third.outcome).toEqual({ kind: 'no-answer', at: CALL, note: '' });
  });

  it('the retries end even when the call sends a date: no automatic retry once they are used up', () => {
    const two = [event('outcome', CALL - 3 * DAY, { kind: 'no-answer' }), event('outcome', CALL - 2 * DAY, { kind: 'no-answer' })];
    const plan = applyOutcome(app(), outcome({ kind: 'no-answer', nextFollowUpAt: CALL + 2 * DAY }), ctx({ events: two }));
    expect(plan.reminders).toEqual([]);
  });

  it('the number of retries is the setting', () => {
    const one = [event('outcome', CALL - 3 * DAY, { kind: 'no-answer' })];
    const settings = { ...DEFAULT_SETTINGS, maxNoAnswerRetries: 1 };
    expect(applyOutcome(app(), outcome({ kind: 'no-answer' }), ctx({ events: one, settings }))).toMatchObject({
      probablyClosed: true,
      reminders: [],
    });
    expect(
      applyOutcome(app(), outcome({ kind: 'no-answer' }), ctx({ settings: { ...DEFAULT_SETTINGS, maxNoAnswerRetries: 0 } })),
    ).toMatchObject({ probablyClosed: true, reminders: [] });
  });

  it('a retry never comes before a promised answer date still pending: the working day after it', () => {
    // Called early (Wed 8), no answer; they promised an answer by Mon 13: the retry is Tue 14, not Fri 10.
    const reminders = [pendingReminder('answer-due', local(2026, 4, 13, 9))];
    const plan = applyOutcome(
      app(),
      outcome({ kind: 'no-answer' }),
      ctx({ reminders, latest: interview({ answerBy: local(2026, 4, 13, 9) }) }),
    );
    expect(plan.reminders).toEqual([{ kind: 'follow-up', dueAt: local(2026, 4, 14, 9) }]);
  });

  it('an answer clears "probably closed"', () => {
    const events = [1, 2, 3].map((n) => event('outcome', CALL - (4 - n) * DAY, { kind: 'no-answer' }));
    expect(
      applyOutcome(
        app({ probablyClosed: true }),
        outcome({
          kind: 'answer',
          result: 'next-interview',
          nextInterview: { withWhom: 'x', on: '', time: '', channel: null, stage: 'team' },
        }),
        ctx({ events }),
      ).probablyClosed,
    ).toBe(false);
  });
});

describe('resolveOutcome', () => {
  it('drops what does not go with the kind', () => {
    const messy = {
      kind: 'no-answer',
      at: CALL,
      note: 'n',
      result: 'offer',
      reason: 'r',
      nextInterview: { withWhom: 'x', on: '', stage: 'team' },
    } as OutcomeInput;
    expect(resolveOutcome(messy, DEFAULT_SETTINGS)).toEqual({
      kind: 'no-answer',
      at: CALL,
      note: 'n',
      nextFollowUpAt: local(2026, 4, 10, 9),
    });
    expect(
      resolveOutcome({ kind: 'answer', at: CALL, note: '', result: 'offer', nextFollowUpAt: 5, reason: 'x' }, DEFAULT_SETTINGS),
    ).toEqual({
      kind: 'answer',
      at: CALL,
      note: '',
      result: 'offer',
    });
  });

  it('keeps a given follow-up date', () => {
    expect(resolveOutcome(outcome({ kind: 'new-date', nextFollowUpAt: CALL + 3 * DAY }), DEFAULT_SETTINGS).nextFollowUpAt).toBe(
      CALL + 3 * DAY,
    );
  });
});

describe('retryRuleOf', () => {
  it('counts the retries left after the calls in a row with no answer, and the pending promised date', () => {
    const e1 = event('outcome', CALL - 3 * DAY, { kind: 'no-answer' });
    const e2 = event('outcome', CALL - 2 * DAY, { kind: 'no-answer' });
    const answer = pendingReminder('answer-due', CALL + DAY);
    expect(retryRuleOf(ctx())).toEqual({ left: 2, promisedAt: null });
    expect(retryRuleOf(ctx({ events: [e1], reminders: [answer] }))).toEqual({ left: 1, promisedAt: CALL + DAY });
    expect(retryRuleOf(ctx({ events: [e2, e1] }))).toEqual({ left: 0, promisedAt: null });
    expect(retryRuleOf(ctx({ events: [e1, e2, event('kept-pursuing', CALL - DAY)] })).left).toBe(2);
    expect(retryRuleOf(ctx({ reminders: [{ ...answer, pendingDueAt: undefined, doneAt: CALL, closedBy: 'done' }] })).promisedAt).toBeNull();
  });
});

describe('isProbablyClosed', () => {
  // Promised by Mon 6 April; the call after it is Tue 7 at 09:00.
  const promised = local(2026, 4, 6, 9);
  const call = local(2026, 4, 7, 9);
  const undecided = interview({ verdict: 'undecided', interviewAt: local(2026, 3, 30, 10), answerBy: promised, followUpAt: call });
  const closed = (over: Partial<ClosedContext> = {}, status: Application['status'] = 'waiting') =>
    isProbablyClosed(app({ status }), {
      latest: undecided,
      events: [],
      reminders: [pendingReminder('follow-up', call), pendingReminder('answer-due', promised)],
      settings: DEFAULT_SETTINGS,
      now: CALL,
      ...over,
    });

  describe('an undecided verdict with a promised answer date', () => {
    it('never on the promised day itself, not at 09:00 nor at 23:59', () => {
      expect(closed({ now: promised })).toBe(false);
      expect(closed({ now: local(2026, 4, 6, 23, 59) })).toBe(false);
    });

    it('not yet once the day ended while the call after it is still ahead or just due', () => {
      expect(closed({ now: local(2026, 4, 7, 0, 1) })).toBe(false);
      expect(closed({ now: call })).toBe(false);
      // The call is overdue, but not yet by a full working day (Wed 8 is that day).
      expect(closed({ now: local(2026, 4, 8, 23, 59) })).toBe(false);
    });

    it('once the call after it is a full working day overdue with nothing recorded: probably closed', () => {
      expect(closed({ now: local(2026, 4, 9, 0, 0) })).toBe(true);
    });

    it('a full working day skips the weekend: a call due Friday is that overdue when Monday has ended', () => {
      const friday = local(2026, 4, 10, 9);
      const c = { reminders: [pendingReminder('follow-up', friday)], latest: { ...undecided, answerBy: local(2026, 4, 9, 9) } };
      expect(closed({ ...c, now: local(2026, 4, 13, 23, 59) })).toBe(false);
      expect(closed({ ...c, now: local(2026, 4, 14, 0, 0) })).toBe(true);
    });

    it('once the call after the promised day was recorded as "no answer": probably closed', () => {
      const noAnswer = event('outcome', local(2026, 4, 7, 10), { kind: 'no-answer' });
      expect(
        closed({ now: local(2026, 4, 7, 10), events: [noAnswer], reminders: [pendingReminder('follow-up', local(2026, 4, 9, 9))] }),
      ).toBe(true);
    });

    it('a call with no answer on the promised day itself is not the call after it', () => {
      const early = event('outcome', local(2026, 4, 6, 15), { kind: 'no-answer' });
      const reminders = [pendingReminder('follow-up', local(2026, 4, 8, 9))];
      expect(closed({ now: local(2026, 4, 7, 10), events: [early], reminders })).toBe(false);
    });

    it('with no follow-up pending and nothing recorded (the call was marked done): not probably closed', () => {
      expect(closed({ now: local(2026, 4, 20, 10), reminders: [] })).toBe(false);
    });

    it.each([
      ['an answer', { kind: 'answer', result: 'next-interview' }],
      ['a new date', { kind: 'new-date', nextFollowUpAt: CALL + DAY }],
    ] as const)('%s since the interview: not probably closed', (_n, o) => {
      expect(closed({ now: local(2026, 4, 20, 10), events: [event('outcome', promised - DAY, o)] })).toBe(false);
    });

    it('an answer before the interview does not count', () => {
      const before = event('outcome', undecided.interviewAt - DAY, { kind: 'answer', result: 'next-interview' });
      expect(closed({ now: local(2026, 4, 20, 10), events: [before] })).toBe(true);
    });

    it('"keep pursuing" after the date: not any more; before the date it does not count', () => {
      expect(closed({ now: local(2026, 4, 20, 10), events: [event('kept-pursuing', promised + H)] })).toBe(false);
      expect(closed({ now: local(2026, 4, 20, 10), events: [event('kept-pursuing', promised - H)] })).toBe(true);
    });

    it.each(['convinced', 'rejected', 'no-answer'] as const)('not for a %s verdict', (verdict) => {
      expect(closed({ now: local(2026, 4, 20, 10), latest: { ...undecided, verdict } })).toBe(false);
    });

    it('not without a promised date', () => {
      expect(closed({ now: local(2026, 4, 20, 10), latest: { ...undecided, answerBy: null } })).toBe(false);
    });

    it.each(['closed', 'offer'] as const)('not for an application already %s', (status) => {
      expect(closed({ now: local(2026, 4, 20, 10) }, status)).toBe(false);
    });
  });

  describe('every retry of a call unanswered (2 retries by default: three calls)', () => {
    const latest = interview({ verdict: 'convinced', answerBy: null });
    const t0 = latest.interviewAt + DAY;
    const c = (events: TimelineEvent[], over: Partial<ClosedContext> = {}) =>
      isProbablyClosed(app(), { latest, events, reminders: [], settings: DEFAULT_SETTINGS, now: CALL, ...over });

    it('one or two: not yet; three: probably closed; four: still', () => {
      const [e1, e2, e3, e4] = [0, 1, 2, 3].map((n) => event('outcome', t0 + n * DAY, { kind: 'no-answer' }));
      expect(c([e1!])).toBe(false);
      expect(c([e2!, e1!])).toBe(false);
      expect(c([e3!, e1!, e2!])).toBe(true);
      expect(c([e1!, e2!, e3!, e4!])).toBe(true);
    });

    it('follows the retries setting', () => {
      const calls = [0, 1].map((n) => event('outcome', t0 + n * DAY, { kind: 'no-answer' }));
      expect(c(calls, { settings: { maxNoAnswerRetries: 1 } })).toBe(true);
      expect(c(calls.slice(0, 1), { settings: { maxNoAnswerRetries: 0 } })).toBe(true);
      expect(c(calls, { settings: { maxNoAnswerRetries: 5 } })).toBe(false);
    });

    it('not "in a row" when a new date came between', () => {
      const events = [
        event('outcome', t0, { kind: 'no-answer' }),
        event('outcome', t0 + DAY, { kind: 'no-answer' }),
        event('outcome', t0 + 2 * DAY, { kind: 'new-date', nextFollowUpAt: t0 + 3 * DAY }),
        event('outcome', t0 + 3 * DAY, { kind: 'no-answer' }),
      ];
      expect(c(events)).toBe(false);
    });

    it('"keep pursuing" restarts the count', () => {
      const events = [0, 1, 2].map((n) => event('outcome', t0 + n * DAY, { kind: 'no-answer' }));
      events.push(event('kept-pursuing', t0 + 2 * DAY + H), event('outcome', t0 + 3 * DAY, { kind: 'no-answer' }));
      expect(c(events)).toBe(false);
      const more = [4, 5].map((n) => event('outcome', t0 + n * DAY, { kind: 'no-answer' }));
      expect(c([...events, ...more])).toBe(true);
    });

    it('calls before the newest interview do not count', () => {
      const events = [3, 2, 1].map((n) => event('outcome', latest.interviewAt - n * DAY, { kind: 'no-answer' }));
      expect(c(events)).toBe(false);
    });

    it('works without any interview', () => {
      const events = [0, 1, 2].map((n) => event('outcome', t0 + n * DAY, { kind: 'no-answer' }));
      expect(c(events, { latest: undefined })).toBe(true);
    });

    it('never before a promised answer day has ended, however many calls went unanswered', () => {
      const events = [0, 1, 2].map((n) => event('outcome', t0 + n * DAY, { kind: 'no-answer' }));
      const promising = { ...latest, answerBy: CALL + DAY };
      expect(c(events, { latest: promising })).toBe(false);
      expect(c(events, { latest: promising, now: CALL + 2 * DAY })).toBe(true);
    });
  });
});

describe('nextInterviewOfDebrief', () => {
  it('the earliest dated next step of a convinced verdict, its stage not said', () => {
    const d = makeDebrief({
      verdict: 'convinced',
      nextSteps: [
        { withWhom: 'CEO', when: '2026-04-20' },
        { withWhom: 'Line manager', when: '2026-04-12' },
        { withWhom: 'HR', when: '' },
      ],
    });
    expect(nextInterviewOfDebrief(d)).toEqual({
      on: '2026-04-12',
      time: '',
      channel: null,
      withWhom: 'Line manager',
      role: '',
      stage: null,
    });
  });

  it('none without a date, or for another verdict', () => {
    expect(nextInterviewOfDebrief(makeDebrief({ verdict: 'convinced', nextSteps: [{ withWhom: 'HR', when: '' }] }))).toBeNull();
    expect(nextInterviewOfDebrief(makeDebrief({ verdict: 'undecided', nextSteps: [{ withWhom: 'HR', when: '2026-04-12' }] }))).toBeNull();
  });
});

describe('the rules at their edges', () => {
  // Promised by Mon 6 April: that day ends at midnight, Tue 7 00:00.
  const promised = local(2026, 4, 6, 9);
  const midnight = local(2026, 4, 7);
  const undecided = interview({
    verdict: 'undecided',
    interviewAt: local(2026, 3, 30, 10),
    answerBy: promised,
    followUpAt: local(2026, 4, 7, 9),
  });
  const closedAt = (now: number, events: TimelineEvent[], reminders: Reminder[] = []) =>
    isProbablyClosed(app(), { latest: undecided, events, reminders, settings: DEFAULT_SETTINGS, now });

  it('a call with no answer at the very first instant after the promised day is the call after it', () => {
    expect(closedAt(midnight + H, [event('outcome', midnight, { kind: 'no-answer' })])).toBe(true);
    expect(closedAt(midnight + H, [event('outcome', midnight - 1, { kind: 'no-answer' })])).toBe(false);
  });

  it('"keep pursuing" at the promised time itself counts', () => {
    expect(closedAt(local(2026, 4, 20, 10), [event('kept-pursuing', promised)], [pendingReminder('follow-up', local(2026, 4, 7, 9))])).toBe(
      false,
    );
  });

  it('the order the timeline comes in does not matter (newest first, as an application page lists it)', () => {
    const latest = interview({ verdict: 'convinced', answerBy: null });
    const calls = [1, 2, 3].map((n) => event('outcome', latest.interviewAt + n * DAY, { kind: 'no-answer' }));
    const pursued = event('kept-pursuing', latest.interviewAt + 2.5 * DAY);
    const c = (events: TimelineEvent[]) =>
      isProbablyClosed(app(), { latest, events, reminders: [], settings: DEFAULT_SETTINGS, now: CALL });
    // One call since "keep pursuing": not probably closed, in either order.
    expect(c([calls[0]!, calls[1]!, pursued, calls[2]!])).toBe(false);
    expect(c([pursued, ...calls])).toBe(false);
    expect(c([...calls].reverse())).toBe(true);
  });

  it('without any interview and fewer unanswered calls than the retries: not probably closed', () => {
    const events = [event('outcome', CALL - DAY, { kind: 'no-answer' })];
    expect(isProbablyClosed(app(), { latest: undefined, events, reminders: [], settings: DEFAULT_SETTINGS, now: CALL })).toBe(false);
  });

  it('an application with an offer is never probably closed, even once every retry went unanswered', () => {
    const events = [3, 2].map((n) => event('outcome', CALL - n * DAY, { kind: 'no-answer' }));
    expect(applyOutcome(app({ status: 'offer' }), outcome({ kind: 'no-answer' }), ctx({ events })).probablyClosed).toBe(false);
    expect(applyOutcome(app({ status: 'waiting' }), outcome({ kind: 'no-answer' }), ctx({ events })).probablyClosed).toBe(true);
  });

  it('a call recorded late, made before the promised day ended, answers the overdue follow-up: it no longer counts', () => {
    const late = ctx({
      latest: undecided,
      now: local(2026, 4, 20, 10),
      reminders: [pendingReminder('follow-up', local(2026, 4, 7, 9))],
    });
    expect(isProbablyClosed(app(), { ...late, events: [] })).toBe(true);
    const plan = applyOutcome(
      app(),
      outcome({ kind: 'no-answer', at: local(2026, 4, 6, 15), nextFollowUpAt: local(2026, 4, 21, 9) }),
      late,
    );
    expect(plan.supersede).toEqual(['follow-up']);
    expect(plan.probablyClosed).toBe(false);
  });

  it('a new date once the retries are used up still sets its follow-up', () => {
    const two = [3, 2].map((n) => event('outcome', CALL - n * DAY, { kind: 'no-answer' }));
    const plan = applyOutcome(app(), outcome({ kind: 'new-date', nextFollowUpAt: CALL + 3 * DAY }), ctx({ events: two }));
    expect(plan.reminders).toEqual([{ kind: 'follow-up', dueAt: CALL + 3 * DAY }]);
  });

  it('the promised date of a retry rule is the pending answer-due reminder, not another pending one listed first', () => {
    const rule = retryRuleOf(ctx({ reminders: [pendingReminder('follow-up', CALL + DAY), pendingReminder('answer-due', CALL + 2 * DAY)] }));
    expect(rule.promisedAt).toBe(CALL + 2 * DAY);
  });
});

describe('resolveOutcome without a retry rule or with parts left out', () => {
  it('no answer: the default retry, as if no promise were pending', () => {
    expect(resolveOutcome(outcome({ kind: 'no-answer' }), DEFAULT_SETTINGS)).toEqual({
      ...outcome({ kind: 'no-answer' }),
      nextFollowUpAt: defaultRetryAt(CALL, DEFAULT_SETTINGS),
    });
  });

  it('an answer says an offer unless told otherwise; a next interview with no details is of no known date; a rejection with no reason', () => {
    expect(resolveOutcome(outcome({ kind: 'answer' }), DEFAULT_SETTINGS)).toEqual({ kind: 'answer', at: CALL, note: '', result: 'offer' });
    expect(resolveOutcome(outcome({ kind: 'answer', result: 'next-interview' }), DEFAULT_SETTINGS)).toEqual({
      kind: 'answer',
      at: CALL,
      note: '',
      result: 'next-interview',
      nextInterview: { withWhom: '', on: '', time: '', channel: null, stage: 'other' },
    });
    expect(resolveOutcome(outcome({ kind: 'answer', result: 'rejected' }), DEFAULT_SETTINGS)).toEqual({
      kind: 'answer',
      at: CALL,
      note: '',
      result: 'rejected',
      reason: '',
    });
  });
});

describe('nextInterviewOfDebrief, steps whose day is not a date', () => {
  it('are not an interview to plan', () => {
    const d = makeDebrief({
      verdict: 'convinced',
      nextSteps: [
        { withWhom: 'HR', when: '2026-02-30' },
        { withWhom: 'CTO', when: '2026-04-30' },
      ],
    });
    expect(nextInterviewOfDebrief(d)?.withWhom).toBe('CTO');
  });
});

it('dates in this file are in Paris', () => {
  expect(day(local(2026, 4, 1))).toBe('Wed Apr 01 2026');
});
