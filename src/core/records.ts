import { checkContact } from './contacts';
import { fromDateInput, fromTimeInput } from './dates';
import { normalizeForMatch, type JobKeyCheck } from './job-key';
import {
  CHANNELS,
  FEELINGS,
  LIMITS,
  REMINDER_KINDS,
  STAGES,
  STATUSES,
  TIMELINE_EVENT_TYPES,
  VERDICTS,
  type Application,
  type Contact,
  type Interview,
  type Reminder,
  type Settings,
  type TimelineEvent,
} from './types';
import { checkDebrief, checkPosting, isRecord, oneOf, time, type FieldError } from './validate';
import { checkOutcome, checkSettings } from './validate-outcome';

/**
 * Checks of stored records as they come back from outside: an imported file, or the snapshot an
 * undo sends back. Strict: every field must have its type (a wrong type is not silently replaced by
 * a default), texts within their caps. The result is rebuilt from the known fields only, so nothing
 * else (e.g. a `__proto__` key) can reach storage. A problem is one line of English naming the field,
 * e.g. "followUpAt is not a date": it describes the file's own field names.
 */
export type RecordCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

class Problem extends Error {}
const fail = (field: string, what: string): never => {
  throw new Problem(`${field} ${what}`);
};

function attempt<T>(build: () => T): RecordCheck<T> {
  try {
    return { ok: true, value: build() };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.message };
    throw e;
  }
}

function obj(x: unknown, field: string): Record<string, unknown> {
  return isRecord(x) ? x : fail(field, 'is not an object');
}
function str(o: Record<string, unknown>, key: string, max: number, field = key): string {
  const v = o[key];
  if (typeof v !== 'string') fail(field, 'is not text');
  if ((v as string).length > max) fail(field, `is longer than ${max} characters`);
  return v as string;
}
function id(o: Record<string, unknown>, key: string): string {
  const v = str(o, key, 100);
  return v.trim() === '' ? fail(key, 'is empty') : v;
}
function at(o: Record<string, unknown>, key: string, field = key): number {
  return time(o[key]) ?? fail(field, 'is not a date');
}
function bool(o: Record<string, unknown>, key: string, field = key): boolean {
  return typeof o[key] === 'boolean' ? (o[key] as boolean) : fail(field, 'is not true or false');
}
function pick<T extends string>(o: Record<string, unknown>, key: string, options: readonly T[], field = key): T {
  return oneOf(o[key], options) ?? fail(field, `is not one of ${options.join(', ')}`);
}
function dateOrEmpty(o: Record<string, unknown>, key: string, field: string): string {
  const v = str(o, key, 10, field);
  return v === '' || fromDateInput(v, 0) !== null ? v : fail(field, 'is not a date (YYYY-MM-DD) nor empty');
}
function timeOrEmpty(o: Record<string, unknown>, key: string, field: string): string {
  const v = str(o, key, 5, field);
  return v === '' || fromTimeInput(v) !== null ? v : fail(field, 'is not a time (HH:MM) nor empty');
}
/** English for the field errors of the checks shared with the forms. */
const FIELD_PROBLEMS: Record<string, string> = {
  errorTitleRequired: 'is missing',
  errorCompanyRequired: 'is missing',
  errorUrlInvalid: 'is not a web address',
  errorVerdictRequired: 'is not a known verdict',
  errorDateInvalid: 'is not a date',
  errorTimeInvalid: 'is not a time (HH:MM) nor empty',
  errorFollowUpRequired: 'is not a date',
  errorFollowUpBeforeInterview: 'is before the interview',
  errorFeedbackRequired: 'is not a date',
  errorFeedbackBeforeInterview: 'is before the interview',
  errorFollowUpBeforeCall: 'is not after the call',
  errorContactNameRequired: 'is missing',
  errorPhoneInvalid: 'is not a phone number',
  errorEmailInvalid: 'is not an e-mail address',
  errorLinkInvalid: 'is not a web address',
};
const failField = (e: FieldError): never => fail(e.field, FIELD_PROBLEMS[e.message] ?? 'is not valid');

/** An application record; `isJobKey` knows the sites' keys (extract/job-key.ts). */
export function checkApplicationRecord(x: unknown, isJobKey: JobKeyCheck): RecordCheck<Application> {
  return attempt(() => {
    const o = obj(x, 'the record');
    const jobKey = str(o, 'jobKey', LIMITS.url);
    if (!isJobKey(jobKey)) fail('jobKey', 'is not a job key');
    const keys = list(o, 'keys', 50, (k, f) =>
      typeof k === 'string' && k.length <= LIMITS.url && isJobKey(k) ? k : fail(f, 'is not a job key'),
    );
    if (!keys.includes(jobKey)) fail('keys', 'does not include jobKey');
    if (new Set(keys).size !== keys.length) fail('keys', 'has the same key twice');
    const urls = list(o, 'urls', 20, (u, f) => (typeof u === 'string' && u.length <= LIMITS.url ? u : fail(f, 'is not text')));
    const raw = obj(o.posting, 'posting');
    for (const k of ['title', 'company', 'location', 'url'] as const) str(raw, k, LIMITS[k], `posting.${k}`);
    const posting = checkPosting(raw);
    if (!posting.ok) failField(posting.errors[0]!);
    const nextDueAt = o.nextDueAt === null ? null : at(o, 'nextDueAt');
    const revision = o.revision;
    if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) fail('revision', 'is not a whole number');
    const app: Application = {
      id: id(o, 'id'),
      jobKey,
      keys,
      matchKey: normalizeForMatch(posting.ok ? posting.value.company : '', posting.ok ? posting.value.title : ''),
      urls,
      posting: posting.ok ? posting.value : fail('posting', 'is not valid'),
      status: pick(o, 'status', STATUSES),
      lastVerdict: o.lastVerdict === null ? null : pick(o, 'lastVerdict', VERDICTS),
      nextDueAt,
      createdAt: at(o, 'createdAt'),
      updatedAt: at(o, 'updatedAt'),
      revision: revision as number,
    };
    if (o.probablyClosed !== undefined) app.probablyClosed = bool(o, 'probablyClosed');
    if (o.nextInterview === null) app.nextInterview = null;
    else if (o.nextInterview !== undefined) {
      const n = obj(o.nextInterview, 'nextInterview');
      app.nextInterview = {
        on: dateOrEmpty(n, 'on', 'nextInterview.on'),
        time: timeOrEmpty(n, 'time', 'nextInterview.time'),
        channel: n.channel === null ? null : pick(n, 'channel', CHANNELS, 'nextInterview.channel'),
        withWhom: str(n, 'withWhom', LIMITS.shortText, 'nextInterview.withWhom'),
        role: str(n, 'role', LIMITS.shortText, 'nextInterview.role'),
        stage: n.stage === null ? null : pick(n, 'stage', STAGES, 'nextInterview.stage'),
      };
    }
    if (o.contacts !== undefined) app.contacts = list(o, 'contacts', LIMITS.contacts, contactRecord);
    return app;
  });
}

/** A contact of an application record: its id, and every field as the contact form checks it. */
function contactRecord(x: unknown, field: string): Contact {
  const o = obj(x, field);
  for (const [k, max] of [
    ['name', LIMITS.name],
    ['role', LIMITS.name],
    ['phone', LIMITS.phone],
    ['email', LIMITS.email],
    ['link', LIMITS.url],
    ['note', LIMITS.shortText],
  ] as const)
    str(o, k, max, `${field}.${k}`);
  const c = checkContact(o, `${field}.`);
  if (!c.ok) return failField(c.errors[0]!);
  const contactId = str(o, 'id', 100, `${field}.id`);
  return contactId.trim() ? { ...c.value, id: contactId } : fail(`${field}.id`, 'is empty');
}

export function checkInterviewRecord(x: unknown): RecordCheck<Interview> {
  return attempt(() => {
    const o = obj(x, 'the record');
    const head = { id: id(o, 'id'), applicationId: id(o, 'applicationId'), createdAt: at(o, 'createdAt') };
    // Types first, so that checkDebrief's defaults (null for not said, empty texts) never hide a wrong value.
    at(o, 'interviewAt');
    // Null only after a rejection (checkDebrief says so); absent feedbackAt: a file from before it existed.
    if (o.followUpAt !== null) at(o, 'followUpAt');
    if (o.answerBy !== null) at(o, 'answerBy');
    if (o.feedbackAt !== undefined && o.feedbackAt !== null) at(o, 'feedbackAt');
    if (o.stage !== null) pick(o, 'stage', STAGES);
    pick(o, 'verdict', VERDICTS);
    if (o.feeling !== null) pick(o, 'feeling', FEELINGS);
    for (const k of ['interviewerName', 'interviewerRole']) str(o, k, LIMITS.name);
    for (const k of ['weakPoint', 'weakPointAnswer', 'rejectionReason', 'recoveryContacts', 'recoveryTopics']) str(o, k, LIMITS.shortText);
    str(o, 'notes', LIMITS.longText);
    const synthesis = obj(o.synthesis, 'synthesis');
    for (const k of ['enoughInformation', 'strengthsPutForward', 'nextStepPlanned', 'askedImpression'])
      bool(synthesis, k, `synthesis.${k}`);
    const closing = obj(o.closing, 'closing');
    for (const k of ['thanked', 'handshakeEyeContact', 'smiled']) bool(closing, k, `closing.${k}`);
    list(o, 'nextSteps', LIMITS.nextSteps, (s, f) => {
      const step = obj(s, f);
      str(step, 'withWhom', LIMITS.shortText, `${f}.withWhom`);
      return dateOrEmpty(step, 'when', `${f}.when`);
    });
    const debrief = checkDebrief(o);
    if (!debrief.ok) return failField(debrief.errors[0]!);
    return { ...debrief.value, ...head };
  });
}

export function checkReminderRecord(x: unknown): RecordCheck<Reminder> {
  return attempt(() => {
    const o = obj(x, 'the record');
    const r: Reminder = {
      id: id(o, 'id'),
      applicationId: id(o, 'applicationId'),
      // Empty for a reminder set by a follow-up outcome on an application without any interview.
      interviewId: str(o, 'interviewId', 100),
      kind: pick(o, 'kind', REMINDER_KINDS),
      dueAt: at(o, 'dueAt'),
    };
    if (o.pendingDueAt !== undefined) {
      if (o.pendingDueAt !== r.dueAt) fail('pendingDueAt', 'differs from dueAt');
      if (o.doneAt !== undefined || o.closedBy !== undefined) fail('pendingDueAt', 'is set on a closed reminder');
      r.pendingDueAt = r.dueAt;
    } else {
      r.doneAt = at(o, 'doneAt');
      r.closedBy = pick(o, 'closedBy', ['done', 'superseded'] as const);
    }
    if (o.notifiedAt !== undefined) r.notifiedAt = at(o, 'notifiedAt');
    return r;
  });
}

export function checkEventRecord(x: unknown): RecordCheck<TimelineEvent> {
  return attempt(() => {
    const o = obj(x, 'the record');
    const e: TimelineEvent = {
      id: id(o, 'id'),
      applicationId: id(o, 'applicationId'),
      at: at(o, 'at'),
      type: pick(o, 'type', TIMELINE_EVENT_TYPES),
      createdAt: at(o, 'createdAt'),
    };
    if (e.type === 'outcome') {
      const outcome = checkOutcome(obj(o.outcome, 'outcome'), 'outcome.');
      if (!outcome.ok) return failField(outcome.errors[0]!);
      e.outcome = outcome.value;
    } else if (o.outcome !== undefined) fail('outcome', `is set on a "${e.type}" entry`);
    return e;
  });
}

export function checkSettingsRecord(x: unknown): RecordCheck<Settings> {
  return attempt(() => {
    const o = obj(x, 'settings');
    const s = checkSettings(o);
    return s.ok ? s.value : fail(s.errors[0]!.field, 'is missing or out of range');
  });
}

function list<T>(o: Record<string, unknown>, key: string, max: number, item: (x: unknown, field: string) => T): T[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(key, 'is not a list');
  if ((v as unknown[]).length > max) fail(key, `has more than ${max} entries`);
  return (v as unknown[]).map((x, i) => item(x, `${key}[${i}]`));
}
