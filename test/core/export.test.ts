import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFullApplication, EXPORT_VERSION, MAX_IMPORT_BYTES, validateExport, type ExportFile } from '../../src/core/export';
import { makeExport } from '../export-builders';
import { isJobKey } from '../../src/extract/job-key';
import { contactsOfInterviews } from '../../src/core/debrief-contacts';
import type { Interview } from '../../src/core/types';

const json = (f: unknown) => JSON.stringify(f);
/** The file with one record changed by `edit` (a deep copy). */
function withEdit(edit: (f: Record<string, any>) => void, n = 3): string {
  const f = JSON.parse(json(makeExport(n)));
  edit(f);
  return json(f);
}
function refused(text: string) {
  const r = validateExport(text, isJobKey);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problem;
}

describe('validateExport accepts', () => {
  it('a valid export, unchanged', () => {
    const file = makeExport(5);
    const r = validateExport(json(file), isJobKey);
    expect(r).toEqual({ ok: true, value: file });
  });

  it('an empty export', () => {
    const r = validateExport(json(makeExport(0)), isJobKey);
    expect(r.ok).toBe(true);
  });

  it('text with accents, quotes and newlines, pretty-printed', () => {
    const file = makeExport(2);
    expect(validateExport(JSON.stringify(file, null, 2), isJobKey)).toEqual({ ok: true, value: file });
  });

  it('an interview whose stage and feeling were not said, and a planned interview of no known stage', () => {
    const file = makeExport(2);
    file.interviews[0] = { ...file.interviews[0]!, stage: null, feeling: null };
    file.applications[1]!.nextInterview = { on: '2026-04-20', withWhom: 'CTO', stage: null, time: '', channel: null, role: '' };
    expect(validateExport(json(file), isJobKey)).toEqual({ ok: true, value: file });
  });
});

/** An application of a file before version 3, as version 3 reads it: its planned interview says no time, channel nor role. */
const plannedBefore3 = (a: { nextInterview?: object | null }) =>
  a.nextInterview ? { ...a, nextInterview: { time: '', channel: null, role: '', ...a.nextInterview } } : a;

/** An interview of a file before version 5, as version 5 reads it: no answer to its weak point written. */
const interviewBefore5 = (i: object) => ({ weakPointAnswer: '', ...i });
/** A timeline entry of a file before version 5, as version 5 reads it: a next interview of no start time nor channel. */
const eventBefore5 = (e: { outcome?: { nextInterview?: object } }) =>
  e.outcome?.nextInterview
    ? { ...e, outcome: { ...e.outcome, nextInterview: { time: '', channel: null, ...e.outcome.nextInterview } } }
    : e;

/** Settings of a file before version 4, as version 4 reads them. */
const SETTINGS_SINCE_4 = { thankYouReminder: true, profile: { name: '', phone: '', email: '' }, profileAsked: false };
/** An application of a file before version 4, as version 4 reads it: the people of its debriefs as contacts. */
const contactsBefore4 =
  (interviews: Interview[]) =>
  <A extends { id: string }>(a: A) => ({ ...a, contacts: contactsOfInterviews(interviews.filter((i) => i.applicationId === a.id)) });

describe('files of every earlier format version', () => {
  /** A file exported by each version, kept as it was written: test/fixtures/export/relance-export-v<N>.json. */
  const fixture = (v: number) => readFileSync(join(import.meta.dirname, `../fixtures/export/relance-export-v${v}.json`), 'utf8');

  it("the format is at version 5: an interview has the user's answer to the weak point, a next interview its time and channel", () => {
    expect(EXPORT_VERSION).toBe(5);
  });

  it.each(Array.from({ length: EXPORT_VERSION - 1 }, (_, i) => i + 1))(
    'version %i is read as the current version, every record kept',
    (v) => {
      const text = fixture(v);
      const raw = JSON.parse(text);
      expect(raw.version).toBe(v);
      const r = validateExport(text, isJobKey);
      if (!r.ok) throw new Error(r.problem.detail);
      expect(r.value.version).toBe(EXPORT_VERSION);
      for (const store of ['applications', 'interviews', 'reminders', 'events'] as const) {
        expect(r.value[store]).toHaveLength(raw[store].length);
        expect(r.value[store].length).toBeGreaterThan(0);
      }
      // Every setting the file had is kept; later ones take their defaults.
      expect(r.value.settings).toMatchObject(raw.settings);
    },
  );

  it('version 1: the stages and feelings it stored stay as they were; no feedback date, the default retries', () => {
    const raw = JSON.parse(fixture(1));
    const r = validateExport(fixture(1), isJobKey);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(r.value.interviews).toEqual(raw.interviews.map((i: object) => interviewBefore5({ ...i, feedbackAt: null })));
    expect(r.value.events).toEqual(raw.events.map(eventBefore5));
    expect(r.value.settings).toEqual({
      ...raw.settings,
      maxNoAnswerRetries: 2,
      interviewSoonMinutes: 15,
      interviewLengthMinutes: 60,
      ...SETTINGS_SINCE_4,
    });
    expect(r.value.applications).toEqual(raw.applications.map(plannedBefore3).map(contactsBefore4(raw.interviews)));
  });

  it('version 2: a planned interview has no time, channel nor role, the interview reminders their default minutes; the rest as it was', () => {
    const raw = JSON.parse(fixture(2));
    const r = validateExport(fixture(2), isJobKey);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(raw.applications.filter((a: { nextInterview?: object }) => a.nextInterview)).toHaveLength(2);
    expect(r.value.applications).toEqual(raw.applications.map(plannedBefore3).map(contactsBefore4(raw.interviews)));
    expect(r.value.interviews).toEqual(raw.interviews.map(interviewBefore5));
    expect(r.value.reminders).toEqual(raw.reminders);
    expect(r.value.events).toEqual(raw.events.map(eventBefore5));
    expect(r.value.settings).toEqual({ ...raw.settings, interviewSoonMinutes: 15, interviewLengthMinutes: 60, ...SETTINGS_SINCE_4 });
  });

  it('version 3: every interviewer and recovery contact becomes a contact of its application, once; the profile is empty, not asked', () => {
    const raw = JSON.parse(fixture(3));
    const r = validateExport(fixture(3), isJobKey);
    if (!r.ok) throw new Error(r.problem.detail);
    expect(r.value.applications).toEqual(raw.applications.map(contactsBefore4(raw.interviews)));
    const names = (id: string) => r.value.applications.find((a) => a.id === id)!.contacts!.map((c) => [c.name, c.role]);
    // Two debriefs with Claire Martin, one of them gone badly with two recovery contacts.
    expect(names(raw.interviews[1].applicationId)).toEqual([
      ['Claire Martin', raw.interviews[1].interviewerRole],
      ['Paul Lenoir', 'CTO'],
      ['Léa Roux', ''],
    ]);
    expect(r.value.interviews).toEqual(raw.interviews.map(interviewBefore5));
    expect(r.value.events).toEqual(raw.events.map(eventBefore5));
    expect(r.value.settings).toEqual({ ...raw.settings, ...SETTINGS_SINCE_4 });
  });

  it('version 4: no answer to a weak point, no start time nor channel for a next interview of a call; the rest as it was', () => {
    const raw = JSON.parse(fixture(4));
    const r = validateExport(fixture(4), isJobKey);
    if (!r.ok) throw new Error(r.problem.detail);
    // Its undecided debriefs name weak points, and its calls announced next interviews: what the upgrade fills in.
    expect(raw.interviews.filter((i: { weakPoint: string }) => i.weakPoint)).not.toHaveLength(0);
    expect(raw.events.filter((e: { outcome?: { nextInterview?: object } }) => e.outcome?.nextInterview)).toHaveLength(3);
    expect(r.value.interviews).toEqual(raw.interviews.map(interviewBefore5));
    expect(r.value.interviews.every((i) => i.weakPointAnswer === '')).toBe(true);
    expect(r.value.events).toEqual(raw.events.map(eventBefore5));
    expect(r.value.applications).toEqual(raw.applications);
    expect(r.value.reminders).toEqual(raw.reminders);
    expect(r.value.settings).toEqual(raw.settings);
  });

  it("version 5: the answer to a weak point, and a next interview's start time and channel, are read as they are", () => {
    const file = makeExport(2);
    file.interviews[0] = { ...file.interviews[0]!, weakPointAnswer: 'I run a “k3s” cluster at home, since March.' };
    file.events[1] = {
      ...file.events[1]!,
      outcome: {
        kind: 'answer',
        at: file.events[1]!.at,
        note: '',
        result: 'next-interview',
        nextInterview: { withWhom: 'Léa Roux, CTO', on: '2026-04-20', time: '14:30', channel: 'video', stage: 'final' },
      },
    };
    expect(validateExport(json(file), isJobKey)).toEqual({ ok: true, value: file });
  });

  it('version 4: contacts with phone, e-mail and link, and the profile, are read as they are; a javascript: link is refused', () => {
    const file = makeExport(2);
    const contact = {
      id: 'c1',
      name: 'Anne Roy',
      role: 'HR',
      phone: '+33 6 12 34 56 78',
      email: 'anne@acme.test',
      link: 'https://www.linkedin.com/in/anne-roy',
      note: 'Prefers calls before 10',
    };
    file.applications[0]!.contacts = [contact];
    file.settings = {
      ...file.settings,
      profile: { name: 'Lou Martin', phone: '06 00 00 00 00', email: 'lou@example.test' },
      profileAsked: true,
    };
    expect(validateExport(json(file), isJobKey)).toEqual({ ok: true, value: file });
    file.applications[0]!.contacts = [{ ...contact, link: 'javascript:alert(1)' }];
    const bad = validateExport(json(file), isJobKey);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.detail).toMatch(/contacts\[0\]\.link is not a web address/);
  });

  it('version 3: a planned interview with its time, channel and role is read as is', () => {
    const file = makeExport(2);
    file.applications[0]!.nextInterview = {
      on: '2026-04-20',
      time: '14:30',
      channel: 'video',
      withWhom: 'Léa Roux',
      role: 'CTO',
      stage: 'final',
    };
    expect(validateExport(json(file), isJobKey)).toEqual({ ok: true, value: file });
  });
});

describe('validateExport refuses', () => {
  it('a file over 20 MB (a 50 MB string), before parsing it', () => {
    const big = `{"format":"relance-export","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const p = refused(big);
    expect(p.key).toBe('errorImportTooLarge');
    expect(p.detail).toMatch(/50\.0 MB.*limit is 20 MB/);
  });

  it('a file just over the limit in UTF-8 bytes, though under it in characters', () => {
    const chars = Math.floor(MAX_IMPORT_BYTES / 2) + 10; // "é" is 2 bytes in UTF-8
    expect(refused(`"${'é'.repeat(chars)}"`).key).toBe('errorImportTooLarge');
  });

  it.each([
    ['not JSON at all', 'hello'],
    ['an empty file', ''],
    ['a truncated file', json(makeExport(3)).slice(0, 500)],
    ['a file cut after its last brace', json(makeExport(3)).slice(0, -1)],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004'],
  ])('%s: not JSON', (_n, text) => {
    const p = refused(text);
    expect(p.key).toBe('errorImportNotJson');
    expect(p.detail).toMatch(/not valid JSON, or it was cut short/);
  });

  it.each([
    ['a JSON array', '[]'],
    ['null', 'null'],
    ['another format', json({ ...makeExport(1), format: 'other-app' })],
    ['no format', json({ ...makeExport(1), format: undefined })],
    ['no version', json({ ...makeExport(1), version: undefined })],
    ['version 0', json({ ...makeExport(1), version: 0 })],
    ['version as text', json({ ...makeExport(1), version: '1' })],
  ])('%s: not an export', (_n, text) => {
    expect(refused(text).key).toBe('errorImportNotExport');
  });

  it('a file from a newer version, with a message saying so', () => {
    const p = refused(json({ ...makeExport(1), version: EXPORT_VERSION + 1, somethingNew: [] }));
    expect(p.key).toBe('errorImportNewerVersion');
    expect(p.detail).toContain(`made by a newer Relance (format version ${EXPORT_VERSION + 1}; this one reads version ${EXPORT_VERSION})`);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__": {"polluted": true}, "format": "relance-export", "version": 1}'],
    ['__proto__ in a posting', withEdit((f) => (f.applications[1].posting = JSON.parse('{"__proto__": {"isAdmin": true}, "title": "t"}')))],
    ['constructor in a reminder', withEdit((f) => (f.reminders[0].constructor = { prototype: { polluted: 1 } }))],
    ['prototype in settings', withEdit((f) => (f.settings.prototype = {}))],
    ['constructor deep in a list', withEdit((f) => (f.interviews[2].nextSteps = [{ withWhom: 'x', when: '', constructor: 1 }]))],
  ])('prototype-pollution keys: %s', (_n, text) => {
    const p = refused(text);
    expect(p.key).toBe('errorImportUnsafe');
    expect(p.detail).toMatch(/contains the key "(__proto__|constructor|prototype)"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('deeply nested JSON, without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const p = refused(deep);
    expect(['errorImportUnsafe', 'errorImportNotJson']).toContain(p.key);
  });

  it.each<[string, (f: Record<string, any>) => void, string]>([
    [
      'a follow-up that is not a date',
      (f) => (f.interviews[1].followUpAt = 'next week'),
      'interviews[1] (Company 1 — Frontend developer): followUpAt is not a date',
    ],
    [
      'a date far outside the range',
      (f) => (f.reminders[2].dueAt = 1e15),
      'reminders[2] (Company 1 — Frontend developer): dueAt is not a date',
    ],
    [
      'an application without its title',
      (f) => delete f.applications[2].posting.title,
      'applications[2] (Company 2 — ?): posting.title is not text',
    ],
    [
      'an empty company',
      (f) => (f.applications[0].posting.company = ''),
      'applications[0] ( — Développeur « full-stack », Lyon): posting.company is missing',
    ],
    [
      'a javascript: URL',
      (f) => (f.applications[1].posting.url = 'javascript:alert(1)'),
      'applications[1] (Company 1 — Frontend developer): posting.url is not a web address',
    ],
    [
      'an unknown status',
      (f) => (f.applications[1].status = 'ghosted'),
      'applications[1] (Company 1 — Frontend developer): status is not one of in-process, waiting, offer, closed',
    ],
    [
      'a stage of the wrong type',
      (f) => (f.interviews[0].stage = 3),
      'interviews[0] (Company 0 — Développeur « full-stack », Lyon): stage is not one of',
    ],
    [
      'an interview without its stage',
      (f) => delete f.interviews[1].stage,
      'interviews[1] (Company 1 — Frontend developer): stage is not one of',
    ],
    [
      'an unknown feeling',
      (f) => (f.interviews[1].feeling = 'great'),
      'interviews[1] (Company 1 — Frontend developer): feeling is not one of',
    ],
    ['an empty feeling', (f) => (f.interviews[1].feeling = ''), 'feeling is not one of'],
    [
      'a planned interview of an unknown stage',
      (f) => (f.applications[1].nextInterview = { on: '', time: '', channel: null, withWhom: 'x', role: '', stage: 'ceo' }),
      'applications[1] (Company 1 — Frontend developer): nextInterview.stage is not one of',
    ],
    [
      'a planned interview at a time that is not one',
      (f) => (f.applications[1].nextInterview = { on: '2026-04-20', time: '25:00', channel: null, withWhom: 'x', role: '', stage: null }),
      'nextInterview.time is not a time (HH:MM) nor empty',
    ],
    [
      'a planned interview by carrier pigeon',
      (f) => (f.applications[1].nextInterview = { on: '2026-04-20', time: '', channel: 'pigeon', withWhom: 'x', role: '', stage: null }),
      'nextInterview.channel is not one of on-site, video, phone',
    ],
    [
      'a planned interview with no role field',
      (f) => (f.applications[1].nextInterview = { on: '2026-04-20', time: '', channel: null, withWhom: 'x', stage: null }),
      'nextInterview.role is not text',
    ],
    [
      'a checklist item as text',
      (f) => (f.interviews[0].synthesis.askedImpression = 'yes'),
      'synthesis.askedImpression is not true or false',
    ],
    ['a title over its cap', (f) => (f.applications[1].posting.title = 'x'.repeat(301)), 'posting.title is longer than 300 characters'],
    ['a revision of -1', (f) => (f.applications[1].revision = -1), 'revision is not a whole number'],
    [
      'a pending reminder whose pendingDueAt differs',
      (f) => (f.reminders[0].pendingDueAt = 1),
      'reminders[0] (Company 0 — Développeur « full-stack », Lyon): pendingDueAt differs from dueAt',
    ],
    [
      'a closed reminder without a reason',
      (f) => delete f.reminders[1].closedBy,
      'reminders[1] (Company 0 — Développeur « full-stack », Lyon): closedBy is not one of done, superseded',
    ],
    [
      'an event outcome of an unknown kind',
      (f) => (f.events[2].outcome.kind = 'maybe'),
      'events[2] (Company 2 — Développeur « full-stack », Lyon): outcome.kind is not valid',
    ],
    [
      'a next follow-up before the call',
      (f) => (f.events[0].outcome.nextFollowUpAt = f.events[0].at - 1),
      'outcome.nextFollowUpAt is not after the call',
    ],
    [
      'an invalid job key',
      (f) => (f.applications[1].jobKey = f.applications[1].keys[0] = 'not a key'),
      'applications[1] (Company 1 — Frontend developer): jobKey is not a job key',
    ],
    ['a record that is not an object', (f) => (f.interviews[1] = 'oops'), 'interviews[1]: the record is not an object'],
    ['a store that is not a list', (f) => (f.events = {}), 'events is not a list'],
    ['settings out of range', (f) => (f.settings.reminderMinutes = 5000), 'settings: reminderMinutes is missing or out of range'],
    ['no exportedAt', (f) => delete f.exportedAt, 'exportedAt is not a date'],
    // Integrity across records.
    [
      'two applications with one id',
      (f) => (f.applications[2].id = f.applications[0].id),
      'applications[2] (Company 2 — Développeur « full-stack », Lyon): id "x-app-0" is also the id of applications[0]',
    ],
    [
      'two applications with one job key',
      (f) => f.applications[2].keys.push(f.applications[1].jobKey),
      'applications[2] (Company 2 — Développeur « full-stack », Lyon): job key "https://jobs.x.test/1" is also a key of applications[1]',
    ],
    [
      'a reminder id used twice',
      (f) => (f.reminders[3].id = f.reminders[0].id),
      'reminders[3] (Company 1 — Frontend developer): id "x-app-0-rem-f" is also the id of reminders[0]',
    ],
    [
      'an interview of an application not in the file',
      (f) => (f.interviews[1].applicationId = 'ghost'),
      'interviews[1]: applicationId "ghost" is not an application of the file',
    ],
    [
      'an event of an application not in the file',
      (f) => (f.events[0].applicationId = 'ghost'),
      'events[0]: applicationId "ghost" is not an application of the file',
    ],
    [
      'a reminder of an interview of another application',
      (f) => (f.reminders[0].interviewId = 'x-app-1-int'),
      'reminders[0] (Company 0 — Développeur « full-stack », Lyon): interviewId "x-app-1-int" is not an interview of its application',
    ],
  ])('%s, naming the record', (_n, edit, message) => {
    const p = refused(withEdit(edit));
    expect(p.key).toBe('errorImportRecord');
    expect(p.detail).toContain(message);
  });

  it('one bad record among 1,000, naming it', () => {
    const p = refused(withEdit((f) => (f.interviews[637].followUpAt = null), 1000));
    expect(p).toEqual({ key: 'errorImportRecord', detail: 'interviews[637] (Company 637 — Frontend developer): followUpAt is not a date' });
  });
});

describe('checkFullApplication (undo of a delete)', () => {
  const set = () => {
    const f = makeExport(1);
    return { application: f.applications[0]!, interviews: f.interviews, reminders: f.reminders, events: f.events };
  };

  it('accepts what delete returned', () => {
    expect(checkFullApplication(set(), isJobKey)).toEqual({ ok: true, value: set() });
  });

  it.each<[string, (s: Record<string, any>) => void, string]>([
    [
      'a row of another application',
      (s) => (s.events[0].applicationId = 'other'),
      'events[0]: applicationId "other" is not an application of the file',
    ],
    ['a bad application', (s) => (s.application.status = 'gone'), 'application: status is not one of'],
    ['no list of reminders', (s) => delete s.reminders, 'reminders is not a list'],
    ['a __proto__ key', (s) => (s.application.posting = JSON.parse('{"__proto__": {}}')), 'contains the key "__proto__"'],
  ])('refuses %s', (_n, edit, problem) => {
    const s = JSON.parse(JSON.stringify(set()));
    edit(s);
    const r = checkFullApplication(s, isJobKey);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });
});

describe('records are rebuilt from known fields only', () => {
  it('drops unknown keys of a valid record', () => {
    const f = makeExport(1) as ExportFile & Record<string, unknown>;
    const extra = JSON.parse(JSON.stringify(f));
    extra.applications[0].isAdmin = true;
    extra.interviews[0].script = '<img onerror=alert(1)>';
    const r = validateExport(JSON.stringify(extra), isJobKey);
    expect(r).toEqual({ ok: true, value: f });
  });
});
