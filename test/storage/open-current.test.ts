import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openAsIs } from '../../src/storage/open-as-is';
import { asCurrent, fromOpenedAsIs } from '../../src/storage/boot-open';
import { openCurrent } from '../../src/storage/open-current';
import { migrations, openRelanceDb } from '../../src/storage/schema';
import { uniqueName } from './helpers';

/** The pages' two ways to open a database at the current version without the migrations. */
const OPENERS = [
  ['openCurrent', (name: string) => openCurrent(name)],
  [
    'openAsIs, then fromOpenedAsIs (the popup: its first statements, then the rest of it)',
    async (name: string) => fromOpenedAsIs(await openAsIs(name)),
  ],
] as const;

describe.each(OPENERS)('%s', (_name, open) => {
  it('opens a database already at the latest version, data readable', async () => {
    const name = uniqueName();
    const up = await openRelanceDb(name);
    await up.put('settings', { followUpDelayDays: 3, reminderMinutes: 540 } as never, 'settings');
    up.close();
    const db = await open(name);
    expect(db?.version).toBe(migrations.length);
    expect(await db?.get('settings', 'settings')).toMatchObject({ followUpDelayDays: 3 });
    db?.close();
  });

  it('gives null for a database that does not exist, and creates none', async () => {
    const name = uniqueName();
    expect(await open(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});

describe('openCurrent: the pages’ open without the migrations', () => {
  it('gives null for an older database and leaves it as it was (the migrations upgrade it)', async () => {
    const name = uniqueName();
    const old = await openRelanceDb(name, migrations.length - 1);
    await old.put('settings', { followUpDelayDays: 4, reminderMinutes: 540 } as never, 'settings');
    old.close();
    expect(await openCurrent(name)).toBeNull();
    const raw = await openDB(name);
    expect(raw.version).toBe(migrations.length - 1);
    raw.close();
    const db = await openRelanceDb(name);
    expect(db.version).toBe(migrations.length);
    expect(await db.get('settings', 'settings')).toMatchObject({ followUpDelayDays: 4 });
    db.close();
    await deleteDB(name);
  });
});

describe('openAsIs and fromOpenedAsIs: the popup opens first thing, then keeps it when current', () => {
  it('an older database is opened as it is, then closed and left for the migrations', async () => {
    const name = uniqueName();
    (await openRelanceDb(name, migrations.length - 1)).close();
    const raw = await openAsIs(name);
    expect(raw?.version).toBe(migrations.length - 1);
    expect(fromOpenedAsIs(raw)).toBeNull();
    // Closed: the upgrade is not blocked.
    const db = await openRelanceDb(name);
    expect(db.version).toBe(migrations.length);
    db.close();
    await deleteDB(name);
  });

  it('asCurrent (dashboard-boot.js reads with it) gives null for an older one and leaves the connection to the page', async () => {
    const name = uniqueName();
    (await openRelanceDb(name, migrations.length - 1)).close();
    const raw = await openAsIs(name);
    expect(asCurrent(raw)).toBeNull();
    // Still open: the page's fromOpenedAsIs closes it.
    expect(() => raw!.transaction('settings')).not.toThrow();
    expect(fromOpenedAsIs(raw)).toBeNull();
    (await openRelanceDb(name)).close();
    await deleteDB(name);
  });

  it('closes its connection when another context upgrades', async () => {
    const name = uniqueName();
    (await openRelanceDb(name, migrations.length - 1)).close();
    const raw = await openAsIs(name);
    const db = await openRelanceDb(name);
    expect(db.version).toBe(migrations.length);
    expect(raw?.version).toBe(migrations.length - 1);
    db.close();
    await deleteDB(name);
  });
});
