import type { JobState } from '../core/chip';
import { toDateInput } from '../core/dates';
import { pendingOf } from '../core/reminders';
import { interviewCount, latestInterview, reminderRows } from './rows';
import type { Db } from './schema';
import { inReadTx } from './tx';

/**
 * The chip state of each tracked job among `jobKeys`, in one read transaction: one index lookup per
 * key, then, for the tracked ones only (a handful on a listing page), their pending reminders and
 * latest interview.
 */
export function jobStates(db: Db, jobKeys: string[], now: number): Promise<Record<string, JobState>> {
  return inReadTx(db, ['applications', 'reminders', 'interviews'], async (tx) => {
    const byKey = tx.objectStore('applications').index('by-key');
    // Every lookup queued at once, rather than each waiting for the previous answer.
    const found = await Promise.all(jobKeys.map((k) => byKey.get(k)));
    const out: Record<string, JobState> = {};
    const todayStr = toDateInput(now);
    for (const [i, key] of jobKeys.entries()) {
      const app = found[i];
      if (!app) continue;
      const pending = pendingOf(await reminderRows(tx, app.id));
      const count = await interviewCount(tx, app.id);
      const latest = await latestInterview(tx, app.id);
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
  });
}
