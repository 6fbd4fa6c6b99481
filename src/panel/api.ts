import type { CardDraft, CardDraftInput, TodaysInterview } from '../core/closing-card';
import type { Application, Interview, Profile, Reminder, Settings, TimelineEvent } from '../core/types';
import type { SaveDebriefReply, SaveDebriefRequest } from '../messages/protocol';

/** What the panel renders from when it opens (and again when the active tab changes). */
export interface PanelContext {
  settings: Settings;
  /** Today's planned interviews, by start time: the switch between them. */
  today: TodaysInterview[];
  /**
   * The application asked for: `panel.html?app=<id>` (the reminder's own window), else the active
   * tab's tracked posting or the dashboard page of an application; null when none.
   */
  askedId: string | null;
  /**
   * `panel.html?app=<id>&debrief=1` ("how did it go?"'s own window): the interview is over, the asked
   * application starts on its debrief form, pre-filled.
   */
  debrief: boolean;
}

/**
 * One application's card: the application and its debrief in progress, if any; and for the script of a
 * follow-up call due now, its pending reminders, latest interview and timeline.
 */
export interface CardData {
  application: Application;
  draft: CardDraft | null;
  pending?: Reminder[];
  latest?: Interview;
  events?: TimelineEvent[];
}

/**
 * What the panel needs from IndexedDB (reads) and the service worker (writes). main.tsx builds the real
 * one; tests pass a plain object with spies, so components never touch the browser.
 */
export interface PanelApi {
  now(): number;
  loadContext(): Promise<PanelContext>;
  /** One application with its draft; null when it no longer exists. */
  loadCard(applicationId: string): Promise<CardData | null>;
  /** Saves the ticks as the application's debrief in progress (through the worker). */
  saveDraft(input: CardDraftInput): Promise<CardDraft>;
  discardDraft(applicationId: string): Promise<void>;
  /** Stores the profile prompt's answer (the profile, or null for "Not now"); resolves with the settings. */
  saveProfile(profile: Profile | null): Promise<Settings>;
  /** The same message as the popup's debrief. */
  saveDebrief(req: SaveDebriefRequest): Promise<SaveDebriefReply>;
  /** Calls back with each card asked for after the panel opened (PanelAsk). */
  onAsked?(callback: (ask: PanelAsk) => void): void;
}

/**
 * A card asked for: by the user moving to another tab showing a tracked posting (`byWorker` false),
 * or by the worker, for the reminder clicked ("interview soon": its card; "how did it go?": `debrief`,
 * its debrief form).
 */
export interface PanelAsk {
  applicationId: string;
  debrief: boolean;
  byWorker: boolean;
}
