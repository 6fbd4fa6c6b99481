// Fixed time zone for this file, so local reminder hours and daylight-saving dates are known.
import '../paris-time';

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { type CalendarEntry, planCalendar, reminderEvent } from '../../src/core/calendar-plan';
import { escapeText, foldLine, icsCalendar, type IcsEvent } from '../../src/core/ics';
import type { Application, Reminder } from '../../src/core/types';
import { makeTranslator } from '../catalog';

const NOW = Date.UTC(2026, 2, 20, 12, 0, 0);
const octets = (s: string) => new TextEncoder().encode(s).length;

/**
 * A strict reader of what icsCalendar writes (RFC 5545 §3.1 unfolding, §3.3.11 TEXT unescaping,
 * BEGIN/END nesting), checking the octet limits ical.js forgives; the same files are read by ical.js below.
 */
interface Parsed {
  name: string;
  props: { name: string; params: string; value: string }[];
  children: Parsed[];
}
function parseIcs(text: string): Parsed {
  expect(text.endsWith('\r\n')).toBe(true);
  const raw = text.slice(0, -2).split('\r\n');
  for (const line of raw) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(octets(line)).toBeLessThanOrEqual(75);
  }
  const lines: string[] = [];
  for (const line of raw) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: Parsed[] = [{ name: '', props: [], children: [] }];
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const [head, value] = [line.slice(0, colon), line.slice(colon + 1)];
    const [name, ...params] = head.split(';');
    if (name === 'BEGIN') {
      const c: Parsed = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      expect(stack.pop()!.name).toBe(value);
    } else {
      // Unescaped TEXT must not hold a bare comma or semicolon (they separate values).
      expect(value.replace(/\\./g, '')).not.toMatch(/[,;]/);
      stack.at(-1)!.props.push({ name: name!, params: params.join(';'), value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(stack[0]!.children).toHaveLength(1);
  return stack[0]!.children[0]!;
}
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const prop = (c: Parsed, name: string) => c.props.find((p) => p.name === name);
const text = (c: Parsed, name: string) => unescapeText(prop(c, name)!.value);

const call = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'reminder-r1@relance',
  sequence: 0,
  start: { kind: 'timed', at: Date.UTC(2026, 2, 30, 7), minutes: 15 },
  summary: 'Follow-up call: Acme – Dev',
  description: 'Call the recruiter',
  alarm: 'Follow-up call',
  ...over,
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });
  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('icsCalendar', () => {
  it('writes a calendar whose text fields round-trip: accents, commas, semicolons, newlines, a long title', () => {
    const summary = `Relance : Société Générale, « Développeur; full-stack » \\ ${'très long titre '.repeat(12)}`;
    const description = 'Ligne 1\nLigne 2, avec virgule; et point-virgule';
    const cal = parseIcs(icsCalendar([call({ summary, description })], NOW));
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')!.value).toBe('2.0');
    expect(prop(cal, 'PRODID')).toBeDefined();
    const [ev] = cal.children;
    expect(ev!.name).toBe('VEVENT');
    expect(text(ev!, 'SUMMARY')).toBe(summary);
    expect(text(ev!, 'DESCRIPTION')).toBe(description);
    expect(prop(ev!, 'DTSTAMP')!.value).toBe('20260320T120000Z');
  });

  it('times a call in UTC, with an alarm ten minutes before', () => {
    const cal = parseIcs(icsCalendar([call()], NOW));
    const ev = cal.children[0]!;
    expect(prop(ev, 'DTSTART')!.value).toBe('20260330T070000Z');
    expect(prop(ev, 'DTEND')!.value).toBe('20260330T071500Z');
    expect(prop(ev, 'UID')!.value).toBe('reminder-r1@relance');
    expect(prop(ev, 'SEQUENCE')!.value).toBe('0');
    expect(prop(ev, 'STATUS')!.value).toBe('CONFIRMED');
    const [alarm] = ev.children;
    expect(alarm!.name).toBe('VALARM');
    expect(prop(alarm!, 'TRIGGER')!.value).toBe('-PT10M');
    expect(prop(alarm!, 'ACTION')!.value).toBe('DISPLAY');
    expect(prop(alarm!, 'DESCRIPTION')).toBeDefined();
  });

  it('makes a promised answer an all-day date without alarm', () => {
    const cal = parseIcs(icsCalendar([call({ start: { kind: 'date', on: '2026-12-31' }, alarm: undefined })], NOW));
    const ev = cal.children[0]!;
    expect(prop(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: 'VALUE=DATE', value: '20261231' });
    expect(prop(ev, 'DTEND')).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20270101' });
    expect(ev.children).toHaveLength(0);
  });

  it('marks a cancelled event and gives it no alarm', () => {
    const ev = parseIcs(icsCalendar([call({ cancelled: true, sequence: 2 })], NOW)).children[0]!;
    expect(prop(ev, 'STATUS')!.value).toBe('CANCELLED');
    expect(prop(ev, 'SEQUENCE')!.value).toBe('2');
    expect(ev.children).toHaveLength(0);
  });
});

const app: Application = {
  id: 'a1',
  jobKey: 'k',
  keys: ['k'],
  matchKey: 'm',
  urls: [],
  posting: { title: 'Développeur, full-stack', company: 'Société; Générale', location: 'Lyon', url: 'https://jobs.test/1' },
  status: 'waiting',
  lastVerdict: 'undecided',
  nextDueAt: null,
  createdAt: 0,
  updatedAt: 0,
  revision: 1,
};
const reminder = (over: Partial<Reminder> = {}): Reminder => {
  const dueAt = over.dueAt ?? new Date(2026, 2, 30, 9).getTime();
  return { id: 'r1', applicationId: 'a1', interviewId: 'i1', kind: 'follow-up', dueAt, pendingDueAt: dueAt, ...over };
};

describe('reminderEvent', () => {
  for (const [lang, catalog] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    const t = makeTranslator(catalog);
    it(`${lang}: a follow-up call the day after the spring change is at 09:00 Paris summer time (07:00Z)`, () => {
      const c = reminderEvent(app, reminder(), t);
      const ev = parseIcs(icsCalendar([{ ...c.event, sequence: 0 }], NOW)).children[0]!;
      expect(prop(ev, 'DTSTART')!.value).toBe('20260330T070000Z');
      expect(text(ev, 'SUMMARY')).toContain('Société; Générale');
      expect(text(ev, 'SUMMARY')).toContain('Développeur, full-stack');
      expect(text(ev, 'SUMMARY')).not.toMatch(/\$/);
      expect(text(ev, 'DESCRIPTION')).toContain('https://jobs.test/1');
      expect(ev.children[0]!.name).toBe('VALARM');
    });
    it(`${lang}: a promised answer is the local day, all day`, () => {
      // 00:30 local on 1 April is still 31 March in UTC: the date is the local one.
      const c = reminderEvent(app, reminder({ kind: 'answer-due', dueAt: new Date(2026, 3, 1, 0, 30).getTime() }), t);
      const ev = parseIcs(icsCalendar([{ ...c.event, sequence: 0 }], NOW)).children[0]!;
      expect(prop(ev, 'DTSTART')!.value).toBe('20260401');
      expect(ev.children).toHaveLength(0);
    });
  }
});

describe('planCalendar', () => {
  const t = makeTranslator(en);
  const first = planCalendar([], [reminderEvent(app, reminder(), t)], { cancelStale: true });
  const ledger: CalendarEntry[] = first.ledger;

  it('numbers a new event 0 and records it', () => {
    expect(first.events.map((e) => [e.uid, e.sequence])).toEqual([['reminder-r1@relance', 0]]);
    expect(ledger).toHaveLength(1);
  });

  it('keeps the SEQUENCE of an unchanged event and records nothing new', () => {
    const again = planCalendar(ledger, [reminderEvent(app, reminder(), t)], { cancelStale: true });
    expect(again.events[0]!.sequence).toBe(0);
    expect(again.ledger).toEqual([]);
  });

  /** The file's one event as a real iCalendar parser (ical.js) reads it, once the strict reader accepted the file. */
  const readEvent = (text: string) => {
    parseIcs(text);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    return events[0]!;
  };

  it('gives a moved call the same UID and a higher SEQUENCE', () => {
    const moved = planCalendar(ledger, [reminderEvent(app, reminder({ dueAt: new Date(2026, 2, 31, 9).getTime() }), t)], {
      cancelStale: true,
    });
    const ev = readEvent(icsCalendar(moved.events, NOW));
    expect(ev.getFirstPropertyValue('uid')).toBe('reminder-r1@relance');
    expect(ev.getFirstPropertyValue('sequence')).toBe(1);
    expect(ev.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(Date.UTC(2026, 2, 31, 7));
    expect(ev.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M');
    expect(moved.ledger[0]!.event.sequence).toBe(1);
  });

  it('cancels, once, an exported event that is no longer pending', () => {
    const gone = planCalendar(ledger, [], { cancelStale: true });
    const ev = readEvent(icsCalendar(gone.events, NOW));
    expect(ev.getFirstPropertyValue('uid')).toBe('reminder-r1@relance');
    expect(ev.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(ev.getFirstPropertyValue('sequence')).toBe(1);
    expect(ev.getFirstSubcomponent('valarm')).toBeNull();
    const later = planCalendar(gone.ledger, [], { cancelStale: true });
    expect(later.events).toEqual([]);
  });

  it('does not cancel anything from a single "Add to calendar"', () => {
    const other = reminderEvent(app, reminder({ id: 'r2' }), t);
    const single = planCalendar(ledger, [other], { cancelStale: false });
    expect(single.events.map((e) => e.uid)).toEqual(['reminder-r2@relance']);
  });

  it('brings a cancelled event back with a higher SEQUENCE when it is pending again', () => {
    const gone = planCalendar(ledger, [], { cancelStale: true });
    const back = planCalendar(gone.ledger, [reminderEvent(app, reminder(), t)], { cancelStale: true });
    expect(back.events[0]).toMatchObject({ sequence: 2 });
    expect(back.events[0]!.cancelled).toBeUndefined();
  });
});

describe('a real iCalendar parser (ical.js) reads what is written', () => {
  const long = `Relance : rappeler Société Générale, équipe « Données » ; poste ${'très '.repeat(20)}long`;
  const file = icsCalendar(
    [
      call({ summary: long, description: 'Ligne 1\nLigne 2, avec virgule; et point-virgule \\ barre' }),
      call({ uid: 'reminder-r2@relance', sequence: 3, start: { kind: 'date', on: '2026-03-29' }, alarm: undefined }),
      call({ uid: 'reminder-r3@relance', sequence: 2, cancelled: true }),
    ],
    NOW,
  );
  const events = new ICAL.Component(ICAL.parse(file)).getAllSubcomponents('vevent');

  it('every event, with its text round-tripped: accents, commas, semicolons, backslash, line breaks, long lines', () => {
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'reminder-r1@relance',
      'reminder-r2@relance',
      'reminder-r3@relance',
    ]);
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(long);
    expect(events[0]!.getFirstPropertyValue('description')).toBe('Ligne 1\nLigne 2, avec virgule; et point-virgule \\ barre');
  });

  it('a timed call in UTC with its alarm; a promised answer as a whole day without one (the day of the summer-time change)', () => {
    const start = events[0]!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().getTime()).toBe(Date.UTC(2026, 2, 30, 7));
    expect(events[0]!.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M');
    const day = events[1]!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([day.isDate, day.year, day.month, day.day]).toEqual([true, 2026, 3, 29]);
    expect(events[1]!.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('a moved event keeps its UID with a higher SEQUENCE; a cancelled one says so', () => {
    expect(events[1]!.getFirstPropertyValue('sequence')).toBe(3);
    expect(events[2]!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[2]!.getFirstPropertyValue('sequence')).toBe(2);
  });
});

describe('calendar events at their edges', () => {
  const t = makeTranslator(en);
  const kinds = [
    ['follow-up', en.reminderKindFollowUp.message, en.reminderActionFollowUp.message],
    ['answer-due', en.reminderKindAnswerDue.message, en.reminderActionAnswerDue.message],
    ['feedback', en.reminderKindFeedback.message, en.reminderActionFeedback.message],
    ['interview-soon', en.reminderKindInterviewSoon.message, en.reminderActionInterviewSoon.message],
    ['how-did-it-go', en.reminderKindHowDidItGo.message, en.reminderActionHowDidItGo.message],
  ] as const;

  it.each(kinds)(
    'a %s reminder says what it is in its title and what to do, then the posting, in its description',
    (kind, name, action) => {
      const { event } = reminderEvent(app, reminder({ kind }), t);
      expect(event.summary).toContain(name);
      expect(event.description).toBe(`${action}\nhttps://jobs.test/1`);
    },
  );

  it('a posting without an address: the description is what to do, nothing after it', () => {
    const { event } = reminderEvent({ ...app, posting: { ...app.posting, url: '' } }, reminder(), t);
    expect(event.description).toBe(en.reminderActionFollowUp.message);
  });

  it('a promised answer keeps its SEQUENCE while its day stays, and gets a higher one when it moves', () => {
    const answer = (day: number) => reminderEvent(app, reminder({ kind: 'answer-due', dueAt: new Date(2026, 3, day, 9).getTime() }), t);
    const first = planCalendar([], [answer(1)], { cancelStale: true });
    const same = planCalendar(first.ledger, [answer(1)], { cancelStale: true });
    expect(same.events[0]!.sequence).toBe(0);
    expect(same.ledger).toEqual([]);
    const moved = planCalendar(first.ledger, [answer(2)], { cancelStale: true });
    expect(moved.events[0]!.sequence).toBe(1);
  });

  it('a renamed posting at the same time: the same SEQUENCE, and the ledger keeps the new title and address', () => {
    const first = planCalendar([], [reminderEvent(app, reminder(), t)], { cancelStale: true });
    for (const posting of [
      { ...app.posting, company: 'Acme' },
      { ...app.posting, url: 'https://jobs.test/2' },
    ]) {
      const renamed = planCalendar(first.ledger, [reminderEvent({ ...app, posting }, reminder(), t)], { cancelStale: true });
      expect(renamed.events[0]!.sequence).toBe(0);
      expect(renamed.ledger.map((e) => e.event)).toEqual(renamed.events);
    }
  });

  it('no DESCRIPTION line for an event without one; no alarm on a timed event without one, nor on an all-day date', () => {
    const bare = parseIcs(icsCalendar([call({ description: '', alarm: undefined })], NOW)).children[0]!;
    expect(prop(bare, 'DESCRIPTION')).toBeUndefined();
    expect(bare.children).toHaveLength(0);
    const allDay = parseIcs(icsCalendar([call({ start: { kind: 'date', on: '2026-12-31' } })], NOW)).children[0]!;
    expect(allDay.children).toHaveLength(0);
  });

  it('folds a long line into a first line of 75 octets and continuations of one space and 74; a line of exactly 75 stays whole', () => {
    const lines = foldLine('x'.repeat(200)).split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(foldLine('y'.repeat(75))).toBe('y'.repeat(75));
  });
});
