// Fixed time zone: the days of the strip are local days, across the autumn change in Paris.
import '../paris-time';

import { describe, expect, it } from 'vitest';
import { callSummary, statusCounts, weekOf } from '../../src/dashboard/week';
import type { Row } from '../../src/dashboard/sections';
import type { TimelineEvent } from '../../src/core/types';

// Thursday 22 October 2026, 15:00; clocks go back on Sunday 25.
const NOW = new Date(2026, 9, 22, 15).getTime();
const at = (d: number, h = 9) => new Date(2026, 9, d, h).getTime();
const row = (over: Partial<Row>): Row => ({
  id: 'a',
  company: 'Acme',
  title: 'Dev',
  status: 'waiting',
  lastVerdict: 'undecided',
  nextDueAt: null,
  pending: {},
  nextInterview: null,
  probablyClosed: false,
  updatedAt: 0,
  revision: 1,
  haystack: '',
  ...over,
});

describe('weekOf', () => {
  it('seven local days from today, each with its calls, promised answers and interviews', () => {
    const days = weekOf(
      [
        row({ id: 'a', company: 'Acme', pending: { 'follow-up': at(26), 'answer-due': at(23) } }),
        row({
          id: 'b',
          company: 'Globex',
          pending: { 'follow-up': at(22, 9) },
          nextInterview: { on: '2026-10-28', withWhom: 'CTO', stage: null },
        }),
        row({ id: 'c', company: 'Later', pending: { 'follow-up': at(29) } }),
        row({ id: 'd', company: 'Past', pending: { 'follow-up': at(21) } }),
        row({ id: 'e', company: 'Closed', status: 'closed', pending: { feedback: at(24) } }),
      ],
      NOW,
    );
    expect(days.map((d) => new Date(d.day).getDate())).toEqual([22, 23, 24, 25, 26, 27, 28]);
    expect(days.every((d) => new Date(d.day).getHours() === 0)).toBe(true);
    const shown = days.map((d) => d.items.map((i) => `${i.kind}:${i.company}`));
    expect(shown).toEqual([['call:Globex'], ['answer:Acme'], [], [], ['call:Acme'], [], ['interview:Globex']]);
  });

  it('puts an item at the local day, not the UTC one', () => {
    const days = weekOf([row({ pending: { 'follow-up': new Date(2026, 9, 23, 0, 30).getTime() } })], NOW);
    expect(days[1]!.items).toHaveLength(1);
  });
});

describe('the summary', () => {
  it('counts applications by status', () => {
    expect(statusCounts([row({}), row({ status: 'closed' }), row({ status: 'waiting' })])).toEqual({
      'in-process': 0,
      waiting: 2,
      offer: 0,
      closed: 1,
    });
  });

  it('counts the follow-up calls recorded, and those that got an answer', () => {
    const ev = (kind: 'answer' | 'new-date' | 'no-answer'): TimelineEvent => ({
      id: kind,
      applicationId: 'a',
      at: 0,
      type: 'outcome',
      outcome: { kind, at: 0, note: '' },
      createdAt: 0,
    });
    const decision: TimelineEvent = { id: 'x', applicationId: 'a', at: 0, type: 'kept-pursuing', createdAt: 0 };
    expect(callSummary([ev('answer'), ev('new-date'), ev('no-answer'), decision])).toEqual({ calls: 3, answered: 1 });
  });
});
