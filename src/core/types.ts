/** Domain types shared by every layer. Plain data only: everything here is stored in IndexedDB as is. */

/**
 * Which recognition layer gave a field, in the order they are tried (strongest first); "label" (text
 * labelled "Location:", "Entreprise :" on a page no adapter reads) and "heuristic" fields are guesses.
 */
export type ExtractLayer = 'json-ld' | 'microdata' | 'site' | 'meta' | 'label' | 'heuristic';

/** What the extractor recognised on a page. Each field is plain, capped text, or null when unknown. */
export interface PostingDraft {
  title: string | null;
  company: string | null;
  location: string | null;
  /** Canonical URL of the posting (the page's `<link rel=canonical>` when it gives one). */
  url: string | null;
  /** Stable identity of the job; see core/job-key.ts. */
  jobKey: string | null;
  /** The layer each recognised field came from, so the popup can flag guesses for checking. */
  sources?: Partial<Record<'title' | 'company' | 'location' | 'url', ExtractLayer>>;
}

/** The posting as the user confirmed it in the popup. */
export interface Posting {
  title: string;
  company: string;
  location: string;
  url: string;
}

export const VERDICTS = ['convinced', 'undecided', 'rejected', 'no-answer'] as const;
/** The interviewer's impression (docs/method.md §2); "no-answer" is "no clear answer". */
export type Verdict = (typeof VERDICTS)[number];

export const STAGES = ['screening', 'hiring-manager', 'team', 'director', 'final', 'other'] as const;
export type Stage = (typeof STAGES)[number];

export const CHANNELS = ['on-site', 'video', 'phone'] as const;
/** How a planned interview takes place: what "leaving well" means differs (docs/method.md §4). */
export type Channel = (typeof CHANNELS)[number];

export const FEELINGS = ['well', 'mixed', 'badly'] as const;
/** How the candidate felt the interview went (docs/method.md §5). */
export type Feeling = (typeof FEELINGS)[number];

export const STATUSES = ['in-process', 'waiting', 'offer', 'closed'] as const;
/** Where an application stands, derived from its latest debrief and follow-up outcomes (core/verdict.ts, core/outcomes.ts). */
export type ApplicationStatus = (typeof STATUSES)[number];

/** A next step announced by a convinced interviewer: with whom (role, name), when if known. */
export interface NextStep {
  withWhom: string;
  /** Local date `YYYY-MM-DD`, or '' when not known. */
  when: string;
}

/** The synthesis checklist (docs/method.md §1) plus "asked for the interviewer's impression" (§2). */
export interface SynthesisChecklist {
  enoughInformation: boolean;
  strengthsPutForward: boolean;
  nextStepPlanned: boolean;
  askedImpression: boolean;
}

/** The closing checklist (docs/method.md §4). */
export interface ClosingChecklist {
  thanked: boolean;
  handshakeEyeContact: boolean;
  smiled: boolean;
}

/** What the popup's form produces: one interview debrief, before it is stored. */
export interface DebriefInput {
  /** Interview start, epoch ms. */
  interviewAt: number;
  /** null: not said (the user left it unanswered). */
  stage: Stage | null;
  interviewerName: string;
  interviewerRole: string;
  synthesis: SynthesisChecklist;
  verdict: Verdict;
  /** For "convinced". */
  nextSteps: NextStep[];
  /** For "undecided": the weak point the interviewer named. */
  weakPoint: string;
  /**
   * For "undecided": the user's own answer to that weak point, one sentence the call script has them
   * say (docs/method.md §3); '' when not written.
   */
  weakPointAnswer: string;
  /** For "rejected": the reason given, if any. */
  rejectionReason: string;
  /** The answer (or, when undecided, the call-back) was promised by this time, epoch ms; null if not given. */
  answerBy: number | null;
  /**
   * The agreed follow-up call, epoch ms. Required, except after a rejection: then no call is
   * scheduled and it is null (docs/method.md §3).
   */
  followUpAt: number | null;
  /** After a rejection: when to ask for feedback, if the user asked to be reminded; null otherwise. */
  feedbackAt: number | null;
  closing: ClosingChecklist;
  /** null: not said. */
  feeling: Feeling | null;
  /** When the interview went badly: who else at the company, what to address (docs/method.md §5). */
  recoveryContacts: string;
  recoveryTopics: string;
  notes: string;
}

export interface Interview extends DebriefInput {
  id: string;
  applicationId: string;
  createdAt: number;
}

export interface Application {
  id: string;
  /** The job's identity where it was first tracked (core/job-key.ts). */
  jobKey: string;
  /**
   * Every job key that leads to this application: its own, the URL key it had before per-site keys
   * (schema v2), and the keys of the same job on other boards that the user linked. Unique across
   * applications: one application per job.
   */
  keys: string[];
  /** Normalised company + title (core/job-key.ts normalizeForMatch): finds the same job reposted elsewhere. */
  matchKey: string;
  /** Normalised URLs this posting was seen at, so a tab's URL finds it through an index. */
  urls: string[];
  posting: Posting;
  status: ApplicationStatus;
  lastVerdict: Verdict | null;
  /** Earliest pending reminder of this application, epoch ms; null when none. */
  nextDueAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** Incremented by every write; lets later writers detect a concurrent edit. */
  revision: number;
  /**
   * Set when the signs say "probably closed" (an undecided verdict whose promised day ended with no
   * answer and no answer to the call after it, or every retry of a call unanswered: docs/method.md §2,
   * §3; core/outcomes.ts isProbablyClosed) until the user confirms or keeps going.
   */
  probablyClosed?: boolean;
  /** The next interview, when one is planned (schema v5: with its time, channel and interviewer's role). */
  nextInterview?: PlannedInterview | null;
  /**
   * The people of this application (schema v8): interviewers and recovery contacts of its debriefs,
   * and whoever the user adds. Absent on rows written before; read as none.
   */
  contacts?: Contact[];
}

/** Someone at the company: whom to call, write to, or ask for (core/contacts.ts checks it). */
export interface Contact {
  id: string;
  name: string;
  role: string;
  /** As the user typed it; a `tel:` link dials it (core/contacts.ts telHref). */
  phone: string;
  email: string;
  /** A profile page (LinkedIn or the like), http(s) only. */
  link: string;
  note: string;
}

/** The user, as scripts and e-mail drafts sign: nothing is sent anywhere. */
export interface Profile {
  name: string;
  phone: string;
  email: string;
}

/**
 * A planned interview: from a convinced verdict's dated next step, a follow-up outcome "next
 * interview", or planned by the user. Unknown parts are empty ('' or null), never guessed.
 */
export interface PlannedInterview {
  /** Local date `YYYY-MM-DD`; '' when not known yet. */
  on: string;
  /** Local start time `HH:MM`; '' when not given. */
  time: string;
  channel: Channel | null;
  /** The interviewer, as the user or the recruiter named them. */
  withWhom: string;
  /** The interviewer's role. */
  role: string;
  /** null when nobody said it (a next step names whom, not the stage). */
  stage: Stage | null;
}

export const REMINDER_KINDS = ['follow-up', 'answer-due', 'feedback', 'interview-soon', 'how-did-it-go', 'thank-you'] as const;
/**
 * "follow-up": call them on the agreed date. "answer-due": the answer was promised today.
 * "feedback": after a rejection, ask for feedback (only when the user asked to be reminded).
 * "interview-soon": a planned interview starts soon (open the closing card). "how-did-it-go": it
 * should be over, record the debrief. The last two are about the interview, not calls to make: they
 * stay out of the due calls, the badge and the next follow-up date (core/reminders.ts isCallReminder).
 * "thank-you": the evening of an interview, send the thank-you e-mail (docs/method.md §4); not a
 * call either.
 */
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  id: string;
  applicationId: string;
  interviewId: string;
  kind: ReminderKind;
  dueAt: number;
  /** Equal to dueAt while the reminder is pending, absent once it is done: the due index holds pending rows only. */
  pendingDueAt?: number;
  /** Set when the notification was shown, so a reminder fires once, not once per check. */
  notifiedAt?: number;
  doneAt?: number;
  /** Why it stopped being pending: the user pressed Done, or a newer debrief replaced it. */
  closedBy?: 'done' | 'superseded';
}

export interface Settings {
  /** Days from the interview to the default follow-up. */
  followUpDelayDays: number;
  /** Minutes after local midnight at which reminders fire (540 = 09:00). */
  reminderMinutes: number;
  /** Working days to the retry after a follow-up call with no answer. */
  noAnswerRetryWorkingDays: number;
  /**
   * How many times a call with no answer is retried; after that, the application is offered
   * "probably closed" and no retry is scheduled (docs/method.md §3).
   */
  maxNoAnswerRetries: number;
  /** Minutes before a planned interview's start time at which "interview soon" reminds (docs/method.md §1–§4: the closing card). */
  interviewSoonMinutes: number;
  /** How long an interview is expected to last: "how did it go?" reminds that long after its start. */
  interviewLengthMinutes: number;
  /** Show reminder notifications (the badge and lists still show what is due). */
  notifications: boolean;
  /** Whether the toolbar badge shows the due count on tabs that are not a tracked posting. */
  badgeCountOnOtherTabs: boolean;
  /** The evening of an interview debriefed that day, remind to send the thank-you e-mail. */
  thankYouReminder: boolean;
  /** Who the user is, for scripts and drafts. */
  profile: Profile;
  /** The profile was asked for once (filled in or put off): scripts and drafts stop asking. */
  profileAsked: boolean;
}

export const EMPTY_PROFILE: Profile = { name: '', phone: '', email: '' };

export const DEFAULT_SETTINGS: Settings = {
  followUpDelayDays: 7,
  reminderMinutes: 9 * 60,
  noAnswerRetryWorkingDays: 2,
  maxNoAnswerRetries: 2,
  interviewSoonMinutes: 15,
  interviewLengthMinutes: 60,
  notifications: true,
  badgeCountOnOtherTabs: true,
  thankYouReminder: true,
  profile: EMPTY_PROFILE,
  profileAsked: false,
};

export const OUTCOME_KINDS = ['answer', 'new-date', 'no-answer'] as const;
/**
 * What a follow-up call gave (docs/method.md §3): reached them and got an answer; reached them and got a
 * new date; or no answer (retry).
 */
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const ANSWER_RESULTS = ['offer', 'next-interview', 'rejected'] as const;
export type AnswerResult = (typeof ANSWER_RESULTS)[number];

/** What the user records after a follow-up call; the worker validates it again. */
export interface OutcomeInput {
  kind: OutcomeKind;
  /** When the call happened, epoch ms. */
  at: number;
  /** For "answer". */
  result?: AnswerResult;
  /**
   * For an answer "next-interview": with whom, its day (`YYYY-MM-DD`) and start time (`HH:MM`), each
   * '' when not given, its channel (null: not said), and its stage.
   */
  nextInterview?: { withWhom: string; on: string; time: string; channel: Channel | null; stage: Stage };
  /** For an answer "rejected": the reason given. */
  reason?: string;
  /** For "new-date" and "no-answer": the next follow-up, epoch ms (defaults: +7 days, +2 working days). */
  nextFollowUpAt?: number;
  note: string;
}

export const TIMELINE_EVENT_TYPES = ['outcome', 'confirmed-closed', 'kept-pursuing', 'reopened'] as const;
/** A follow-up outcome, or one of the user's decisions about a "probably closed" application. */
type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

/** One dated entry of an application's timeline: a follow-up outcome, or a user decision. */
export interface TimelineEvent {
  id: string;
  applicationId: string;
  at: number;
  type: TimelineEventType;
  outcome?: OutcomeInput;
  createdAt: number;
}

/**
 * An application with every stored row of it: what its page shows, what a delete returns and an
 * undo restores. Storage reads it in this order: interviews and timeline newest first, reminders
 * (pending and past) by due time.
 */
export interface FullApplication {
  application: Application;
  interviews: Interview[];
  reminders: Reminder[];
  events: TimelineEvent[];
}

/** Text caps for page data and user input; page data is untrusted. */
export const LIMITS = {
  title: 300,
  company: 200,
  location: 200,
  url: 2048,
  name: 200,
  shortText: 500,
  longText: 5000,
  nextSteps: 10,
  phone: 40,
  email: 254,
  contacts: 50,
} as const;
