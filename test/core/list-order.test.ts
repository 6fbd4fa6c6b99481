// Paris time: the day boundaries are worked out once per list, and must stay local days across the
// daylight-saving changes (25 October and 29 March).
import '../paris-time';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, fromDateInput, localDayAt, toDateInput } from '../../src/core/dates';
import { inListOrder, sectionOf } from '../../src/core/list-order';
import type { Row } from '../../src/core/list-row';
import { buildList } from '../../src/dashboard/sections';
import { dayShown, weekOf } from '../../src/dashboard/week';

const HOUR = 3_600_000;
// From 20 October 2026 to 5 April 2027: both changes of the clocks.
const FROM = new Date(2026, 9, 20).getTime();
const TO = new Date(2027, 3, 5).getTime();
const instant = fc.integer({ min: FROM, max: TO });

const rowArb = fc
  .record({
    id: fc.uuid(),
    status: fc.constantFrom('waiting', 'in-process', 'closed', 'offer'),
    nextDueAt: fc.option(instant, { nil: null }),
    followUp: fc.option(instant, { nil: undefined }),
    answer: fc.option(instant, { nil: undefined }),
    interview: fc.option(fc.oneof(instant.map(toDateInput), fc.constant(''), fc.constant('2026-02-30')), { nil: null }),
    updatedAt: instant,
    haystack: fc.string({ maxLength: 4 }),
  })
  .map(
    (r): Row => ({
      id: r.id,
      company: 'Acme',
      title: 'Dev',
      status: r.status as Row['status'],
      lastVerdict: null,
      nextDueAt: r.nextDueAt,
      pending: { ...(r.followUp !== undefined && { 'follow-up': r.followUp }), ...(r.answer !== undefined && { 'answer-due': r.answer }) },
      nextInterview: r.interview === null ? null : { on: r.interview, withWhom: '', stage: null },
      probablyClosed: false,
      updatedAt: r.updatedAt,
      revision: 1,
      haystack: r.haystack,
    }),
  );

/** The rule as first written, a Date worked out per row: what the faster one must still give. */
function sectionAsWritten(r: Row, now: number): string {
  if (r.status === 'closed' || r.status === 'offer') return 'closed';
  if (r.nextDueAt !== null && r.nextDueAt < localDayAt(now, 1, 0)) return 'due';
  if (r.nextInterview) {
    const day = r.nextInterview.on ? fromDateInput(r.nextInterview.on, 0) : null;
    if (day === null || calendarDaysBetween(now, day) >= 0) return 'interview';
  }
  return 'waiting';
}

describe('the list order', () => {
  it('puts every row in the section the rule gives, across the changes of the clocks', () => {
    fc.assert(
      fc.property(rowArb, instant, (row, now) => {
        expect(sectionOf(row, now)).toBe(sectionAsWritten(row, now));
      }),
      { numRuns: 2000 },
    );
    // The night the clocks go back: at 23:30 on the 24th, a call at 00:30 on the 25th is tomorrow's work.
    const now = new Date(2026, 9, 24, 23, 30).getTime();
    const row = { nextDueAt: new Date(2026, 9, 25, 0, 30).getTime(), status: 'waiting', nextInterview: null } as Row;
    expect(sectionOf(row, now)).toBe('waiting');
    expect(sectionOf({ ...row, nextDueAt: now + HOUR / 4 }, now)).toBe('due');
  });

  it('inListOrder gives the rows in the order the dashboard lists them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.id, maxLength: 40 }), instant, (rows, now) => {
        const listed = buildList(rows, { query: '', status: '' }, now).flatMap((i) => (i.type === 'row' ? [i.row.id] : []));
        expect(inListOrder(rows, now).map((r) => r.id)).toEqual(listed);
      }),
    );
  });
});

describe('the week strip', () => {
  it('places each date on its local day, as calendar days from today', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), instant, (rows, now) => {
        const days = weekOf(rows, now);
        for (const [i, day] of days.entries()) {
          for (const item of day.items) expect(calendarDaysBetween(now, item.at)).toBe(i);
        }
        const expected = rows
          .filter((r) => r.status !== 'closed' && r.status !== 'offer')
          .flatMap((r) => Object.values(r.pending))
          .filter((at) => {
            const d = calendarDaysBetween(now, at);
            return d >= 0 && d < 7;
          }).length;
        const placed = days.flatMap((d) => d.items).filter((i) => i.kind !== 'interview').length;
        expect(placed).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('shows a busy day as its first items and how many more', () => {
    const item = (n: number) => ({ applicationId: `a${n}`, kind: 'call' as const, company: `C${n}`, title: '', at: n });
    const four = [1, 2, 3, 4].map(item);
    expect(dayShown(four)).toEqual({ shown: four, more: 0 });
    const many = Array.from({ length: 312 }, (_, n) => item(n));
    expect(dayShown(many)).toEqual({ shown: many.slice(0, 3), more: 309 });
  });
});
