import { describe, expect, it } from 'vitest';
import { LIST_ROW_VERSION, rowOf } from '../../src/core/list-row';
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
      version: 1,
      row: {
        id: 'a1',
        company: app.posting.company,
        title: app.posting.title,
        status: app.status,
        lastVerdict: app.lastVerdict,
        nextDueAt: NOW,
        pending: { 'follow-up': NOW },
        nextInterview: app.nextInterview,
        probablyClosed: false,
        updatedAt: app.updatedAt,
        revision: app.revision,
        haystack: `${app.posting.company}\n${app.posting.title}\nlea roux\ncto\npaul nunez\nlead`.toLowerCase(),
      },
    });
  });
});
