// Fixed time zone: a planned interview's day and time are local (and one falls on the autumn change).
import '../paris-time';

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { planCalendar, plannedInterviewEvent, planIsUpcoming } from '../../src/core/calendar-plan';
import { icsCalendar } from '../../src/core/ics';
import type { Application, PlannedInterview } from '../../src/core/types';
import { makeTranslator } from '../catalog';

const NOW = new Date(2026, 9, 20, 12).getTime();
const app: Application = {
  id: 'a1',
  jobKey: 'k',
  keys: ['k'],
  matchKey: 'm',
  urls: [],
  posting: { title: 'Développeur, full-stack', company: 'Société; Générale', location: 'Lyon', url: 'https://jobs.test/1' },
  status: 'in-process',
  lastVerdict: 'convinced',
  nextDueAt: null,
  createdAt: 0,
  updatedAt: 0,
  revision: 1,
};
// Sunday 25 October 2026 is the autumn change in Paris: 14:30 local is 13:30Z that day.
const plan = (over: Partial<PlannedInterview> = {}): PlannedInterview => ({
  on: '2026-10-25',
  time: '14:30',
  channel: 'video',
  withWhom: 'Léa Roux',
  role: 'CTO, produit',
  stage: 'final',
  ...over,
});
const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

describe('a planned interview in a calendar file', () => {
  for (const [lang, catalog] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    const t = makeTranslator(catalog);
    it(`${lang}: a timed event at its local time for the interview's length, an alarm ten minutes before, its text round-tripped`, () => {
      const c = plannedInterviewEvent(app, plan(), 1, 60, t)!;
      const [ev] = parse(icsCalendar([{ ...c.event, sequence: 0 }], NOW));
      expect(ev!.getFirstPropertyValue('uid')).toBe('interview-a1-1@relance');
      expect((ev!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(Date.UTC(2026, 9, 25, 13, 30));
      expect((ev!.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime()).toBe(Date.UTC(2026, 9, 25, 14, 30));
      expect(ev!.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M');
      const summary = ev!.getFirstPropertyValue('summary') as string;
      expect(summary).toContain('Société; Générale');
      expect(summary).toContain('Développeur, full-stack');
      expect(summary).not.toMatch(/\$|undefined/);
      const description = ev!.getFirstPropertyValue('description') as string;
      expect(description.split('\n')).toEqual([
        expect.stringContaining('Léa Roux, CTO, produit'),
        expect.any(String),
        'https://jobs.test/1',
      ]);
      expect(description).not.toMatch(/\$|undefined|null/);
    });
  }

  const t = makeTranslator(en);
  it('without a start time: an all-day date, no alarm; without a day: nothing', () => {
    const c = plannedInterviewEvent(app, plan({ time: '', channel: null, withWhom: '', role: '' }), 0, 60, t)!;
    const [ev] = parse(icsCalendar([{ ...c.event, sequence: 0 }], NOW));
    const day = ev!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([day.isDate, day.year, day.month, day.day]).toEqual([true, 2026, 10, 25]);
    expect(ev!.getFirstSubcomponent('valarm')).toBeNull();
    expect(ev!.getFirstPropertyValue('description')).toBe('https://jobs.test/1');
    expect(plannedInterviewEvent(app, plan({ on: '' }), 0, 60, t)).toBeNull();
  });

  it('upcoming while its day is today or later', () => {
    expect(planIsUpcoming(plan({ on: '2026-10-20' }), NOW)).toBe(true);
    expect(planIsUpcoming(plan({ on: '2026-10-19' }), NOW)).toBe(false);
    expect(planIsUpcoming(plan({ on: '' }), NOW)).toBe(false);
    expect(planIsUpcoming(null, NOW)).toBe(false);
  });

  it('moved: same UID, higher SEQUENCE; done (a debrief recorded) or cancelled: CANCELLED in the next export', () => {
    const first = planCalendar([], [plannedInterviewEvent(app, plan(), 1, 60, t)!], { cancelStale: true });
    const moved = planCalendar(first.ledger, [plannedInterviewEvent(app, plan({ time: '16:00' }), 1, 60, t)!], { cancelStale: true });
    const [m] = parse(icsCalendar(moved.events, NOW));
    expect([m!.getFirstPropertyValue('uid'), m!.getFirstPropertyValue('sequence')]).toEqual(['interview-a1-1@relance', 1]);
    // The interview took place: the next plan comes after two debriefs, another event; this one is cancelled.
    const next = planCalendar(moved.ledger, [plannedInterviewEvent(app, plan({ on: '2026-11-03' }), 2, 60, t)!], { cancelStale: true });
    const events = parse(icsCalendar(next.events, NOW));
    expect(
      events.map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('status'), e.getFirstPropertyValue('sequence')]),
    ).toEqual([
      ['interview-a1-2@relance', 'CONFIRMED', 0],
      ['interview-a1-1@relance', 'CANCELLED', 2],
    ]);
    expect(events[1]!.getFirstSubcomponent('valarm')).toBeNull();
  });
});
