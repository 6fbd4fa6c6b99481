import {
  checkApplicationRecord,
  checkEventRecord,
  checkInterviewRecord,
  checkReminderRecord,
  checkSettingsRecord,
  type RecordCheck,
} from './records';
import type { JobKeyCheck } from './job-key';
import { contactsOfInterviews } from './debrief-contacts';
import {
  type Application,
  DEFAULT_SETTINGS,
  EMPTY_PROFILE,
  LIMITS,
  type FullApplication,
  type Interview,
  type Reminder,
  type Settings,
  type TimelineEvent,
} from './types';
import { UNKNOWN_PLAN_PARTS } from './planned-interview';
import { isRecord } from './validate';

export { toCsv, CSV_COLUMNS, type CsvRow } from './csv';

/**
 * The JSON export (documented in README, "Export format") and its validation. A file is checked
 * whole before anything is written: one bad record rejects the import, with a message naming it.
 */
export const EXPORT_FORMAT = 'relance-export';

/**
 * One step per change of a stored shape: UPGRADES[v - 1] turns a file of version v into one of
 * version v + 1, so a file of any earlier version is read as the current one before its records are
 * checked. The version is the length of the list plus one, so the two cannot drift apart. Append a
 * step (and a file of the version it leaves, test/fixtures/export/) with each change; never edit a
 * step that has shipped.
 */
const UPGRADES: readonly ((file: Record<string, unknown>) => Record<string, unknown>)[] = [
  // 1 → 2: an interview's stage and feeling, and a planned interview's stage, may be null (not
  // said); an interview may have no follow-up date (a rejection) and a feedback date (none before);
  // settings gain the number of retries after a call with no answer, at its default.
  (file) => ({
    ...file,
    settings: isRecord(file.settings) ? { maxNoAnswerRetries: DEFAULT_SETTINGS.maxNoAnswerRetries, ...file.settings } : file.settings,
    interviews: Array.isArray(file.interviews)
      ? file.interviews.map((i: unknown) => (isRecord(i) ? { feedbackAt: null, ...i } : i))
      : file.interviews,
  }),
  // 2 → 3: a planned interview gains its start time, channel and the interviewer's role, not known
  // for the ones planned before; settings gain the interview reminders' minutes, at their defaults.
  (file) => ({
    ...file,
    settings: isRecord(file.settings)
      ? {
          interviewSoonMinutes: DEFAULT_SETTINGS.interviewSoonMinutes,
          interviewLengthMinutes: DEFAULT_SETTINGS.interviewLengthMinutes,
          ...file.settings,
        }
      : file.settings,
    applications: Array.isArray(file.applications)
      ? file.applications.map((a: unknown) =>
          isRecord(a) && isRecord(a.nextInterview) ? { ...a, nextInterview: { ...UNKNOWN_PLAN_PARTS, ...a.nextInterview } } : a,
        )
      : file.applications,
  }),
  // 3 → 4: applications gain their contacts, the interviewers and recovery contacts of their debriefs
  // (as the database's v8 does); settings gain the thank-you reminder (on), and the user's profile,
  // empty and not asked for yet.
  (file) => {
    const interviews = Array.isArray(file.interviews) ? file.interviews.filter(isRecord).map(peopleFields) : [];
    return {
      ...file,
      settings: isRecord(file.settings)
        ? {
            thankYouReminder: DEFAULT_SETTINGS.thankYouReminder,
            profile: EMPTY_PROFILE,
            profileAsked: DEFAULT_SETTINGS.profileAsked,
            ...file.settings,
          }
        : file.settings,
      applications: Array.isArray(file.applications)
        ? file.applications.map((a: unknown) =>
            isRecord(a) && a.contacts === undefined
              ? { ...a, contacts: contactsOfInterviews(interviews.filter((i) => i.applicationId === a.id)) }
              : a,
          )
        : file.applications,
    };
  },
  // 4 → 5: an interview gains the user's own answer to the weak point, and a follow-up outcome "next
  // interview" its start time and channel; files from before say none of them.
  (file) => ({
    ...file,
    interviews: Array.isArray(file.interviews)
      ? file.interviews.map((i: unknown) => (isRecord(i) ? { weakPointAnswer: '', ...i } : i))
      : file.interviews,
    events: Array.isArray(file.events)
      ? file.events.map((e: unknown) =>
          isRecord(e) && isRecord(e.outcome) && isRecord(e.outcome.nextInterview)
            ? { ...e, outcome: { ...e.outcome, nextInterview: { time: '', channel: null, ...e.outcome.nextInterview } } }
            : e,
        )
      : file.events,
  }),
];

/** What an interview of a file says about people, before its record is checked: wrong types read as nothing. */
function peopleFields(i: Record<string, unknown>) {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    // Contact ids are the interview's plus a suffix: kept within the 100 characters of an id.
    id: s(i.id).slice(0, 80),
    applicationId: i.applicationId,
    interviewAt: typeof i.interviewAt === 'number' ? i.interviewAt : 0,
    interviewerName: s(i.interviewerName).slice(0, LIMITS.name),
    interviewerRole: s(i.interviewerRole).slice(0, LIMITS.name),
    feeling: i.feeling === 'badly' ? ('badly' as const) : null,
    recoveryContacts: s(i.recoveryContacts),
  };
}
export const EXPORT_VERSION = UPGRADES.length + 1;
/** Larger files are refused before parsing: 20 MB holds tens of thousands of debriefs. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The format nests 4 levels deep; anything far deeper is not ours (and could exhaust a parser's stack). */
const MAX_DEPTH = 16;
/** Keys that could pollute prototypes if some code ever copied them onto an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** Always EXPORT_VERSION once validated: earlier versions are upgraded. */
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  settings: Settings;
  applications: Application[];
  interviews: Interview[];
  reminders: Reminder[];
  events: TimelineEvent[];
}

/** Why a file is refused: an i18n key for the kind of problem, and one line of detail naming the record. */
interface ImportProblem {
  key:
    | 'errorImportTooLarge'
    | 'errorImportNotJson'
    | 'errorImportUnsafe'
    | 'errorImportNotExport'
    | 'errorImportNewerVersion'
    | 'errorImportRecord';
  detail: string;
}

export type ExportCheck = { ok: true; value: ExportFile } | { ok: false; problem: ImportProblem };

const MB = 1024 * 1024;

/**
 * Validates an export file completely: size, JSON, safety, format and version, every record, references.
 * `isJobKey` knows the sites' keys (extract/job-key.ts).
 */
export function validateExport(json: string, isJobKey: JobKeyCheck): ExportCheck {
  const refuse = (key: ImportProblem['key'], detail: string): ExportCheck => ({ ok: false, problem: { key, detail } });
  // UTF-8 takes at least one byte per UTF-16 unit: a string longer than the limit is over it.
  const bytes = json.length > MAX_IMPORT_BYTES ? json.length : utf8Bytes(json);
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse('errorImportTooLarge', `The file is ${(bytes / MB).toFixed(1)} MB or more; the limit is ${MAX_IMPORT_BYTES / MB} MB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return refuse('errorImportNotJson', `The file is not valid JSON, or it was cut short (${(e as Error).message}).`);
  }
  const unsafe = unsafePath(data);
  if (unsafe) return refuse('errorImportUnsafe', unsafe);
  if (!isRecord(data) || data.format !== EXPORT_FORMAT)
    return refuse('errorImportNotExport', 'The file is not a Relance export (its "format" is not "relance-export").');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('errorImportNotExport', 'The file has no valid format "version".');
  }
  if (version > EXPORT_VERSION) {
    return refuse(
      'errorImportNewerVersion',
      `The file was made by a newer Relance (format version ${version}; this one reads version ${EXPORT_VERSION}). Update Relance, then import it again.`,
    );
  }
  let doc: Record<string, unknown> = data;
  for (let v = version; v < EXPORT_VERSION; v++) doc = UPGRADES[v - 1]!(doc);
  if (typeof doc.exportedAt !== 'string' || Number.isNaN(Date.parse(doc.exportedAt)))
    return refuse('errorImportRecord', 'exportedAt is not a date');
  const settings = checkSettingsRecord(doc.settings);
  if (!settings.ok) return refuse('errorImportRecord', `settings: ${settings.problem}`);
  for (const store of ['applications', 'interviews', 'reminders', 'events'] as const) {
    if (!Array.isArray(doc[store])) return refuse('errorImportRecord', `${store} is not a list`);
  }
  const raw = doc as Record<'applications' | 'interviews' | 'reminders' | 'events', unknown[]>;
  const label = labeller(raw.applications);
  const rows = {
    applications: checkAll(
      raw.applications,
      'applications',
      (x) => checkApplicationRecord(x, isJobKey),
      (i) => label.app(i),
    ),
    interviews: checkAll(raw.interviews, 'interviews', checkInterviewRecord, (i, x) => label.row('interviews', i, x)),
    reminders: checkAll(raw.reminders, 'reminders', checkReminderRecord, (i, x) => label.row('reminders', i, x)),
    events: checkAll(raw.events, 'events', checkEventRecord, (i, x) => label.row('events', i, x)),
  };
  for (const r of Object.values(rows)) if (!r.ok) return refuse('errorImportRecord', r.problem);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: doc.exportedAt,
    settings: settings.value,
    applications: value(rows.applications),
    interviews: value(rows.interviews),
    reminders: value(rows.reminders),
    events: value(rows.events),
  };
  const integrity = checkIntegrity(file, (store, i) => (store === 'applications' ? label.app(i) : label.row(store, i, raw[store][i])));
  return integrity ? refuse('errorImportRecord', integrity) : { ok: true, value: file };
}

/**
 * Checks the rows an undo sends back, like the records of an import: each row's shape, and that
 * every row belongs to the one application.
 */
export function checkFullApplication(x: unknown, isJobKey: JobKeyCheck): RecordCheck<FullApplication> {
  if (!isRecord(x)) return { ok: false, problem: 'the snapshot is not an object' };
  const unsafe = unsafePath(x);
  if (unsafe) return { ok: false, problem: unsafe };
  const app = checkApplicationRecord(x.application, isJobKey);
  if (!app.ok) return { ok: false, problem: `application: ${app.problem}` };
  const lists = { interviews: x.interviews, reminders: x.reminders, events: x.events };
  for (const [k, v] of Object.entries(lists)) if (!Array.isArray(v)) return { ok: false, problem: `${k} is not a list` };
  const at = (store: string) => (i: number) => `${store}[${i}]`;
  const interviews = checkAll(x.interviews as unknown[], 'interviews', checkInterviewRecord, at('interviews'));
  const reminders = checkAll(x.reminders as unknown[], 'reminders', checkReminderRecord, at('reminders'));
  const events = checkAll(x.events as unknown[], 'events', checkEventRecord, at('events'));
  for (const r of [interviews, reminders, events]) if (!r.ok) return r;
  const set: FullApplication = {
    application: app.value,
    interviews: value(interviews),
    reminders: value(reminders),
    events: value(events),
  };
  const problem = checkIntegrity(
    { applications: [set.application], interviews: set.interviews, reminders: set.reminders, events: set.events },
    (store, i) => `${store === 'applications' ? 'application' : `${store}[${i}]`}`,
  );
  return problem ? { ok: false, problem } : { ok: true, value: set };
}

type Store = 'applications' | 'interviews' | 'reminders' | 'events';

/** Unique ids per store, unique job keys, and every row pointing to an application (and interview) of the set. */
function checkIntegrity(
  f: Pick<ExportFile, 'applications' | 'interviews' | 'reminders' | 'events'>,
  label: (store: Store, i: number) => string,
): string | null {
  for (const store of ['applications', 'interviews', 'reminders', 'events'] as const) {
    const seen = new Map<string, number>();
    for (const [i, row] of f[store].entries()) {
      const first = seen.get(row.id);
      if (first !== undefined) return `${label(store, i)}: id "${row.id}" is also the id of ${store}[${first}]`;
      seen.set(row.id, i);
    }
  }
  const keyOwner = new Map<string, number>();
  for (const [i, a] of f.applications.entries()) {
    for (const k of a.keys) {
      const first = keyOwner.get(k);
      if (first !== undefined) return `${label('applications', i)}: job key "${k}" is also a key of applications[${first}]`;
      keyOwner.set(k, i);
    }
  }
  const apps = new Set(f.applications.map((a) => a.id));
  const interviewApp = new Map(f.interviews.map((iv) => [iv.id, iv.applicationId]));
  for (const store of ['interviews', 'reminders', 'events'] as const) {
    for (const [i, row] of f[store].entries()) {
      if (!apps.has(row.applicationId)) return `${label(store, i)}: applicationId "${row.applicationId}" is not an application of the file`;
    }
  }
  for (const [i, r] of f.reminders.entries()) {
    if (r.interviewId !== '' && interviewApp.get(r.interviewId) !== r.applicationId) {
      return `${label('reminders', i)}: interviewId "${r.interviewId}" is not an interview of its application`;
    }
  }
  return null;
}

function checkAll<T>(
  rows: unknown[],
  store: string,
  check: (x: unknown) => RecordCheck<T>,
  label: (i: number, x: unknown) => string,
): RecordCheck<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = check(rows[i]);
    if (!r.ok) return { ok: false, problem: `${label(i, rows[i]) || `${store}[${i}]`}: ${r.problem}` };
    out.push(r.value);
  }
  return { ok: true, value: out };
}

const value = <T>(r: RecordCheck<T[]>): T[] => (r.ok ? r.value : []);

/** "applications[12] (Acme — Frontend developer)": the index, and the posting when it is readable. */
function labeller(apps: unknown[]) {
  const names = new Map<string, string>();
  const nameOf = (x: unknown): string => {
    const p = isRecord(x) && isRecord(x.posting) ? x.posting : null;
    const part = (v: unknown) => (typeof v === 'string' ? v.slice(0, 60) : '?');
    return p ? `${part(p.company)} — ${part(p.title)}` : '';
  };
  for (const a of apps) if (isRecord(a) && typeof a.id === 'string') names.set(a.id, nameOf(a));
  return {
    app: (i: number) => {
      const name = nameOf(apps[i]);
      return name ? `applications[${i}] (${name})` : `applications[${i}]`;
    },
    row: (store: string, i: number, x: unknown) => {
      const name = isRecord(x) && typeof x.applicationId === 'string' ? names.get(x.applicationId) : undefined;
      return name ? `${store}[${i}] (${name})` : `${store}[${i}]`;
    },
  };
}

/** The path of the first forbidden key or too deep a nesting, else null. Iterative: no recursion to overflow. */
function unsafePath(root: unknown): string | null {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '', depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return `The file nests deeper than ${MAX_DEPTH} levels at ${path || 'the top'}.`;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push({ v: x, path: `${path}[${i}]`, depth: depth + 1 });
      });
      continue;
    }
    for (const key of Object.keys(v)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return `The file contains the key "${key}" (at ${at}), which Relance never writes.`;
      stack.push({ v: (v as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
