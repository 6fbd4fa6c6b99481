// Two syncs that overlap (an alarm's, and the one after a write) must not paint out of order: the
// count read before the write would otherwise be painted over the one read after it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { syncReminders } from '../../src/background/reminders';
import type { Db } from '../../src/storage/schema';
import { completeReminder, saveDebrief } from '../../src/storage/writes';
import { FakeAction } from '../fakes/action';
import { fakePorts } from '../fakes/ports';
import { args, DAY, freshDb, NOW } from '../storage/helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A toolbar whose first global badge is held back until `release`, as a busy browser may. */
class SlowFirstAction extends FakeAction {
  private held = true;
  private gate = deferred();
  private reachedGate = deferred();
  readonly reached = this.reachedGate.promise;
  release = () => this.gate.resolve();

  override async setBadgeText(details: { text: string | null; tabId?: number }) {
    if (this.held && details.tabId === undefined) {
      this.held = false;
      this.reachedGate.resolve();
      await this.gate.promise;
    }
    return super.setBadgeText(details);
  }
}

it('a sync started after a write paints last, even when an earlier one is slow to paint', async () => {
  const { reminders } = await saveDebrief(db, args({}, { followUpAt: NOW + DAY }), { now: NOW });
  const action = new SlowFirstAction();
  const ports = { ...fakePorts(), action };
  const at = NOW + 2 * DAY;
  // The alarm's sync reads one call due, and is held as it paints it.
  const early = syncReminders(ports, db, at);
  await action.reached;
  // Meanwhile the call is done; its write's sync reads none due.
  await completeReminder(db, reminders[0]!.id, { now: at });
  const late = syncReminders(ports, db, at);
  await new Promise((r) => setTimeout(r, 50));
  action.release();
  await Promise.all([early, late]);
  const global = action.badges.filter((b) => b.tabId === undefined);
  expect(global.map((b) => b.text)).toEqual(['1', '']);
});
