import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findByJobKey, findSimilar } from '../../src/storage/reads';
import { jobStates } from '../../src/storage/job-states';
import { linkJobKey, saveDebrief } from '../../src/storage/writes';
import type { Db } from '../../src/storage/schema';
import { ConflictError } from '../../src/storage/errors';
import { toDateInput } from '../../src/core/dates';
import { args, DAY, debrief, freshDb, H, NOW } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('findSimilar', () => {
  it('finds the same job reposted elsewhere through the match index, whatever the case, accents and suffix', async () => {
    await saveDebrief(
      db,
      args({
        jobKey: 'linkedin:1',
        posting: { title: 'Développeur Front-End', company: 'Acme SAS', location: '', url: 'https://www.linkedin.com/jobs/view/1/' },
      }),
      { now: NOW },
    );
    const found = await findSimilar(db, 'ACME', 'developpeur front end');
    expect(found.map((a) => a.jobKey)).toEqual(['linkedin:1']);
    expect(await findSimilar(db, 'Acme', 'Designer')).toEqual([]);
  });
});

describe('linkJobKey', () => {
  it("adds the other board's key: the application is then found under both", async () => {
    const { application } = await saveDebrief(db, args({ jobKey: 'linkedin:1' }), { now: NOW });
    const linked = await linkJobKey(
      db,
      { applicationId: application.id, jobKey: 'indeed:abc', urls: ['https://fr.indeed.com/viewjob?jk=abc'] },
      { now: NOW + H },
    );
    expect(linked.keys).toEqual(['linkedin:1', 'indeed:abc']);
    expect(linked.revision).toBe(application.revision + 1);
    expect((await findByJobKey(db, 'indeed:abc'))?.id).toBe(application.id);
    expect((await findByJobKey(db, 'linkedin:1'))?.id).toBe(application.id);
    // A later debrief on the other board lands on the same application.
    const again = await saveDebrief(db, args({ jobKey: 'indeed:abc' }), { now: NOW + 2 * H });
    expect(again.application.id).toBe(application.id);
    expect(await db.count('applications')).toBe(1);
  });

  it('refuses a key another application has, and a stale revision, changing nothing', async () => {
    const a = (await saveDebrief(db, args({ jobKey: 'linkedin:1' }), { now: NOW })).application;
    await saveDebrief(db, args({ jobKey: 'indeed:abc' }), { now: NOW });
    await expect(linkJobKey(db, { applicationId: a.id, jobKey: 'indeed:abc', urls: [] }, { now: NOW })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      linkJobKey(db, { applicationId: a.id, jobKey: 'glassdoor:9', urls: [], expectedRevision: 0 }, { now: NOW }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.get('applications', a.id)).toEqual(a);
  });
});

describe('jobStates', () => {
  it('answers for tracked keys only, with the next reminder, the status and the next interview', async () => {
    await saveDebrief(db, args({ jobKey: 'linkedin:1', debrief: debrief({ followUpAt: NOW + 3 * DAY }) }), { now: NOW });
    await saveDebrief(db, args({ jobKey: 'linkedin:2', debrief: debrief({ verdict: 'rejected' }) }), { now: NOW });
    const on = toDateInput(NOW + 4 * DAY);
    await saveDebrief(
      db,
      args({ jobKey: 'linkedin:3', debrief: debrief({ verdict: 'convinced', nextSteps: [{ withWhom: 'CTO', when: on }] }) }),
      { now: NOW },
    );
    const states = await jobStates(db, ['linkedin:1', 'linkedin:2', 'linkedin:3', 'linkedin:404'], NOW);
    expect(Object.keys(states).sort()).toEqual(['linkedin:1', 'linkedin:2', 'linkedin:3']);
    expect(states['linkedin:1']).toMatchObject({
      status: 'waiting',
      next: { kind: 'follow-up', dueAt: NOW + 3 * DAY },
      nextInterview: null,
    });
    expect(states['linkedin:2']!.status).toBe('closed');
    expect(states['linkedin:3']!.nextInterview).toEqual({ on, number: 2 });
  });

  it('costs nothing beyond the key lookups when no key is tracked', async () => {
    expect(await jobStates(db, ['linkedin:404', 'https://example.test/x'], NOW)).toEqual({});
  });
});
