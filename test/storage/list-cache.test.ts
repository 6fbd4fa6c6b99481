import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_ROW_VERSION, rowOf } from '../../src/core/list-row';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { deleteApplication, planInterview } from '../../src/storage/edit-writes';
import { refreshList } from '../../src/storage/list-cache';
import { applicationsWithPending, currentList } from '../../src/storage/reads';
import type { Db, ListSnapshot } from '../../src/storage/schema';
import { discardDraft } from '../../src/storage/draft-writes';
import { saveSettings } from '../../src/storage/settings-writes';
import { completeReminder, saveDebrief } from '../../src/storage/writes';
import { args, DAY, freshDb, NOW } from './helpers';

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
  ])('%s: the kept list is stale until made again, then shows it', async (_name, write) => {
    const first = await save(1);
    await refreshList(db);
    expect(await currentList(db)).not.toBeNull();
    await write(first);
    expect(await currentList(db)).toBeNull();
    expect(await refreshList(db)).toBe(true);
    expect(byId(await currentList(db))).toEqual(await rowsNow(db));
  });

  it('a write to neither applications nor reminders leaves it current; the settings (which move reminders) do not', async () => {
    const first = await save(1);
    await refreshList(db);
    await discardDraft(db, first.application.id);
    expect(byId(await currentList(db))).toEqual(await rowsNow(db));
    await saveSettings(db, { ...DEFAULT_SETTINGS, reminderMinutes: 8 * 60 }, { now: NOW });
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
