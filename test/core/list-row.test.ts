import { describe, expect, it } from 'vitest';
import { fromColumns, LIST_ROW_VERSION, type Row, rowOf, toColumns } from '../../src/core/list-row';
import type { Reminder } from '../../src/core/types';
import { makeApplication, NOW } from '../dashboard/helpers';

describe('rowOf and LIST_ROW_VERSION', () => {
  // The worker keeps every row made by rowOf (storage/list-cache.ts) and serves them while their
  // version is current. A change to what rowOf makes fails here: change the expected row and raise
  // LIST_ROW_VERSION with it, or a browser updated to this build serves rows of the old shape.
  it('are changed together', () => {
    const app = makeApplication({
      id: 'a1',
      nextDueAt: NOW,
      contacts: [{ id: 'c1', name: 'Léa Roux', role: 'CTO', phone: '', email: '', link: '', note: '' }],
      nextInterview: { on: '2026-12-09', withWhom: 'Paul Ñúñez', stage: 'team', time: '14:00', channel: 'video', role: 'Lead' },
    });
    const reminders = [
      { id: 'r1', applicationId: 'a1', kind: 'follow-up', dueAt: NOW, pendingDueAt: NOW },
      { id: 'r2', applicationId: 'a1', kind: 'answer', dueAt: NOW - 1, doneAt: NOW - 1 },
    ] as Reminder[];
    expect({ version: LIST_ROW_VERSION, row: rowOf(app, reminders) }).toEqual({
      version: 2,
      row: {
        id: 'a1',
        company: app.posting.company,
        title: app.posting.title,
        status: app.status,
        lastVerdict: app.lastVerdict,
        nextDueAt: NOW,
        pending: { 'follow-up': NOW },
        nextInterview: { on: '2026-12-09', withWhom: 'Paul Ñúñez', stage: 'team' },
        probablyClosed: false,
        updatedAt: app.updatedAt,
        revision: app.revision,
        haystack: `${app.posting.company}\n${app.posting.title}\nlea roux\ncto\npaul nunez\nlead`.toLowerCase(),
      },
    });
  });
});

describe('toColumns and fromColumns: the list kept whole is stored as columns', () => {
  const row = (over: Partial<Row>): Row => ({
    id: 'a',
    company: 'Acme',
    title: 'Dev',
    status: 'waiting',
    lastVerdict: null,
    nextDueAt: null,
    pending: {},
    nextInterview: null,
    probablyClosed: false,
    updatedAt: 1,
    revision: 1,
    haystack: 'acme\ndev',
    ...over,
  });

  it('gives back the same rows, in the same order', () => {
    const rows = [
      row({ id: 'a', pending: { 'follow-up': 5, 'answer-due': 3 }, nextDueAt: 3, lastVerdict: 'convinced' }),
      row({ id: 'b', nextInterview: { on: '2026-12-09', withWhom: 'Léa', stage: 'screening' }, probablyClosed: true }),
      row({ id: 'c', nextInterview: { on: '', withWhom: '', stage: null }, pending: { feedback: 7 }, status: 'closed' }),
      row({ id: 'd', company: '', title: '', haystack: '' }),
    ];
    expect(fromColumns(toColumns(rows))).toEqual(rows);
    expect(fromColumns(toColumns([]))).toEqual([]);
  });

  it('keeps a column only for the reminder kinds some row has pending', () => {
    expect(Object.keys(toColumns([row({ pending: { 'follow-up': 1 } }), row({})]).pending)).toEqual(['follow-up']);
  });

  it('refuses columns that do not make rows', () => {
    const good = toColumns([row({ pending: { 'follow-up': 1 } }), row({ id: 'b' })]);
    expect(fromColumns({ ...good, company: ['Acme'] })).toBeNull();
    expect(fromColumns({ ...good, pending: { 'follow-up': [1] } })).toBeNull();
    expect(fromColumns({ ...good, haystack: undefined as unknown as string[] })).toBeNull();
    expect(fromColumns({ ...good, pending: null as unknown as Row['pending'] } as never)).toBeNull();
  });
});
