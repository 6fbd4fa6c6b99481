import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../src/core/export';
import { planImport, type StoredForImport } from '../../src/core/import-plan';
import type { Reminder } from '../../src/core/types';
import { makeExport, T0 } from '../export-builders';

const DAY = 86400_000;
const LATER = T0 + 30 * DAY;
const empty: StoredForImport = { applications: [], interviews: [], reminders: [], events: [], hasSettings: false };
/** What storage holds after importing `file` into an empty profile (the file's rows, as they are). */
const storedAs = (file: ExportFile, hasSettings = true): StoredForImport => ({
  applications: file.applications,
  interviews: file.interviews,
  reminders: file.reminders,
  events: file.events,
  hasSettings,
});
const copy = (f: ExportFile): ExportFile => structuredClone(f);

function plan(file: ExportFile, stored: StoredForImport) {
  const r = planImport(file, stored, LATER);
  if (!r.ok) throw new Error(r.detail);
  return r.plan;
}
function refusal(file: ExportFile, stored: StoredForImport): string {
  const r = planImport(file, stored, LATER);
  if (r.ok) throw new Error('planned, expected a refusal');
  return r.detail;
}

describe('planImport into an empty profile', () => {
  it('puts every row of the file as it is, with its settings', () => {
    const file = makeExport(3);
    const p = plan(file, empty);
    expect(p.report).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(p.applications).toEqual(file.applications);
    expect(p.interviews).toEqual(file.interviews);
    expect(p.reminders).toEqual(file.reminders);
    expect(p.events).toEqual(file.events);
    expect(p.settings).toEqual(file.settings);
  });

  it('keeps stored settings', () => {
    expect(plan(makeExport(1), { ...empty, hasSettings: true }).settings).toBeNull();
  });

  it('an empty file plans nothing', () => {
    const p = plan(makeExport(0), empty);
    expect([p.applications, p.interviews, p.reminders, p.events]).toEqual([[], [], [], []]);
    expect(p.report).toEqual({ added: 0, updated: 0, unchanged: 0 });
  });
});

describe('planImport over what is stored', () => {
  it('the same file again: nothing to put', () => {
    const file = makeExport(2);
    const p = plan(file, storedAs(file));
    expect(p.report).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect([p.applications, p.interviews, p.reminders, p.events]).toEqual([[], [], [], []]);
  });

  it('a newer edit in the file wins its fields; the revision moves past both', () => {
    const stored = makeExport(1);
    const file = copy(stored);
    const app = file.applications[0]!;
    app.posting.title = 'Lead designer';
    app.updatedAt = T0 + DAY;
    app.revision = 7;
    app.urls = ['https://elsewhere.test/1'];
    const p = plan(file, storedAs(stored));
    expect(p.report).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(p.applications).toEqual([
      {
        ...app,
        urls: ['https://elsewhere.test/1', ...stored.applications[0]!.urls],
        revision: 8,
        createdAt: stored.applications[0]!.createdAt,
      },
    ]);
  });

  it('an older edit in the file loses its fields, but its new rows are kept and its pending reminder comes in closed', () => {
    const stored = makeExport(1);
    const file = copy(stored);
    const app = file.applications[0]!;
    app.posting.title = 'Old title';
    app.updatedAt = T0 - 5 * DAY;
    const extra: Reminder = { ...file.reminders[0]!, id: 'rem-old', dueAt: T0 + 40 * DAY, pendingDueAt: T0 + 40 * DAY };
    file.reminders.push(extra);
    const p = plan(file, storedAs(stored));
    const { pendingDueAt: _p, ...closed } = extra;
    expect(p.reminders).toEqual([{ ...closed, doneAt: LATER, closedBy: 'superseded' }]);
    expect(p.applications).toEqual([{ ...stored.applications[0]!, revision: stored.applications[0]!.revision + 1 }]);
  });

  it('a newer file supersedes a reminder pending only in storage, and the next date follows the file', () => {
    const stored = makeExport(1);
    const local: Reminder = { ...stored.reminders[0]!, id: 'rem-local', dueAt: T0 + 2 * DAY, pendingDueAt: T0 + 2 * DAY };
    const file = copy(stored);
    file.applications[0]!.updatedAt = T0 + DAY;
    const p = plan(file, { ...storedAs(stored), reminders: [...stored.reminders, local] });
    const { pendingDueAt: _p, ...closed } = local;
    expect(p.reminders).toEqual([{ ...closed, doneAt: LATER, closedBy: 'superseded' }]);
    expect(p.applications[0]!.nextDueAt).toBe(stored.reminders[0]!.dueAt);
  });

  it('the same job under another id merges by job key: rows move to the stored application, keys are united', () => {
    const stored = makeExport(1);
    const file = copy(stored);
    const app = file.applications[0]!;
    const storedId = app.id;
    app.id = 'other-profile';
    app.keys = [...app.keys, 'linkedin:1'];
    for (const store of ['interviews', 'reminders', 'events'] as const) for (const r of file[store]) r.applicationId = app.id;
    file.interviews.push({ ...file.interviews[0]!, id: 'int-elsewhere' });
    const p = plan(file, storedAs(stored));
    expect(p.interviews).toEqual([{ ...file.interviews[1]!, applicationId: storedId }]);
    expect(p.applications).toHaveLength(1);
    expect(p.applications[0]).toMatchObject({ id: storedId, keys: [...stored.applications[0]!.keys, 'linkedin:1'] });
    expect(p.report).toEqual({ added: 0, updated: 1, unchanged: 0 });
  });
});

describe('planImport refuses', () => {
  it('a record that matches two stored applications', () => {
    const stored = makeExport(2);
    const file = copy(stored);
    file.applications[0]!.keys.push(stored.applications[1]!.keys[0]!);
    file.applications.splice(1, 1);
    file.interviews.splice(1, 1);
    file.reminders.splice(2, 2);
    file.events.splice(1, 1);
    expect(refusal(file, storedAs(stored))).toBe(
      'applications[0] (Company 0 — Développeur « full-stack », Lyon): matches 2 different stored applications',
    );
  });

  it('two records of the file on one stored application', () => {
    const stored = makeExport(1);
    const file = copy(stored);
    const twin = makeExport(1, 'twin');
    twin.applications[0]!.keys = [...stored.applications[0]!.keys];
    file.applications[0]!.keys = ['https://moved.test/0'];
    file.applications.push(twin.applications[0]!);
    expect(refusal(file, storedAs(stored))).toMatch(/^applications\[1\] \(.*\): is the same stored application as applications\[0\]$/);
  });

  it('a row whose id belongs to another stored application', () => {
    const stored = makeExport(1);
    const file = makeExport(1, 'new');
    file.events[0]!.id = stored.events[0]!.id;
    expect(refusal(file, storedAs(stored))).toBe(
      `events[0] (Company 0 — Développeur « full-stack », Lyon): id "${stored.events[0]!.id}" belongs to another stored application`,
    );
  });
});

describe('planImport, an edit at the same time on both sides', () => {
  it('the stored application keeps its fields (a tie is not a newer edit)', () => {
    const stored = makeExport(1);
    const file = copy(stored);
    file.applications[0]!.posting.title = 'Same time, other title';
    const p = plan(file, storedAs(stored));
    expect(p.report).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(p.applications).toEqual([]);
  });
});
