import { makeDebrief } from '../builders';
import { vi } from 'vitest';
import catalog from '../../_locales/en/messages.json';
import { makeTranslator, type MessageCatalog } from '../catalog';
import type { Application, FullApplication, Interview, Profile, Reminder } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type {
  LinkPostingRequest,
  RecordOutcomeRequest,
  RequestOf,
  SaveDebriefReply,
  TrackInterviewRequest,
} from '../../src/messages/protocol';
import type { PopupApi, PopupContext, Tracked } from '../../src/popup/api';
import { pageJobKey } from '../../src/core/page-job-key';
import { jobKeyFor } from '../../src/extract/job-key';
import { ApplicationView, DueScript, OutcomeForm, PageDebrief, PlanForm } from '../../src/popup/forms';
import { setLocale, setTranslator } from '../../src/ui/i18n';

/** The real English catalog, so tests read the texts users see. en-GB pins Intl output ("09:00"). */
export function installCatalog(): void {
  setTranslator(makeTranslator(catalog as MessageCatalog));
  setLocale('en-GB');
}

/**
 * The popup's views, forms and due scripts loaded, as main.tsx has them once the first view is painted: a click then
 * shows one at once (test/ui/lazy.test.tsx covers a form shown before it is loaded).
 */
export async function loadForms(): Promise<void> {
  await Promise.all([ApplicationView.preload(), PageDebrief.preload(), OutcomeForm.preload(), PlanForm.preload(), DueScript.preload()]);
}

/** Tuesday 1 December 2026, 14:30 local time. */
export const NOW = new Date(2026, 11, 1, 14, 30).getTime();
export const DAY = 24 * 60 * 60 * 1000;

export const PAGE_URL = 'https://jobs.example.com/offers/42?utm_source=mail';

export function makeApplication(over: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    jobKey: 'https://jobs.example.com/offers/42',
    keys: ['https://jobs.example.com/offers/42'],
    matchKey: 'acme|dev',
    urls: ['https://jobs.example.com/offers/42'],
    posting: { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' },
    status: 'waiting',
    lastVerdict: 'undecided',
    nextDueAt: NOW + 3 * DAY,
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - 2 * DAY,
    revision: 2,
    ...over,
  };
}

export function makeInterview(over: Partial<Interview> = {}): Interview {
  return {
    ...makeDebrief({
      interviewAt: NOW - 5 * DAY,
      stage: 'screening',
      interviewerRole: 'HR',
      synthesis: { enoughInformation: true, strengthsPutForward: true, nextStepPlanned: false, askedImpression: true },
      weakPoint: 'No React experience',
      followUpAt: NOW + 3 * DAY,
    }),
    id: 'int-1',
    applicationId: 'app-1',
    createdAt: NOW - 5 * DAY,
    ...over,
  };
}

export function makeReminder(over: Partial<Reminder> = {}): Reminder {
  const dueAt = over.dueAt ?? NOW + 3 * DAY;
  return { id: 'rem-1', applicationId: 'app-1', interviewId: 'int-1', kind: 'follow-up', dueAt, pendingDueAt: dueAt, ...over };
}

/** A context as main.tsx builds it: the page's job key from the draft and the address, unless given. */
export function makeContext(over: Partial<PopupContext> = {}): PopupContext {
  const base = {
    view: 'page' as const,
    pageUrl: PAGE_URL,
    draft: null,
    tracked: null,
    similar: [],
    due: [],
    dueRest: [],
    settings: DEFAULT_SETTINGS,
    ...over,
  };
  return { ...base, jobKey: 'jobKey' in over ? (over.jobKey ?? null) : pageJobKey(base.draft, base.pageUrl, jobKeyFor) };
}

/** The reply the worker would give for a first debrief saved with this follow-up time. */
export function makeReply(followUpAt: number | null): SaveDebriefReply {
  return {
    application: makeApplication({ id: 'app-new', revision: 1, nextDueAt: followUpAt, status: followUpAt === null ? 'closed' : 'waiting' }),
    reminders:
      followUpAt === null ? [] : [makeReminder({ id: 'rem-new', applicationId: 'app-new', interviewId: 'int-new', dueAt: followUpAt })],
  };
}

/** A plain api object with spies; no browser anywhere. */
export function fakeApi(ctx: PopupContext, over: Partial<PopupApi> = {}) {
  const spies = {
    now: vi.fn(() => NOW),
    loadContext: vi.fn(async () => ctx),
    // The due list as stored now: what the context said (a test passes its own to change it).
    loadDue: vi.fn(async () => ({ items: ctx.due, rest: ctx.dueRest })),
    saveDebrief: vi.fn(async (req: { debrief: { followUpAt: number | null } }) => makeReply(req.debrief.followUpAt)),
    completeReminder: vi.fn(async (_id: string) => {}),
    snoozeReminder: vi.fn(async (_id: string) => {}),
    openPosting: vi.fn(async (_app: Application) => {}),
    // The worker's reply: the application with the job key added and its revision bumped.
    linkPosting: vi.fn(async (req: LinkPostingRequest) => {
      const app = ctx.similar.find((a) => a.id === req.applicationId) ?? makeApplication({ id: req.applicationId });
      return { ...app, keys: [...app.keys, req.jobKey], revision: app.revision + 1 };
    }),
    loadTracked: vi.fn(async (_id: string): Promise<Tracked | null> => null),
    recordOutcome: vi.fn(async (req: RecordOutcomeRequest): Promise<FullApplication> => outcomeReply(req)),
    openDashboard: vi.fn(async (_id?: string) => {}),
    copyText: vi.fn(async (_text: string) => {}),
    addToCalendar: vi.fn(async (_reminderId: string) => {}),
    addInterviewToCalendar: vi.fn(async (_applicationId: string) => {}),
    saveProfile: vi.fn(async (profile: Profile | null) => ({ ...DEFAULT_SETTINGS, ...(profile ? { profile } : {}), profileAsked: true })),
    planInterview: vi.fn(
      async (req: RequestOf<'planInterview'>): Promise<FullApplication> => ({
        application: makeApplication({ id: req.applicationId, status: 'in-process', nextInterview: req.plan }),
        interviews: [],
        reminders: [],
        events: [],
      }),
    ),
    trackInterview: vi.fn(
      async (req: TrackInterviewRequest): Promise<FullApplication> => ({
        application: makeApplication({
          id: 'app-new',
          posting: req.posting,
          status: 'in-process',
          lastVerdict: null,
          nextDueAt: null,
          nextInterview: req.plan,
        }),
        interviews: [],
        reminders: [],
        events: [],
      }),
    ),
  } satisfies PopupApi;
  // Overrides are spies too; keep the spy types so tests can read `.mock`.
  return { ...spies, ...over } as typeof spies;
}

/** The worker's reply to an outcome: the answered reminder done, a retry pending when one was asked for. */
export function outcomeReply(req: RecordOutcomeRequest): FullApplication {
  const at = req.outcome.nextFollowUpAt;
  const reminders = at ? [makeReminder({ id: 'rem-retry', applicationId: req.applicationId, dueAt: at })] : [];
  return {
    application: makeApplication({ id: req.applicationId, nextDueAt: at ?? null, revision: (req.expectedRevision ?? 1) + 1 }),
    interviews: [makeInterview({ applicationId: req.applicationId })],
    reminders,
    events: [
      {
        id: 'ev-1',
        applicationId: req.applicationId,
        at: req.outcome.at,
        type: 'outcome',
        outcome: req.outcome,
        createdAt: req.outcome.at,
      },
    ],
  };
}
