// The contacts of an application through the worker: added, edited, removed in one write each,
// refused on a concurrent edit or a contact gone; the debriefs' people join them; undo keeps them.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHandlers } from '../../src/background/handlers';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { getSettings } from '../../src/storage/reads';
import type { Db } from '../../src/storage/schema';
import { saveDebrief } from '../../src/storage/writes';
import { fakePorts } from '../fakes/ports';
import { args, freshDb, NOW } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const fields = { role: 'HR', phone: '+33 6 12 34 56 78', email: 'anne@acme.test', link: 'https://www.linkedin.com/in/anne', note: '' };

describe('saveContact and removeContact', () => {
  it('adds, edits and removes, each a new revision; the debrief interviewer was the first contact', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    expect(application.contacts!.map((c) => c.name)).toEqual(['Claire Martin']);
    let n = 0;
    const handlers = makeHandlers(fakePorts(), db, () => NOW + ++n);
    const added = await handlers.saveContact({
      applicationId: application.id,
      contact: { name: 'Anne Roy', ...fields },
      expectedRevision: application.revision,
    });
    const anne = added.application.contacts![1]!;
    expect(anne).toMatchObject({ name: 'Anne Roy', ...fields });
    expect(anne.id).toBeTruthy();
    expect(added.application.revision).toBe(application.revision + 1);

    const edited = await handlers.saveContact({
      applicationId: application.id,
      contact: { ...anne, phone: '0612345678' },
      expectedRevision: added.application.revision,
    });
    expect(edited.application.contacts!.map((c) => [c.name, c.phone])).toEqual([
      ['Claire Martin', ''],
      ['Anne Roy', '0612345678'],
    ]);

    // A stale page (the revision it read) is refused, nothing changes.
    await expect(
      handlers.removeContact({ applicationId: application.id, contactId: anne.id, expectedRevision: added.application.revision }),
    ).rejects.toThrow('errorConflict');
    const removed = await handlers.removeContact({
      applicationId: application.id,
      contactId: anne.id,
      expectedRevision: edited.application.revision,
    });
    expect(removed.application.contacts!.map((c) => c.name)).toEqual(['Claire Martin']);
    await expect(handlers.removeContact({ applicationId: application.id, contactId: anne.id })).rejects.toThrow('errorContactNotFound');
    await expect(handlers.saveContact({ applicationId: application.id, contact: { ...anne } })).rejects.toThrow('errorContactNotFound');
    await expect(handlers.saveContact({ applicationId: 'nope', contact: { name: 'X', ...fields } })).rejects.toThrow(
      'errorApplicationNotFound',
    );
  });

  it('refuses a 51st contact', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    for (let i = 1; i < 50; i++) await handlers.saveContact({ applicationId: application.id, contact: { name: `P${i}`, ...fields } });
    await expect(handlers.saveContact({ applicationId: application.id, contact: { name: 'One more', ...fields } })).rejects.toThrow(
      'errorTooManyContacts',
    );
    expect((await db.get('applications', application.id))!.contacts).toHaveLength(50);
  });

  it('a deleted application comes back by undo with its contacts', async () => {
    const { application } = await saveDebrief(db, args(), { now: NOW });
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    await handlers.saveContact({ applicationId: application.id, contact: { name: 'Anne Roy', ...fields } });
    const snapshot = await handlers.deleteApplication({ applicationId: application.id });
    const back = await handlers.restoreApplication(JSON.parse(JSON.stringify(snapshot)));
    expect(back.application.contacts!.map((c) => c.name)).toEqual(['Claire Martin', 'Anne Roy']);
  });
});

describe('saveProfile', () => {
  it('stores the profile and that it was asked, leaving the other settings; null only stops the asking', async () => {
    const handlers = makeHandlers(fakePorts(), db, () => NOW);
    await handlers.saveSettings({ ...DEFAULT_SETTINGS, followUpDelayDays: 5 });
    const profile = { name: 'Lou Martin', phone: '', email: 'lou@example.test' };
    expect(await handlers.saveProfile({ profile })).toEqual({ ...DEFAULT_SETTINGS, followUpDelayDays: 5, profile, profileAsked: true });
    await handlers.saveProfile({ profile: null });
    expect(await getSettings(db)).toMatchObject({ profile, profileAsked: true, followUpDelayDays: 5 });
  });
});
