import { vi } from 'vitest';
import type { Application, FullApplication, Interview, Profile, Reminder, Settings, TimelineEvent } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { DashboardApi } from '../../src/dashboard/api';
import { withDebriefContacts } from '../../src/core/debrief-contacts';
import { rowOf, type Row } from '../../src/dashboard/sections';
import type { RecordOutcomeRequest, RequestOf } from '../../src/messages/protocol';
import { DAY, makeApplication, makeInterview, makeReminder, NOW } from '../popup/helpers';

export { DAY, NOW, makeApplication, makeInterview, makeReminder };
export { installCatalog } from '../popup/helpers';

/** An application with its rows, as the dashboard reads them. */
export function makeDetail(app: Partial<Application> = {}, over: Partial<Omit<FullApplication, 'application'>> = {}): FullApplication {
  const application = makeApplication(app);
  return {
    application,
    interviews: over.interviews ?? [makeInterview({ applicationId: application.id, id: `int-${application.id}` })],
    reminders:
      over.reminders ??
      (application.nextDueAt === null
        ? []
        : [
            makeReminder({
              id: `rem-${application.id}`,
              applicationId: application.id,
              interviewId: `int-${application.id}`,
              dueAt: application.nextDueAt,
            }),
          ]),
    events: over.events ?? [],
  };
}

export function outcomeEvent(applicationId: string, outcome: TimelineEvent['outcome'], at = NOW - DAY): TimelineEvent {
  return { id: `ev-${at}`, applicationId, at, type: 'outcome', outcome, createdAt: at };
}

/**
 * A plain DashboardApi over an in-memory set of applications; every write is a spy that answers as the
 * worker would (enough for the component: the worker's own rules are tested in test/core and test/storage).
 */
/** `imports`: what importData adds, as the worker would write it (the list then reads it again). */
export function fakeDashboardApi(details: FullApplication[], opts: { settings?: Settings; imports?: FullApplication[] } = {}) {
  const byId = new Map(details.map((d) => [d.application.id, d]));
  const bump = (a: Application, over: Partial<Application> = {}): Application => ({ ...a, ...over, revision: a.revision + 1 });
  const detailOf = (id: string) => {
    const d = byId.get(id);
    if (!d) throw Object.assign(new Error('errorApplicationNotFound'), { name: 'MessageError', fields: [] });
    return d;
  };
  const store = (d: FullApplication) => {
    byId.set(d.application.id, d);
    return d;
  };
  /** As the worker does (storage/writes.ts): the people a debrief names join the application's contacts. */
  let contactIds = 0;
  const withPeople = (a: Application, debrief: Interview | Parameters<DashboardApi['saveDebrief']>[0]['debrief']): Application => ({
    ...a,
    contacts: withDebriefContacts(a.contacts ?? [], debrief, () => `contact-debrief-${++contactIds}`),
  });
  const spies = {
    now: vi.fn(() => NOW),
    loadRows: vi.fn(async () => [...byId.values()].map((d) => rowOf(d.application, d.reminders))),
    // No top of the list read first unless a test gives one: the list waits for every row.
    loadFirstRows: vi.fn(
      async (): Promise<{ rows: Row[]; total: number; whole: boolean }> => ({ rows: [], total: byId.size, whole: false }),
    ),
    loadDetail: vi.fn(async (id: string) => byId.get(id) ?? null),
    loadSettings: vi.fn(async () => opts.settings ?? DEFAULT_SETTINGS),
    loadCallSummary: vi.fn(async () => ({ calls: 3, answered: 1 })),
    exportFile: vi.fn(async (kind: 'json' | 'csv') => ({
      name: `relance.${kind}`,
      type: kind === 'json' ? 'application/json' : 'text/csv',
      text: '{}',
    })),
    download: vi.fn((_file: { name: string; type: string; text: string }) => {}),
    copyText: vi.fn(async (_text: string) => {}),
    calendarFile: vi.fn(async (of?: RequestOf<'calendarFile'>) => ({
      name: of?.reminderId ? `relance-${of.reminderId}.ics` : of?.applicationId ? `relance-interview.ics` : 'relance-2026-04-01.ics',
      type: 'text/calendar',
      text: 'BEGIN:VCALENDAR\r\n',
    })),
    saveDebrief: vi.fn(async (req: Parameters<DashboardApi['saveDebrief']>[0]) => {
      const d = detailOf([...byId.values()].find((x) => x.application.jobKey === req.jobKey)!.application.id);
      const application = bump(withPeople(d.application, req.debrief));
      const reminders =
        req.debrief.followUpAt === null ? [] : [makeReminder({ applicationId: d.application.id, dueAt: req.debrief.followUpAt })];
      const interview: Interview = {
        ...req.debrief,
        id: `int-saved-${application.revision}`,
        applicationId: application.id,
        createdAt: NOW,
      };
      store({ ...d, application, interviews: [...d.interviews, interview] });
      return { application, reminders };
    }),
    recordOutcome: vi.fn(async (req: RecordOutcomeRequest) => {
      const d = detailOf(req.applicationId);
      const at = req.outcome.nextFollowUpAt ?? null;
      const reminders: Reminder[] = [
        ...d.reminders.map((r) => ({ ...r, pendingDueAt: undefined, doneAt: NOW, closedBy: 'done' as const })),
        ...(at ? [makeReminder({ id: 'rem-next', applicationId: d.application.id, dueAt: at })] : []),
      ];
      const event = outcomeEvent(d.application.id, req.outcome, NOW);
      return store({
        ...d,
        application: bump(d.application, { nextDueAt: at, status: 'waiting' }),
        reminders,
        events: [event, ...d.events],
      });
    }),
    resolveProbablyClosed: vi.fn(async (req: { applicationId: string; decision: 'confirm' | 'keep' }) => {
      const d = detailOf(req.applicationId);
      return store({
        ...d,
        application: bump(d.application, { probablyClosed: false, status: req.decision === 'confirm' ? 'closed' : d.application.status }),
      });
    }),
    updatePosting: vi.fn(async (req: { applicationId: string; posting: Application['posting'] }) => {
      const d = detailOf(req.applicationId);
      return store({ ...d, application: bump(d.application, { posting: req.posting }) });
    }),
    planInterview: vi.fn(async (req: RequestOf<'planInterview'>) => {
      const d = detailOf(req.applicationId);
      const changes = req.plan ? { nextInterview: req.plan, status: 'in-process' as const } : { nextInterview: null };
      return store({ ...d, application: bump(d.application, changes) });
    }),
    updateInterview: vi.fn(async (req: { interviewId: string; debrief: Interview }) => {
      const d = [...byId.values()].find((x) => x.interviews.some((i) => i.id === req.interviewId))!;
      const interviews = d.interviews.map((i) => (i.id === req.interviewId ? { ...i, ...req.debrief } : i));
      return store({ ...d, application: bump(withPeople(d.application, req.debrief)), interviews });
    }),
    deleteApplication: vi.fn(async (req: { applicationId: string }): Promise<FullApplication> => {
      const d = detailOf(req.applicationId);
      byId.delete(req.applicationId);
      return d;
    }),
    restoreApplication: vi.fn(async (snapshot: FullApplication) => store(snapshot)),
    saveSettings: vi.fn(async (s: Settings) => s),
    importData: vi.fn(async (_json: string) => {
      for (const d of opts.imports ?? []) store(d);
      return { added: 2, updated: 1, unchanged: 0 };
    }),
    saveContact: vi.fn(async (req: RequestOf<'saveContact'>) => {
      const d = detailOf(req.applicationId);
      const { id, ...fields } = req.contact;
      const contacts = d.application.contacts ?? [];
      const next = id
        ? contacts.map((c) => (c.id === id ? { id, ...fields } : c))
        : [...contacts, { id: `contact-${contacts.length + 1}`, ...fields }];
      return store({ ...d, application: bump(d.application, { contacts: next }) });
    }),
    removeContact: vi.fn(async (req: RequestOf<'removeContact'>) => {
      const d = detailOf(req.applicationId);
      return store({
        ...d,
        application: bump(d.application, { contacts: (d.application.contacts ?? []).filter((c) => c.id !== req.contactId) }),
      });
    }),
    saveProfile: vi.fn(async (profile: Profile | null) => ({
      ...(opts.settings ?? DEFAULT_SETTINGS),
      ...(profile ? { profile } : {}),
      profileAsked: true,
    })),
  };
  return spies satisfies DashboardApi;
}

/** `count` applications spread over the sections, cheap to build. */
export function manyApplications(count: number): FullApplication[] {
  const out: FullApplication[] = [];
  for (let n = 0; n < count; n++) {
    const application = makeApplication({
      id: `app-${n}`,
      jobKey: `k${n}`,
      keys: [`k${n}`],
      posting: { title: `Role ${n}`, company: `Company ${String(n).padStart(5, '0')}`, location: '', url: `https://jobs.test/${n}` },
      nextDueAt: n % 4 === 3 ? null : NOW + ((n % 97) - 20) * DAY,
      status: n % 4 === 3 ? 'closed' : 'waiting',
    });
    out.push({ application, interviews: [], reminders: [], events: [] });
  }
  return out;
}
