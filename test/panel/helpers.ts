// The panel's fake api and fixtures, shared by its component tests.
import { vi } from 'vitest';
import type { CardDraft, CardDraftInput } from '../../src/core/closing-card';
import { DEFAULT_SETTINGS, type Application, type PlannedInterview, type Profile } from '../../src/core/types';
import type { CardData, PanelApi, PanelAsk, PanelContext } from '../../src/panel/api';

/** Tuesday 1 December 2026, 14:50: the interview planned at 14:00 is ending. */
export const NOW = new Date(2026, 11, 1, 14, 50).getTime();
export const plan = (over: Partial<PlannedInterview> = {}): PlannedInterview => ({
  on: '2026-12-01',
  time: '14:00',
  channel: 'video',
  withWhom: 'Léa Roux',
  role: 'CTO',
  stage: 'hiring-manager',
  ...over,
});

export function fakePanelApi(
  apps: Application[],
  over: {
    askedId?: string | null;
    debrief?: boolean;
    drafts?: Record<string, CardDraft>;
    /** What loadCard reads beside the application and its draft: pending reminders, latest interview, timeline. */
    cards?: Record<string, Omit<CardData, 'application' | 'draft'>>;
    asks?: (ask: (ask: PanelAsk) => void) => void;
  } = {},
) {
  const drafts = over.drafts ?? {};
  const ctx: PanelContext = {
    settings: DEFAULT_SETTINGS,
    today: apps
      .filter((a) => a.nextInterview?.on === '2026-12-01')
      .map((a) => ({ application: a, startsAt: new Date(`2026-12-01T${a.nextInterview!.time || '09:00'}`).getTime() }))
      .sort((a, b) => a.startsAt - b.startsAt),
    askedId: over.askedId ?? null,
    debrief: over.debrief ?? false,
  };
  const api = {
    now: () => NOW,
    loadContext: vi.fn(async () => ctx),
    loadCard: vi.fn(async (id: string): Promise<CardData | null> => {
      const application = apps.find((a) => a.id === id);
      return application ? { application, draft: drafts[id] ?? null, ...over.cards?.[id] } : null;
    }),
    saveProfile: vi.fn(async (profile: Profile | null) => ({
      ...DEFAULT_SETTINGS,
      profile: profile ?? DEFAULT_SETTINGS.profile,
      profileAsked: true,
    })),
    saveDraft: vi.fn(async (input: CardDraftInput) => ({ ...input, updatedAt: NOW })),
    onAsked: over.asks,
    discardDraft: vi.fn(async () => {}),
    saveDebrief: vi.fn(async (req: Parameters<PanelApi['saveDebrief']>[0]) => ({
      application: { ...apps[0]!, revision: 3 },
      reminders: [
        {
          id: 'r',
          applicationId: apps[0]!.id,
          interviewId: 'i',
          kind: 'follow-up' as const,
          dueAt: req.debrief.followUpAt!,
          pendingDueAt: 1,
        },
      ],
    })),
  };
  return api;
}

/** The worker's ask, for the reminder clicked: "interview soon" (its card) or "how did it go?" (`debrief`). */
export const byWorker = (applicationId: string, debrief = false): PanelAsk => ({ applicationId, debrief, byWorker: true });
/** The user moved to a tab showing this application's posting. */
export const byTab = (applicationId: string): PanelAsk => ({ applicationId, debrief: false, byWorker: false });
