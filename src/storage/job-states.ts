import type { JobState } from '../core/chip';
import { toDateInput } from '../core/dates';
import { pendingOf } from '../core/reminders';
import type { Db } from './schema';
import { findManyByJobKey } from './reads';

/**
 * The chip state of each tracked job among `jobKeys`: one index lookup per key, then, for the
 * tracked ones only (a handful on a listing page), their pending reminders and latest interview.
 */
export async function jobStates(db: Db, jobKeys: string[], now: number): Promise<Record<string, JobState>> {
  const apps = await findManyByJobKey(db, jobKeys);
  const out: Record<string, JobState> = {};
  if (apps.size === 0) return out;
  const tx = db.transaction(['reminders', 'interviews']);
  const reminders = tx.objectStore('reminders').index('by-application');
  const interviews = tx.objectStore('interviews').index('by-application');
  for (const [key, app] of apps) {
    const pending = pendingOf(await reminders.getAll(app.id));
    const range = IDBKeyRange.bound([app.id, -Infinity], [app.id, Infinity]);
    const count = await interviews.count(range);
    const latest = (await interviews.openCursor(range, 'prev'))?.value;
    const todayStr = toDateInput(now);
    const upcoming =
      latest?.verdict === 'convinced'
        ? latest.nextSteps
            .map((s) => s.when)
            .filter((w) => w && w >= todayStr)
            .sort()[0]
        : undefined;
    out[key] = {
      applicationId: app.id,
      status: app.status,
      next: pending[0] ? { kind: pending[0].kind, dueAt: pending[0].dueAt } : null,
      nextInterview: upcoming ? { on: upcoming, number: count + 1 } : null,
    };
  }
  return out;
}
