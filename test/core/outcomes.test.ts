// Fixed time zone for this file: Node re-reads TZ when process.env.TZ is assigned. Set before any Date use.
const previousTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';

import { afterAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  applyOutcome,
  defaultNewDateAt,
  defaultRetryAt,
  isProbablyClosed,
  nextInterviewOfDebrief,
  resolveOutcome,
  type OutcomeContext,
} from '../../src/core/outcomes';
import { DEFAULT_SETTINGS, type Application, type Interview, type OutcomeInput, type TimelineEvent } from '../../src/core/types';
import { makeDebrief } from '../builders';

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

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
  now: CALL,
  ...over,
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
    expect(plan.supersede.sort()).toEqual(['answer-due', 'follow-up']);
  });

  it('answer "next interview": in process, the interview planned (the next debrief sets the follow-up)', () => {
    const next = { withWhom: 'Léa, CTO', on: '2026-04-15', stage: 'director' as const };
    const plan = applyOutcome(app(), outcome({ kind: 'answer', result: 'next-interview', nextInterview: next }), ctx());
    expect(plan).toMatchObject({ status: 'in-process', probablyClosed: false, nextInterview: next, reminders: [] });
    expect(plan.supersede.sort()).toEqual(['answer-due', 'follow-up']);
  });

  it('answer "rejected": closed, the reason kept, every pending reminder stops', () => {
    const plan = applyOutcome(
      app({ nextInterview: { on: '2026-04-20', withWhom: 'x', stage: 'team' } }),
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
    expect(plan.supersede.sort()).toEqual(['answer-due', 'follow-up']);
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
    const next = { on: '2026-04-20', withWhom: 'x', stage: 'team' as const };
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

  it('the second no answer in a row marks it probably closed', () => {
    const events = [event('outcome', CALL - 3 * DAY, { kind: 'no-answer' })];
    expect(applyOutcome(app(), outcome({ kind: 'no-answer' }), ctx({ events })).probablyClosed).toBe(true);
  });

  it('an answer clears "probably closed"', () => {
    const events = [event('outcome', CALL - 3 * DAY, { kind: 'no-answer' }), event('outcome', CALL - 2 * DAY, { kind: 'no-answer' })];
    expect(
      applyOutcome(
        app({ probablyClosed: true }),
        outcome({ kind: 'answer', result: 'next-interview', nextInterview: { withWhom: 'x', on: '', stage: 'team' } }),
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

describe('isProbablyClosed', () => {
  const promised = CALL - 2 * DAY;
  const undecided = interview({ verdict: 'undecided', answerBy: promised });

  describe('an undecided verdict whose promised answer date passed', () => {
    it('with nothing heard since: probably closed', () => {
      expect(isProbablyClosed(app(), undecided, [], CALL)).toBe(true);
    });

    it('before the date: not yet', () => {
      expect(isProbablyClosed(app(), undecided, [], promised - 1)).toBe(false);
      expect(isProbablyClosed(app(), undecided, [], promised)).toBe(true);
    });

    it('a call with no answer is not an answer: still probably closed', () => {
      expect(isProbablyClosed(app(), undecided, [event('outcome', promised + H, { kind: 'no-answer' })], CALL)).toBe(true);
    });

    it.each([
      ['an answer', { kind: 'answer', result: 'next-interview' }],
      ['a new date', { kind: 'new-date', nextFollowUpAt: CALL + DAY }],
    ] as const)('%s since the interview: not probably closed', (_n, o) => {
      expect(isProbablyClosed(app(), undecided, [event('outcome', promised - DAY, o)], CALL)).toBe(false);
    });

    it('an answer before the interview does not count', () => {
      expect(
        isProbablyClosed(
          app(),
          undecided,
          [event('outcome', undecided.interviewAt - DAY, { kind: 'answer', result: 'next-interview' })],
          CALL,
        ),
      ).toBe(true);
    });

    it('"keep pursuing" after the date: not any more; before the date it does not count', () => {
      expect(isProbablyClosed(app(), undecided, [event('kept-pursuing', promised + H)], CALL)).toBe(false);
      expect(isProbablyClosed(app(), undecided, [event('kept-pursuing', promised - H)], CALL)).toBe(true);
    });

    it.each(['convinced', 'rejected', 'no-answer'] as const)('not for a %s verdict', (verdict) => {
      expect(isProbablyClosed(app(), { ...undecided, verdict }, [], CALL)).toBe(false);
    });

    it('not without a promised date', () => {
      expect(isProbablyClosed(app(), { ...undecided, answerBy: null }, [], CALL)).toBe(false);
    });

    it.each(['closed', 'offer'] as const)('not for an application already %s', (status) => {
      expect(isProbablyClosed(app({ status }), undecided, [], CALL)).toBe(false);
    });
  });

  describe('two follow-up calls in a row with no answer', () => {
    const latest = interview({ verdict: 'convinced', answerBy: null });
    const t0 = latest.interviewAt + DAY;

    it('one: not yet; two: probably closed; three: still', () => {
      const e1 = event('outcome', t0, { kind: 'no-answer' });
      const e2 = event('outcome', t0 + DAY, { kind: 'no-answer' });
      const e3 = event('outcome', t0 + 2 * DAY, { kind: 'no-answer' });
      expect(isProbablyClosed(app(), latest, [e1], CALL)).toBe(false);
      expect(isProbablyClosed(app(), latest, [e2, e1], CALL)).toBe(true);
      expect(isProbablyClosed(app(), latest, [e1, e2, e3], CALL)).toBe(true);
    });

    it('not "in a row" when a new date came between', () => {
      const events = [
        event('outcome', t0, { kind: 'no-answer' }),
        event('outcome', t0 + DAY, { kind: 'new-date', nextFollowUpAt: t0 + 3 * DAY }),
        event('outcome', t0 + 3 * DAY, { kind: 'no-answer' }),
      ];
      expect(isProbablyClosed(app(), latest, events, CALL)).toBe(false);
    });

    it('"keep pursuing" restarts the count', () => {
      const events = [
        event('outcome', t0, { kind: 'no-answer' }),
        event('outcome', t0 + DAY, { kind: 'no-answer' }),
        event('kept-pursuing', t0 + DAY + H),
        event('outcome', t0 + 2 * DAY, { kind: 'no-answer' }),
      ];
      expect(isProbablyClosed(app(), latest, events, CALL)).toBe(false);
      expect(isProbablyClosed(app(), latest, [...events, event('outcome', t0 + 3 * DAY, { kind: 'no-answer' })], CALL)).toBe(true);
    });

    it('calls before the newest interview do not count', () => {
      const events = [
        event('outcome', latest.interviewAt - 2 * DAY, { kind: 'no-answer' }),
        event('outcome', latest.interviewAt - DAY, { kind: 'no-answer' }),
      ];
      expect(isProbablyClosed(app(), latest, events, CALL)).toBe(false);
    });

    it('works without any interview', () => {
      const events = [event('outcome', t0, { kind: 'no-answer' }), event('outcome', t0 + DAY, { kind: 'no-answer' })];
      expect(isProbablyClosed(app(), undefined, events, CALL)).toBe(true);
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
    expect(nextInterviewOfDebrief(d)).toEqual({ on: '2026-04-12', withWhom: 'Line manager', stage: null });
  });

  it('none without a date, or for another verdict', () => {
    expect(nextInterviewOfDebrief(makeDebrief({ verdict: 'convinced', nextSteps: [{ withWhom: 'HR', when: '' }] }))).toBeNull();
    expect(nextInterviewOfDebrief(makeDebrief({ verdict: 'undecided', nextSteps: [{ withWhom: 'HR', when: '2026-04-12' }] }))).toBeNull();
  });
});

it('dates in this file are in Paris', () => {
  expect(day(local(2026, 4, 1))).toBe('Wed Apr 01 2026');
});
