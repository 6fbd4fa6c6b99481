import type { ChipShown } from '../core/chip';
import type { CardDraft, CardDraftInput } from '../core/closing-card';
import type { ContactInput } from '../core/contacts';
import type { ImportReport } from '../core/import-plan';
import type {
  Application,
  DebriefInput,
  FullApplication,
  OutcomeInput,
  PlannedInterview,
  Posting,
  Profile,
  Reminder,
  Settings,
} from '../core/types';
import type { FieldError } from '../core/validate';

/** What the popup sends to record a debrief. The worker validates every field again. */
export interface SaveDebriefRequest {
  posting: Posting;
  /** The job's identity (core/job-key.ts); for a tracked application, its own key. */
  jobKey: string;
  /** The tab's address, so the toolbar badge finds the application from the tab's URL. */
  pageUrl: string | null;
  debrief: DebriefInput;
  /** The revision the popup showed, when it edits a tracked application. */
  expectedRevision?: number;
}

export interface SaveDebriefReply {
  application: Application;
  reminders: Reminder[];
}

/**
 * Every message the extension pages send to the service worker, with its reply. The router needs
 * one handler and one validator per key, so a message cannot exist without both.
 */
interface Protocol {
  /** Stores a debrief with its application and reminders, then re-derives alarms and badges. */
  saveDebrief(req: SaveDebriefRequest): SaveDebriefReply;
  /** The user called (or otherwise acted): the reminder stops. */
  completeReminder(req: { reminderId: string }): Reminder;
  /** Remind again in one day. */
  snoozeReminder(req: { reminderId: string }): Reminder;
  /**
   * An .ics file: one pending reminder, or the planned interview of `applicationId`, or (with
   * neither) every pending one and planned interview plus the cancellations of events earlier files
   * carried. Records what it carries, so later files update those events.
   */
  calendarFile(req: { reminderId?: string; applicationId?: string }): { fileName: string; text: string };
  /** Focuses a tab showing the application's posting, or opens one. */
  openPosting(req: { applicationId: string }): null;
  /** Adds this job (the same job on another board) to an existing application instead of a duplicate. */
  linkPosting(req: LinkPostingRequest): Application;
  /** Content scripts: the chips of the tracked jobs among these keys, worded (untracked keys are absent). */
  jobChips(req: { jobKeys: string[] }): Record<string, ChipShown>;
  /** Content scripts: show this application in the extension (a chip was clicked). */
  openApplication(req: { applicationId: string }): null;

  // After the reminder: the dashboard, settings, export/import.
  /**
   * Records what a follow-up call gave (answer / new date / no answer) as a timeline entry; closes
   * the answered reminder and sets the reminders the outcome implies, in one transaction.
   */
  recordOutcome(req: RecordOutcomeRequest): FullApplication;
  /** The user confirms a "probably closed" application is closed, or keeps pursuing it. */
  resolveProbablyClosed(req: { applicationId: string; decision: 'confirm' | 'keep'; expectedRevision?: number }): FullApplication;
  /** Edits the posting fields of an application. */
  updatePosting(req: { applicationId: string; posting: Posting; expectedRevision?: number }): FullApplication;
  /** "I have an interview for this job": tracks the page's posting with its planned interview, before any debrief. */
  trackInterview(req: TrackInterviewRequest): FullApplication;
  /** Plans the application's next interview (date, time, channel, interviewer, stage), or cancels it (null). */
  planInterview(req: { applicationId: string; plan: PlannedInterview | null; expectedRevision?: number }): FullApplication;
  /** Edits a recorded debrief; the reminders follow when it is the latest interview. */
  updateInterview(req: { interviewId: string; debrief: DebriefInput; expectedRevision?: number }): FullApplication;
  /** Deletes an application with its interviews, reminders and timeline; the reply is what undo restores. */
  deleteApplication(req: { applicationId: string; expectedRevision?: number }): FullApplication;
  /** Undo of a delete: puts the snapshot back as it was (validated like an import). */
  restoreApplication(req: FullApplication): FullApplication;
  /** Saves the settings and applies them at once (alarms re-derived when the hour changes). */
  saveSettings(req: Settings): Settings;
  /** Imports a JSON export: validated whole first; any invalid record rejects everything. */
  importData(req: { json: string }): ImportReport;
  /** Opens the dashboard (from the popup), optionally on one application. */
  openDashboard(req: { applicationId?: string }): null;
  /**
   * The dashboard found the list kept for it stale: the worker makes it again (storage/list-cache.ts);
   * true when it was kept (no write landed meanwhile).
   */
  refreshList(req: Record<string, never>): boolean;

  // During the interview: the closing card.
  /** Saves what is ticked on the closing card as the application's debrief in progress (as each item is ticked). */
  saveCardDraft(req: CardDraftInput): CardDraft;
  /** Forgets the application's debrief in progress. */
  discardCardDraft(req: { applicationId: string }): null;
  // Contacts and the user's profile.
  /** Adds a contact to an application (no id) or replaces the one with its id. */
  saveContact(req: { applicationId: string; contact: ContactInput; expectedRevision?: number }): FullApplication;
  /** Removes one contact of an application. */
  removeContact(req: { applicationId: string; contactId: string; expectedRevision?: number }): FullApplication;
  /** The answer to the scripts' first question: the user's profile, or null when put off; not asked again. */
  saveProfile(req: { profile: Profile | null }): Settings;
}

export interface RecordOutcomeRequest {
  applicationId: string;
  /** The reminder this call answers, when it came from one (notification, due list). */
  reminderId?: string;
  outcome: OutcomeInput;
  expectedRevision?: number;
}

export interface TrackInterviewRequest {
  posting: Posting;
  jobKey: string;
  pageUrl: string | null;
  plan: PlannedInterview;
}

export interface LinkPostingRequest {
  applicationId: string;
  jobKey: string;
  pageUrl: string | null;
  expectedRevision?: number;
}

/** The messages content scripts (on the declared job sites only) may send; the rest are for extension pages. */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['jobChips', 'openApplication'];

/** Sent by the worker to content scripts when applications change, so chips update without a reload. */
export const APPLICATIONS_CHANGED = 'relance:applicationsChanged';

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Parameters<Protocol[K]>[0];
export type ReplyOf<K extends MessageType> = ReturnType<Protocol[K]>;

/** Every reply has this envelope: errors cross the message boundary as data, never as a hang. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; fields?: FieldError[] };
