import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_ROW_VERSION, rowOf } from '../../src/core/list-row';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { deleteApplication, planInterview } from '../../src/storage/edit-writes';
import { listNeedsMaking, refreshList } from '../../src/storage/list-cache';
import { applicationsWithPending, currentList } from '../../src/storage/reads';
import type { Db, ListSnapshot } from '../../src/storage/schema';
import { discardDraft } from '../../src/storage/draft-writes';
import { saveSettings } from '../../src/storage/settings-writes';
import { completeReminder, saveDebrief, snoozeReminder } from '../../src/storage/writes';
import { args, DAY, freshDb, NOW } from './helpers';
import { CHANGED_MAX, inWriteTx, type WriteTx } from '../../src/storage/tx';
import type { Reminder } from '../../src/core/types';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

/** The rows as the data gives them now, by id. */
async function rowsNow(d: Db) {
  const rows = (await applicationsWithPending(d)).map(({ application, pending }) => rowOf(application, pending));
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}
const byId = <T extends { id: string }>(rows: T[] | null) => rows && [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

const save = (n: number) =>
  saveDebrief(db, args({ jobKey: `jobs.acme.test/${n}`, urls: [`https://jobs.acme.test/${n}`] }), { now: NOW + n });

describe('the list kept whole for the dashboard', () => {
  it('none before it is made; once made, every application’s row', async () => {
    expect(await currentList(db)).toBeNull();
    expect(await refreshList(db)).toBe(true);
    expect(await currentList(db)).toEqual([]);
    await save(1);
    await save(2);
    expect(await refreshList(db)).toBe(true);
    const kept = byId(await currentList(db));
    expect(kept).toHaveLength(2);
    expect(kept).toEqual(await rowsNow(db));
  });

  it.each([
    ['a debrief saved', async () => void (await save(3))],
    [
      'a call done',
      async (first: Awaited<ReturnType<typeof save>>) => void (await completeReminder(db, first.reminders[0]!.id, { now: NOW })),
    ],
    [
      'an interview planned',
      async (first: Awaited<ReturnType<typeof save>>) =>
        void (await planInterview(
          db,
          {
            applicationId: first.application.id,
            plan: { on: '2026-04-09', time: '', channel: 'video', withWhom: 'Léa', role: '', stage: null },
          },
          { now: NOW },
        )),
    ],
    [
      'an application deleted',
      async (first: Awaited<ReturnType<typeof save>>) => void (await deleteApplication(db, { applicationId: first.application.id })),
    ],
    [
      'the reminder hour moved (every pending reminder)',
      async () => void (await saveSettings(db, { ...DEFAULT_SETTINGS, reminderMinutes: 8 * 60 }, { now: NOW })),
    ],
  ])('%s: the kept list is brought up to date with it at once, before it is made again', async (_name, write) => {
    const first = await save(1);
    await save(2);
    await refreshList(db);
    const before = byId(await currentList(db));
    await write(first);
    const after = byId(await currentList(db));
    expect(after).toEqual(await rowsNow(db));
    expect(after).not.toEqual(before);
    expect(await refreshList(db)).toBe(true);
    expect(byId(await currentList(db))).toEqual(await rowsNow(db));
  });

  it('a write to neither applications nor reminders notes no application', async () => {
    const first = await save(1);
    await refreshList(db);
    await discardDraft(db, first.application.id);
    expect(await db.get('derived', 'changed')).toEqual([]);
    expect(byId(await currentList(db))).toEqual(await rowsNow(db));
  });

  it.each([
    [
      'closed',
      (r: Reminder) => async (tx: WriteTx<['reminders']>) =>
        void (await tx.objectStore('reminders').put({ ...r, pendingDueAt: undefined })),
    ],
    ['deleted', (r: Reminder) => async (tx: WriteTx<['reminders']>) => void (await tx.objectStore('reminders').delete(r.id))],
  ])('a reminder %s on its own: its application’s row loses the date', async (_name, write) => {
    const first = await save(1);
    await refreshList(db);
    const reminder = first.reminders[0]!;
    await inWriteTx(db, ['reminders'], write(reminder));
    expect(await db.get('derived', 'changed')).toEqual([first.application.id]);
    const [row] = (await currentList(db))!;
    expect(row!.pending[reminder.kind]).toBeUndefined();
    expect([row]).toEqual(await rowsNow(db));
  });

  it('a write it cannot follow (a cursor, a cleared store) leaves no list to serve until it is made again', async () => {
    await save(1);
    await refreshList(db);
    await inWriteTx(db, ['reminders'], async (tx) => {
      const cursor = await tx.objectStore('reminders').openCursor();
      await cursor?.update({ ...cursor.value, pendingDueAt: undefined });
    });
    expect(await db.get('derived', 'changed')).toBe('unknown');
    expect(await currentList(db)).toBeNull();
    await refreshList(db);
    await save(2);
    await inWriteTx(db, ['applications'], (tx) => tx.objectStore('applications').clear());
    expect(await currentList(db)).toBeNull();
    expect(await refreshList(db)).toBe(true);
    expect(await currentList(db)).toEqual([]);
  });

  it('needs making again (at a worker start) exactly when no reader can use it', async () => {
    /** Both views of the kept list agree: the worker's cheap check and the reader. */
    const state = async () => ({ needsMaking: await listNeedsMaking(db), usable: (await currentList(db)) !== null });
    expect(await state()).toEqual({ needsMaking: true, usable: false }); // never made
    await refreshList(db);
    expect(await state()).toEqual({ needsMaking: false, usable: true });
    const first = await save(1);
    expect(await state()).toEqual({ needsMaking: false, usable: true }); // behind by one known application
    await inWriteTx(db, ['reminders'], async (tx) => {
      const cursor = await tx.objectStore('reminders').openCursor();
      await cursor?.update({ ...cursor.value, pendingDueAt: undefined });
    });
    expect(await state()).toEqual({ needsMaking: true, usable: false }); // a change it cannot follow
    await refreshList(db);
    expect(await state()).toEqual({ needsMaking: false, usable: true });
    // Made by another version of rowOf (an update that changed the rows).
    const list = (await db.get('derived', 'list')) as ListSnapshot;
    await db.put('derived', { ...list, version: LIST_ROW_VERSION + 1 }, 'list');
    await db.put('derived', LIST_ROW_VERSION + 1, 'listVersion');
    expect(await state()).toEqual({ needsMaking: true, usable: false });
    await refreshList(db);
    // An upgrade empties the derived store.
    await db.clear('derived');
    expect(await state()).toEqual({ needsMaking: true, usable: false });
    await refreshList(db);
    expect(await state()).toEqual({ needsMaking: false, usable: true });
    await deleteApplication(db, { applicationId: first.application.id });
    expect(await state()).toEqual({ needsMaking: false, usable: true });
  });

  it('a list kept before its version was noted apart is made again once', async () => {
    await save(1);
    await refreshList(db);
    await db.delete('derived', 'listVersion');
    expect(await currentList(db)).not.toBeNull();
    expect(await listNeedsMaking(db)).toBe(true);
    await refreshList(db);
    expect(await listNeedsMaking(db)).toBe(false);
  });

  it(`more than ${CHANGED_MAX} applications written since it was made: every application is read instead`, async () => {
    const { application } = await save(1);
    await refreshList(db);
    await inWriteTx(db, ['applications'], async (tx) => {
      for (let i = 0; i < CHANGED_MAX; i++) await tx.objectStore('applications').put({ ...application, id: `copy-${i}`, keys: [`k/${i}`] });
    });
    expect(await db.get('derived', 'changed')).toHaveLength(CHANGED_MAX);
    expect(byId(await currentList(db))).toEqual(await rowsNow(db));
    await save(2);
    expect(await db.get('derived', 'changed')).toBe('unknown');
    expect(await currentList(db)).toBeNull();
  });

  it('rows made by another version of rowOf are not served', async () => {
    await save(1);
    await refreshList(db);
    const tx = db.transaction('derived', 'readwrite');
    const list = (await tx.store.get('list')) as ListSnapshot;
    await tx.store.put({ ...list, version: LIST_ROW_VERSION + 1 }, 'list');
    await tx.done;
    expect(await currentList(db)).toBeNull();
  });

  it('once made, stays servable and equal to the data through any run of ordinary writes', async () => {
    const steps = ['save', 'done', 'snooze', 'plan', 'delete', 'settings'] as const;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...steps), { minLength: 1, maxLength: 10 }), async (run) => {
        const d = await freshDb();
        try {
          await saveDebrief(d, args({ jobKey: 'j/0', urls: ['https://j.test/0'] }), { now: NOW });
          await refreshList(d);
          let k = 0;
          for (const step of run) {
            k++;
            const [app] = await d.getAll('applications');
            const pending = (await d.getAll('reminders')).find((r) => r.applicationId === app?.id && r.pendingDueAt !== undefined);
            if (step === 'save') await saveDebrief(d, args({ jobKey: `j/${k}`, urls: [`https://j.test/${k}`] }), { now: NOW + k });
            else if (step === 'settings') await saveSettings(d, { ...DEFAULT_SETTINGS, reminderMinutes: 8 * 60 + k }, { now: NOW + k });
            else if (!app) continue;
            else if (step === 'delete') await deleteApplication(d, { applicationId: app.id });
            else if (step === 'plan') {
              const plan = { on: '2026-04-09', time: '', channel: 'video' as const, withWhom: `Léa ${k}`, role: '', stage: null };
              await planInterview(d, { applicationId: app.id, plan }, { now: NOW + k });
            } else if (pending && step === 'done') await completeReminder(d, pending.id, { now: NOW + k });
            else if (pending) await snoozeReminder(d, pending.id, NOW + k * DAY, { now: NOW + k });
            expect(byId(await currentList(d))).toEqual(await rowsNow(d));
          }
        } finally {
          d.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never serves rows other than the data’s, whatever writes land while it is made', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('save', 'done', 'refresh', 'delete'), { minLength: 1, maxLength: 12 }), async (steps) => {
        const d = await freshDb();
        try {
          let n = 0;
          // Every step starts at once: refreshes race the writes, as the worker's timer may.
          await Promise.all(
            steps.map(async (step) => {
              const k = ++n;
              if (step === 'refresh') return void (await refreshList(d));
              if (step === 'save')
                return void (await saveDebrief(d, args({ jobKey: `j/${k}`, urls: [`https://j.test/${k}`] }), { now: NOW + k }));
              const [app] = await d.getAll('applications');
              if (!app) return;
              if (step === 'delete') return void (await deleteApplication(d, { applicationId: app.id }).catch(() => {}));
              const [pending] = (await d.getAll('reminders')).filter((r) => r.applicationId === app.id && r.doneAt === undefined);
              if (pending) await completeReminder(d, pending.id, { now: NOW + DAY }).catch(() => {});
            }),
          );
          const kept = await currentList(d);
          if (kept) expect(byId(kept)).toEqual(await rowsNow(d));
          await refreshList(d);
          expect(byId(await currentList(d))).toEqual(await rowsNow(d));
        } finally {
          d.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
