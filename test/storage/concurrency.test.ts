// Concurrent writers: the popup, the dashboard and a notification button acting on the same
// application at once. Each write is one transaction that checks the revision its writer read: every
// change is kept, or one fails with a clear conflict and writes nothing — never a silent overwrite.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/schema';
import { completeReminder, saveDebrief } from '../../src/storage/writes';
import { updatePosting } from '../../src/storage/edit-writes';
import { recordOutcome } from '../../src/storage/outcome-writes';
import { ConflictError } from '../../src/storage/errors';
import { args, freshDb, H, NOW } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('three writers on one application at once', () => {
  it('the first to commit wins; the others, holding the old revision, fail with a conflict and change nothing', async () => {
    const { application: app, reminders } = await saveDebrief(db, args(), { now: NOW });
    const rev = app.revision;
    const results = await Promise.allSettled([
      // The dashboard edits the posting…
      updatePosting(
        db,
        { applicationId: app.id, urls: [], posting: { ...app.posting, title: 'Edited in the dashboard' }, expectedRevision: rev },
        { now: NOW + H },
      ),
      // …the popup records what the call gave…
      recordOutcome(
        db,
        {
          applicationId: app.id,
          reminderId: reminders[0]!.id,
          outcome: { kind: 'no-answer', at: NOW + H, note: '' },
          expectedRevision: rev,
        },
        { now: NOW + H },
      ),
      // …and the popup of another window saves a second debrief.
      saveDebrief(db, { ...args(), expectedRevision: rev }, { now: NOW + H }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(2);
    for (const r of lost) expect(r.reason).toBeInstanceOf(ConflictError);
    const stored = await db.get('applications', app.id);
    expect(stored!.revision).toBe(rev + 1);
  });

  it('a notification button (no revision held) and a dashboard edit: both changes are kept when the edit comes first', async () => {
    const { application: app, reminders } = await saveDebrief(db, args(), { now: NOW });
    await updatePosting(
      db,
      { applicationId: app.id, urls: [], posting: { ...app.posting, location: 'Remote' }, expectedRevision: app.revision },
      { now: NOW + H },
    );
    await completeReminder(db, reminders[0]!.id, { now: NOW + 2 * H });
    const stored = await db.get('applications', app.id);
    expect(stored!.posting.location).toBe('Remote');
    expect(stored!.nextDueAt).toBeNull();
    expect((await db.get('reminders', reminders[0]!.id))!.closedBy).toBe('done');
  });

  it('an edit made from a page opened before the button was pressed is refused, with the reminder still done', async () => {
    const { application: app, reminders } = await saveDebrief(db, args(), { now: NOW });
    await completeReminder(db, reminders[0]!.id, { now: NOW + H });
    await expect(
      updatePosting(
        db,
        { applicationId: app.id, urls: [], posting: { ...app.posting, title: 'Stale edit' }, expectedRevision: app.revision },
        { now: NOW + 2 * H },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const stored = await db.get('applications', app.id);
    expect(stored!.posting.title).toBe(app.posting.title);
    expect((await db.get('reminders', reminders[0]!.id))!.closedBy).toBe('done');
    expect(stored!.nextDueAt).toBeNull();
  });
});
