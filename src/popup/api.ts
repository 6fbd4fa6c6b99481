import type { Application, Interview, PostingDraft, Reminder, Settings } from '../core/types';
import type { SaveDebriefReply, SaveDebriefRequest } from '../messages/protocol';
import type { DueItem } from '../storage/reads';

/** The application the active tab shows, with what the popup displays of it. */
export interface Tracked {
  application: Application;
  /** Newest first. */
  interviews: Interview[];
  /** Pending reminders, by due time. */
  reminders: Reminder[];
}

/** Everything the popup renders from, read once when it opens. */
export interface PopupContext {
  /** 'due': the popup page was opened in a tab from a grouped notification; only the due list matters. */
  view: 'page' | 'due';
  /** The active tab's URL, null when not http(s). */
  pageUrl: string | null;
  /** What the page gave; null when the page could not be read. */
  draft: PostingDraft | null;
  tracked: Tracked | null;
  /** From storage/reads.ts dueItems(db, now), oldest first. */
  due: DueItem[];
  settings: Settings;
}

/**
 * What the popup needs from the browser and the service worker. main.tsx builds the real one; tests
 * pass a plain object with spies, so components never touch the extension APIs.
 * Rejections carry a MessageError (name 'MessageError', message = i18n key, `fields`) where possible.
 */
export interface PopupApi {
  now(): number;
  loadContext(): Promise<PopupContext>;
  saveDebrief(req: SaveDebriefRequest): Promise<SaveDebriefReply>;
  completeReminder(reminderId: string): Promise<void>;
  snoozeReminder(reminderId: string): Promise<void>;
  /** Focuses a tab showing the posting, or opens one; the popup closes. */
  openPosting(application: Application): Promise<void>;
}
