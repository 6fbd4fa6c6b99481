import { describe, expect, it } from 'vitest';
import { buildList, rowOf, sectionOf, type ListItem } from '../../src/dashboard/sections';
import { parseRoute, hrefOf } from '../../src/dashboard/route';
import { indexAt, offsetsOf, windowOf } from '../../src/dashboard/virtual-list';
import type { Application, Contact } from '../../src/core/types';
import { DAY, makeApplication, NOW } from './helpers';

const row = (over: Partial<Application>) => rowOf(makeApplication(over), []);
const ids = (items: ListItem[]) => items.map((i) => (i.type === 'header' ? `#${i.section}` : i.row.id));
const contact = (name: string, role = ''): Contact => ({ id: `c-${name}`, name, role, phone: '', email: '', link: '', note: '' });
const TONIGHT = new Date(2026, 11, 1, 23, 0).getTime();

describe('sectionOf', () => {
  it.each<[string, Partial<Application>, string]>([
    ['a follow-up overdue', { nextDueAt: NOW - 2 * DAY }, 'due'],
    ['a follow-up due earlier today', { nextDueAt: NOW - 60_000 }, 'due'],
    ['an answer promised for later today', { nextDueAt: TONIGHT }, 'due'],
    ['a follow-up tomorrow', { nextDueAt: NOW + DAY }, 'waiting'],
    ['nothing planned', { nextDueAt: null, status: 'in-process' }, 'waiting'],
    [
      'an interview ahead',
      {
        nextDueAt: null,
        status: 'in-process',
        nextInterview: { on: '2026-12-09', withWhom: 'Paul', stage: 'team', time: '', channel: null, role: '' },
      },
      'interview',
    ],
    [
      'an interview without a date yet',
      {
        nextDueAt: null,
        status: 'in-process',
        nextInterview: { on: '', withWhom: 'Paul', stage: 'team', time: '', channel: null, role: '' },
      },
      'interview',
    ],
    [
      'an interview today',
      { nextDueAt: null, nextInterview: { on: '2026-12-01', withWhom: 'Paul', stage: 'team', time: '', channel: null, role: '' } },
      'interview',
    ],
    [
      'an interview that is past',
      { nextDueAt: NOW + DAY, nextInterview: { on: '2026-11-20', withWhom: 'Paul', stage: 'team', time: '', channel: null, role: '' } },
      'waiting',
    ],
    [
      'a due follow-up beats a planned interview',
      { nextDueAt: NOW - DAY, nextInterview: { on: '2026-12-09', withWhom: 'Paul', stage: 'team', time: '', channel: null, role: '' } },
      'due',
    ],
    ['closed', { status: 'closed', nextDueAt: null }, 'closed'],
    ['closed even with a stray due date', { status: 'closed', nextDueAt: NOW - DAY }, 'closed'],
    ['an offer', { status: 'offer', nextDueAt: null }, 'closed'],
    ['probably closed stays where its date puts it', { probablyClosed: true, nextDueAt: NOW - DAY }, 'due'],
  ])('%s', (_name, over, section) => {
    expect(sectionOf(row(over), NOW)).toBe(section);
  });
});

describe('buildList', () => {
  const rows = [
    row({ id: 'w-late', nextDueAt: NOW + 9 * DAY }),
    row({ id: 'closed-old', status: 'closed', nextDueAt: null, updatedAt: NOW - 9 * DAY }),
    row({ id: 'd-today', nextDueAt: NOW - 1000 }),
    row({
      id: 'i-far',
      nextDueAt: NOW + DAY * 20,
      nextInterview: { on: '2026-12-20', withWhom: '', stage: 'final', time: '', channel: null, role: '' },
    }),
    row({ id: 'w-soon', nextDueAt: NOW + 2 * DAY }),
    row({ id: 'd-overdue', nextDueAt: NOW - 3 * DAY }),
    row({
      id: 'i-near',
      nextDueAt: null,
      nextInterview: { on: '2026-12-03', withWhom: '', stage: 'team', time: '', channel: null, role: '' },
    }),
    row({ id: 'w-none', nextDueAt: null }),
    row({ id: 'offer-new', status: 'offer', nextDueAt: null, updatedAt: NOW - DAY }),
  ];

  it('groups by section, in the order due, waiting, interview, closed, each sorted by next action', () => {
    expect(ids(buildList(rows, { query: '', status: '' }, NOW))).toEqual([
      '#due',
      'd-overdue',
      'd-today',
      '#waiting',
      'w-soon',
      'w-late',
      'w-none',
      '#interview',
      'i-near',
      'i-far',
      '#closed',
      'offer-new',
      'closed-old',
    ]);
  });

  it('counts each section and leaves out empty ones', () => {
    const items = buildList(rows, { query: '', status: 'closed' }, NOW);
    expect(items[0]).toEqual({ type: 'header', section: 'closed', count: 1 });
    expect(ids(items)).toEqual(['#closed', 'closed-old']);
  });

  it("searches company, role and the application's people (contacts, the planned interviewer), case-insensitively", () => {
    const apps = [
      row({ id: 'a', posting: { title: 'Frontend developer', company: 'Acme', location: '', url: 'https://a.test' } }),
      row({ id: 'b', posting: { title: 'Data engineer', company: 'Globex', location: '', url: 'https://b.test' } }),
      row({
        id: 'c',
        posting: { title: 'Designer', company: 'Initech', location: '', url: 'https://c.test' },
        contacts: [contact('Claire Martin', 'HR')],
      }),
      row({
        id: 'd',
        posting: { title: 'Analyst', company: 'Umbrella', location: '', url: 'https://d.test' },
        nextInterview: { on: '2026-12-09', withWhom: 'Paul Durand', stage: 'team', time: '', channel: null, role: 'CTO' },
      }),
    ];
    const search = (query: string) => ids(buildList(apps, { query, status: '' }, NOW)).filter((x) => !x.startsWith('#'));
    expect(search('acme')).toEqual(['a']);
    expect(search('ENGINEER')).toEqual(['b']);
    expect(search('claire')).toEqual(['c']);
    expect(search('hr')).toEqual(['c']);
    expect(search('paul')).toEqual(['d']);
    expect(search('cto')).toEqual(['d']);
    expect(search('  ')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('searches whatever the case and accents typed or stored: company, role, person', () => {
    const apps = [
      row({ id: 'a', posting: { title: 'Chargée de projet', company: 'Société Générale', location: '', url: 'https://a.test' } }),
      row({ id: 'b', posting: { title: 'Développeur', company: 'ŒUVRES & Cie', location: '', url: 'https://b.test' } }),
      row({
        id: 'c',
        posting: { title: 'Designer', company: 'Initech', location: '', url: 'https://c.test' },
        contacts: [contact('Élodie Frère', 'DRH'), contact('Marc')],
      }),
    ];
    const search = (query: string) => ids(buildList(apps, { query, status: '' }, NOW)).filter((x) => !x.startsWith('#'));
    expect(search('societe')).toEqual(['a']);
    expect(search('SOCIÉTÉ GÉN')).toEqual(['a']);
    expect(search('chargee')).toEqual(['a']);
    expect(search('developpeur')).toEqual(['b']);
    expect(search('oeuvres')).toEqual(['b']);
    expect(search('Œuvres')).toEqual(['b']);
    expect(search('elodie')).toEqual(['c']);
    expect(search('FRÈRE')).toEqual(['c']);
    expect(search('drh')).toEqual(['c']);
    expect(search('marc')).toEqual(['c']);
    expect(search('elodie frere')).toEqual(['c']);
    // Each part on its own: a search never runs from one field into the next.
    expect(search('frere drh')).toEqual([]);
    expect(search('initech designer')).toEqual([]);
  });
});

describe('routes', () => {
  it.each<[string, ReturnType<typeof parseRoute>]>([
    ['', { page: 'list' }],
    ['#', { page: 'list' }],
    ['#settings', { page: 'settings' }],
    ['#app/abc', { page: 'app', id: 'abc', outcome: false }],
    ['#app/abc/outcome', { page: 'app', id: 'abc', outcome: true }],
    ['#app/a%20b', { page: 'app', id: 'a b', outcome: false }],
    ['#app/%E0%A4%A', { page: 'list' }],
    ['#nonsense', { page: 'list' }],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (route.page !== 'list' && !hash.includes('%20')) expect(hrefOf(route)).toBe(hash);
  });
});

describe('windowOf', () => {
  const uniform = (count: number) => offsetsOf(Array.from({ length: count }, () => 48));
  it('covers the viewport plus the overscan, within the list', () => {
    expect(windowOf(0, 480, uniform(10_000), 5)).toEqual([0, 15]);
    expect(windowOf(48 * 1000, 480, uniform(10_000), 5)).toEqual([995, 1015]);
    expect(windowOf(48 * 9_995, 480, uniform(10_000), 5)).toEqual([9990, 9999]);
    expect(windowOf(0, 480, uniform(3), 5)).toEqual([0, 2]);
  });

  it('follows items of different heights (a taller "probably closed" row)', () => {
    const offsets = offsetsOf([48, 52, 82, 52, 52, 48, 52]);
    expect(offsets).toEqual([0, 48, 100, 182, 234, 286, 334, 386]);
    expect(indexAt(offsets, 0)).toBe(0);
    expect(indexAt(offsets, 181)).toBe(2);
    expect(indexAt(offsets, 182)).toBe(3);
    expect(indexAt(offsets, 10_000)).toBe(6);
    expect(windowOf(100, 100, offsets, 0)).toEqual([2, 3]);
    expect(windowOf(100, 100, offsets, 1)).toEqual([1, 4]);
    expect(windowOf(0, 100, offsetsOf([]), 2)).toEqual([0, -1]);
  });
});
