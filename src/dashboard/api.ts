import type { ImportReport } from '../core/import-plan';
import type { FullApplication, Profile, Settings } from '../core/types';
import type { RecordOutcomeRequest, RequestOf, SaveDebriefReply, SaveDebriefRequest } from '../messages/protocol';
import type { Row } from './sections';

/**
 * What the dashboard needs from IndexedDB (reads) and the service worker (every write). main.tsx
 * builds the real one; tests pass a plain object with spies, so components never touch the browser.
 * Rejections carry a MessageError (name 'MessageError', message = i18n key, `fields`) where possible.
 */
export interface DashboardApi {
  now(): number;
  /**
   * Every application as a light row: the list kept whole when it is current (storage/list-cache.ts,
   * one read), else one read of the applications and the pending reminders.
   */
  loadRows(): Promise<Row[]>;
  /**
   * On opening: every row when the kept list is current (`whole`); else the rows of the "due now"
   * section, through the due index, and how many applications there are: the top of the list
   * (storage/reads.ts applicationsDueBefore), painted before every row is read.
   */
  loadFirstRows(): Promise<FirstRows>;
  /** One application with its interviews, reminders and timeline; null when there is none. */
  loadDetail(applicationId: string): Promise<FullApplication | null>;
  loadSettings(): Promise<Settings>;
  /** Follow-up calls recorded and how many got an answer, for the week strip's summary. */
  loadCallSummary(): Promise<{ calls: number; answered: number }>;
  /** The JSON export (core/export.ts format) or the CSV of every application, built from IndexedDB reads. */
  exportFile(kind: 'json' | 'csv'): Promise<{ name: string; type: string; text: string }>;
  /** Puts an e-mail draft on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Saves a file through a Blob URL and `<a download>`: nothing leaves the machine. */
  download(file: { name: string; type: string; text: string }): void;
  /** An .ics file from the worker: one pending reminder, a planned interview, or (no argument) every upcoming date (core/calendar-plan.ts). */
  calendarFile(of?: RequestOf<'calendarFile'>): Promise<{ name: string; type: string; text: string }>;

  saveDebrief(req: SaveDebriefRequest): Promise<SaveDebriefReply>;
  recordOutcome(req: RecordOutcomeRequest): Promise<FullApplication>;
  resolveProbablyClosed(req: RequestOf<'resolveProbablyClosed'>): Promise<FullApplication>;
  updatePosting(req: RequestOf<'updatePosting'>): Promise<FullApplication>;
  planInterview(req: RequestOf<'planInterview'>): Promise<FullApplication>;
  updateInterview(req: RequestOf<'updateInterview'>): Promise<FullApplication>;
  deleteApplication(req: RequestOf<'deleteApplication'>): Promise<FullApplication>;
  restoreApplication(snapshot: FullApplication): Promise<FullApplication>;
  saveSettings(settings: Settings): Promise<Settings>;
  importData(json: string): Promise<ImportReport>;
  /** Whether the closing card holds a debrief in progress for this application. */
  hasCardDraft?(applicationId: string): Promise<boolean>;
  /** Opens the closing card in this window's side panel (Firefox: the sidebar): it shows this page's application. */
  openClosingCard?(): Promise<void>;
  saveContact(req: RequestOf<'saveContact'>): Promise<FullApplication>;
  removeContact(req: RequestOf<'removeContact'>): Promise<FullApplication>;
  /** The profile prompt's answer (null: not now). */
  saveProfile(profile: Profile | null): Promise<Settings>;
}

/** The top of the list read first: every row (`whole`), or the "due now" section of `total` applications. */
export interface FirstRows {
  rows: Row[];
  total: number;
  whole: boolean;
}
