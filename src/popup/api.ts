import type { Application, FullApplication, Interview, PostingDraft, Profile, Reminder, Settings, TimelineEvent } from '../core/types';
import type {
  LinkPostingRequest,
  RecordOutcomeRequest,
  RequestOf,
  SaveDebriefReply,
  SaveDebriefRequest,
  TrackInterviewRequest,
} from '../messages/protocol';
import type { DueHead, DueItem } from '../storage/reads';

/** The application the active tab (or the `?app=` page) shows, with what the popup displays of it. */
export interface Tracked {
  application: Application;
  /** Newest first. */
  interviews: Interview[];
  /** Pending reminders, by due time. */
  reminders: Reminder[];
  /** The timeline (follow-up outcomes, decisions): how many retries are left rests on it. */
  events: TimelineEvent[];
  /** Items are ticked on the closing card and no debrief was recorded since. */
  debriefInProgress?: boolean;
}

/** Everything the popup renders from, read once when it opens. */
export interface PopupContext {
  /**
   * 'page': the toolbar popup, about the active tab. 'due': the popup page opened in a tab from a grouped
   * notification; only the due list matters. 'app': `popup.html?app=<id>`, one application in a tab (a
   * direct link; chips open the dashboard); `tracked` is that application (null when it no longer
   * exists), no tab is read.
   */
  view: 'page' | 'due' | 'app';
  /** The active tab's URL, null when not http(s) (and in the 'due' and 'app' views). */
  pageUrl: string | null;
  /** What the page gave; null when the page could not be read (and in the 'due' and 'app' views). */
  draft: PostingDraft | null;
  /** The page's job key (core/page-job-key.ts pageJobKey), without which nothing can be linked; null without a page. */
  jobKey: string | null;
  tracked: Tracked | null;
  /**
   * Applications that look like this page's job under another key (storage/reads.ts findSimilar: same
   * normalised company and title), none of which has this job key yet; empty when the page is tracked.
   */
  similar: Application[];
  /** From storage/reads.ts dueHead: the due calls with their applications, oldest first. */
  due: DueItem[];
  /** The due calls after those, their applications not read (the popup counts them). */
  dueRest: Reminder[];
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
  /** The due list read again (after calls were done, to fill it up). */
  loadDue(): Promise<DueHead>;
  saveDebrief(req: SaveDebriefRequest): Promise<SaveDebriefReply>;
  completeReminder(reminderId: string): Promise<void>;
  snoozeReminder(reminderId: string): Promise<void>;
  /** Puts an e-mail draft on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Saves one pending reminder as an .ics file (built and recorded by the worker). */
  addToCalendar(reminderId: string): Promise<void>;
  /** Saves the application's planned interview as an .ics file. */
  addInterviewToCalendar(applicationId: string): Promise<void>;
  /** The profile prompt's answer (null: not now); resolves with the settings as stored. */
  saveProfile(profile: Profile | null): Promise<Settings>;
  /** Focuses a tab showing the posting, or opens one; the popup closes. */
  openPosting(application: Application): Promise<void>;
  /** Adds this page's job key to an existing application (the same job on another board). */
  linkPosting(req: LinkPostingRequest): Promise<Application>;
  /** An application with its interviews and pending reminders, read from storage; null when unknown. */
  loadTracked(applicationId: string): Promise<Tracked | null>;
  /** Records what a follow-up call gave (the shared outcome form). */
  recordOutcome(req: RecordOutcomeRequest): Promise<FullApplication>;
  /** Plans (or cancels, null) the application's next interview. */
  planInterview(req: RequestOf<'planInterview'>): Promise<FullApplication>;
  /** "I have an interview for this job": tracks the page's posting with its planned interview. */
  trackInterview(req: TrackInterviewRequest): Promise<FullApplication>;
  /** Opens the dashboard in a tab, on this application when given; the popup closes. */
  openDashboard(applicationId?: string): Promise<void>;
  /** Opens the closing card in the window's side panel (Firefox: the sidebar); it stays when the popup closes. */
  openClosingCard?(): Promise<void>;
}
