import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteApplication } from '../../src/storage/edit-writes';
import { discardDraft, saveDraft } from '../../src/storage/draft-writes';
import { ApplicationNotFoundError } from '../../src/storage/errors';
import { exportAll } from '../../src/storage/export';
import { draftOf } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { args, freshDb, NOW } from './helpers';

let db: Db;
let appId: string;
beforeEach(async () => {
  db = await freshDb();
  ({
    application: { id: appId },
  } = await saveDebrief(db, args(), { now: NOW }));
});
afterEach(() => db.close());

describe("the closing card's draft", () => {
  it('is stored per application, each save replacing the last, stamped with its time', async () => {
    await saveDraft(db, { applicationId: appId, ticks: ['thanked'], heard: null }, { now: NOW });
    const second = await saveDraft(db, { applicationId: appId, ticks: ['thanked', 'smiled'], heard: 'undecided' }, { now: NOW + 1 });
    expect(second).toEqual({ applicationId: appId, ticks: ['thanked', 'smiled'], heard: 'undecided', updatedAt: NOW + 1 });
    expect(await draftOf(db, appId)).toEqual(second);
    expect(await db.count('drafts')).toBe(1);
  });

  it('is refused for an application that does not exist, and nothing is stored', async () => {
    await expect(saveDraft(db, { applicationId: 'gone', ticks: [], heard: null }, { now: NOW })).rejects.toBeInstanceOf(
      ApplicationNotFoundError,
    );
    expect(await db.count('drafts')).toBe(0);
  });

  it('goes once the debrief is recorded', async () => {
    await saveDraft(db, { applicationId: appId, ticks: ['askedImpression'], heard: 'convinced' }, { now: NOW });
    await saveDebrief(db, { ...args(), expectedRevision: 1 }, { now: NOW + 10 });
    expect(await draftOf(db, appId)).toBeUndefined();
  });

  it('goes with its application', async () => {
    await saveDraft(db, { applicationId: appId, ticks: ['smiled'], heard: null }, { now: NOW });
    const snapshot = await deleteApplication(db, { applicationId: appId });
    expect(await draftOf(db, appId)).toBeUndefined();
    expect(snapshot).not.toHaveProperty('drafts');
  });

  it('can be discarded, and discarding none is no error', async () => {
    await saveDraft(db, { applicationId: appId, ticks: ['smiled'], heard: null }, { now: NOW });
    await discardDraft(db, appId);
    await discardDraft(db, appId);
    expect(await draftOf(db, appId)).toBeUndefined();
  });

  it('is not part of the export', async () => {
    await saveDraft(db, { applicationId: appId, ticks: ['smiled'], heard: null }, { now: NOW });
    const file = JSON.stringify(await exportAll(db, NOW));
    expect(file).not.toContain('"drafts"');
    expect(file).not.toContain('"ticks"');
  });
});
