/**
 * The benchmark's extension page (bench.html in the benchmark's copy of the build, never in a
 * release): generates realistic applications straight into the extension's IndexedDB through the
 * real schema (openRelanceDb runs the real migrations), and times the storage reads the extension
 * makes against raw calls doing the same read. Driven from bench/run.mjs through page.evaluate.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { defaultFollowUpAt, toDateInput } from '../src/core/dates';
import { contactsOfInterviews } from '../src/core/debrief-contacts';
import { normalizeForMatch, normalizedUrls } from '../src/core/job-key';
import { reminderTimes } from '../src/core/reminders';
import type { Application, DebriefInput, Interview, Reminder, Stage, Verdict } from '../src/core/types';
import { fieldsForVerdict, statusAfter } from '../src/core/verdict';
import { jobKeyFor } from '../src/extract/job-key';
import { dueItems, findByJobKey } from '../src/storage/reads';
import { openRelanceDb } from '../src/storage/schema';

const DAY = 864e5;

/** An application the measures need, in a known state. */
export interface FixedApp {
  url: string;
  title: string;
  company: string;
  /** Follow-up in this many days (negative: overdue, pending); `closed`: rejected; `interview`: convinced, next step dated. */
  state: { followUpInDays: number } | { closed: true } | { interviewInDays: number } | { answerDueToday: true };
  interviews?: number;
}

export interface GenerateSpec {
  /** Background applications, created over the last year. */
  count: number;
  fixed: FixedApp[];
  now: number;
  seed?: number;
  /** Interviews per background application (the dashboard's data set: 5); default 1 to 3. */
  interviewsEach?: number;
}

export interface GenerateReport {
  applications: number;
  interviews: number;
  reminders: number;
  pendingReminders: number;
  futureReminders: number;
  dueNow: number;
  ms: number;
}

// --- realistic content -------------------------------------------------------------------------

const COMPANIES = [
  'Doctolib',
  'Alan',
  'Qonto',
  'BlaBlaCar',
  'Back Market',
  'Contentsquare',
  'Datadog',
  'Mirakl',
  'Swile',
  'Pennylane',
  'Ledger',
  'Algolia',
  'Dataiku',
  'ManoMano',
  'Vinted',
  'Spendesk',
  'PayFit',
  'Lydia',
  'Malt',
  'Aircall',
  'Ornikar',
  'Sorare',
  'Ankorstore',
  'Shift Technology',
  'Criteo',
  'OVHcloud',
  'Deezer',
  'Ubisoft',
  'Capgemini',
  'Sopra Steria',
  'Thales',
  'Airbus',
  'Decathlon',
  'Leroy Merlin',
  'Michelin',
  'Orange',
  'SNCF Connect',
  "L'Oréal",
  'BNP Paribas',
  'Société Générale',
  'AXA',
  'Veepee',
  'Cdiscount',
  'Meero',
  'Younited',
  'Agicap',
  'Libeo',
  'Indy',
  'Welcome to the Jungle',
];
const SUFFIXES = ['', ' SAS', ' France', ' Group', ' Labs', ' Technologies'];
const ROLES = [
  'Frontend Engineer',
  'Backend Engineer',
  'Full Stack Developer',
  'Développeur Full Stack (H/F)',
  'Data Engineer',
  'Product Manager',
  'Product Designer',
  'DevOps Engineer',
  'Site Reliability Engineer',
  'Engineering Manager',
  'QA Engineer',
  'Mobile Developer (iOS)',
  'Android Developer',
  'Data Scientist',
  'Tech Lead',
  'Ingénieur logiciel',
  'Chef de projet digital',
  'Business Developer',
  'Customer Success Manager',
  'UX Researcher',
];
const SENIORITY = ['', 'Senior ', 'Junior ', 'Lead ', 'Staff ', 'Confirmé·e '];
const CITIES = ['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Toulouse', 'Marseille', 'Rennes', 'Remote', 'Montpellier'];
const FIRST = ['Claire', 'Thomas', 'Sophie', 'Nicolas', 'Camille', 'Julien', 'Léa', 'Antoine', 'Manon', 'Hugo', 'Sarah', 'Mehdi'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garcia', 'Nguyen'];
const INTERVIEWER_ROLES = ['Talent Acquisition', 'Engineering Manager', 'CTO', 'Head of Product', 'HR Business Partner', 'Team Lead'];
const WEAK_POINTS = [
  'Little experience with Kubernetes in production',
  'No management experience yet',
  'Wanted more depth on system design',
  'Salary expectations above the band',
  'English level for client calls',
];
const NOTES = [
  'Team of 8, two squads. Stack: TypeScript, React, Node, Postgres. On-call one week in six. Remote two days a week.',
  'They asked about a conflict with a colleague and how it was settled; good exchange on testing strategy.',
  'Second round would be a pair-programming session with the team lead, then the CTO.',
  '',
  '',
];
const STAGES: Stage[] = ['screening', 'hiring-manager', 'team', 'director', 'final'];

/** Small deterministic PRNG (mulberry32): the same data at every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A posting URL on one of the sites job seekers use, unique per index. */
function postingUrl(i: number, r: () => number, company: string, title: string): string {
  const pick = r();
  const co = slug(company) || 'company';
  if (pick < 0.4) return `https://www.linkedin.com/jobs/view/${3700000000 + i}/`;
  if (pick < 0.65) return `https://fr.indeed.com/viewjob?jk=${hex(0x5f2b8c0d + i * 7919, 8)}${hex(i, 8)}`;
  if (pick < 0.8) return `https://www.welcometothejungle.com/fr/companies/${co}/jobs/${slug(title)}-${i}_paris`;
  if (pick < 0.88) return `https://job-boards.greenhouse.io/${co}/jobs/${6000000 + i}`;
  if (pick < 0.95) return `https://jobs.lever.co/${co}/${hex(i, 8)}-4a2b-4c3d-8e4f-${hex(i * 31, 12)}`;
  return `https://careers.${co}.example/jobs/${i}-${slug(title)}`;
}

function debrief(r: () => number, interviewAt: number, verdict: Verdict, stage: Stage, now: number): DebriefInput {
  const answerBy = r() < 0.4 ? interviewAt + 5 * DAY : null;
  const d: DebriefInput = {
    interviewAt,
    stage,
    interviewerName: `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`,
    interviewerRole: INTERVIEWER_ROLES[Math.floor(r() * INTERVIEWER_ROLES.length)]!,
    synthesis: { enoughInformation: r() < 0.8, strengthsPutForward: r() < 0.7, nextStepPlanned: r() < 0.6, askedImpression: r() < 0.75 },
    verdict,
    nextSteps: [{ withWhom: 'CTO', when: r() < 0.5 ? toDateInput(Math.min(interviewAt + 6 * DAY, now + 30 * DAY)) : '' }],
    weakPoint: WEAK_POINTS[Math.floor(r() * WEAK_POINTS.length)]!,
    // A constant, so the random sequence (and every other field of the bench's data) stays as it was.
    weakPointAnswer: 'I have worked on it since, and can show what I built.',
    rejectionReason: r() < 0.5 ? 'Another candidate with more domain experience' : '',
    answerBy,
    followUpAt: defaultFollowUpAt(interviewAt, 7, 9 * 60),
    feedbackAt: null,
    closing: { thanked: true, handshakeEyeContact: r() < 0.8, smiled: r() < 0.9 },
    feeling: r() < 0.6 ? 'well' : r() < 0.85 ? 'mixed' : 'badly',
    recoveryContacts: 'Head of Engineering, met at the meetup',
    recoveryTopics: 'Show the side project on distributed tracing',
    notes: NOTES[Math.floor(r() * NOTES.length)]!,
  };
  return fieldsForVerdict(d);
}

interface Rows {
  app: Application;
  interviews: Interview[];
  reminders: Reminder[];
}

/**
 * One application with its history: 1 to 3 interviews; the reminders of older interviews were
 * superseded; the latest interview's reminders are pending when still ahead, mostly done once past
 * (`overdueShare` of the past ones within the last 30 days are left pending, already notified), and
 * all done for applications older than 30 days.
 */
function history(
  id: string,
  url: string,
  company: string,
  title: string,
  firstInterviewAt: number,
  interviewCount: number,
  verdicts: Verdict[],
  r: () => number,
  now: number,
  overdueShare: number,
): Rows {
  const interviews: Interview[] = [];
  const reminders: Reminder[] = [];
  let at = firstInterviewAt;
  for (let k = 0; k < interviewCount; k++) {
    if (k > 0) at = Math.min(at + (5 + Math.floor(r() * 8)) * DAY, now - 3600e3);
    const d = debrief(r, at, verdicts[k]!, STAGES[Math.min(k, STAGES.length - 1)]!, now);
    const interview: Interview = { ...d, id: `${id}-i${k}`, applicationId: id, createdAt: at + 3600e3 };
    interviews.push(interview);
    for (const { kind, dueAt } of reminderTimes(d)) {
      reminders.push({ id: `${id}-r${k}-${kind}`, applicationId: id, interviewId: interview.id, kind, dueAt });
    }
  }
  const latest = interviews[interviews.length - 1]!;
  const recent = now - latest.interviewAt < 30 * DAY;
  let next: number | null = null;
  for (const rem of reminders) {
    if (rem.interviewId !== latest.id) {
      Object.assign(rem, { doneAt: latest.createdAt, closedBy: 'superseded' });
    } else if (rem.dueAt > now) {
      rem.pendingDueAt = rem.dueAt;
    } else if (recent && r() < overdueShare) {
      Object.assign(rem, { pendingDueAt: rem.dueAt, notifiedAt: rem.dueAt });
    } else {
      Object.assign(rem, { notifiedAt: rem.dueAt, doneAt: rem.dueAt + 2 * 3600e3, closedBy: 'done' });
    }
    if (rem.pendingDueAt !== undefined) next = next === null ? rem.dueAt : Math.min(next, rem.dueAt);
  }
  const jobKey = jobKeyFor(url)!;
  const verdict = latest.verdict;
  const app: Application = {
    id,
    jobKey,
    keys: [jobKey],
    matchKey: normalizeForMatch(company, title),
    urls: normalizedUrls(url),
    posting: { title, company, location: `${CITIES[Math.floor(r() * CITIES.length)]}, France`, url },
    status: statusAfter(verdict),
    lastVerdict: verdict,
    nextDueAt: next,
    createdAt: interviews[0]!.createdAt,
    updatedAt: latest.createdAt,
    revision: interviewCount,
    // As the worker writes them: whom the debriefs name (the interviewers) are the application's contacts.
    contacts: contactsOfInterviews(interviews),
  };
  return { app, interviews, reminders };
}

function background(i: number, now: number, count: number, interviewsEach?: number): Rows {
  const r = rng(i * 2654435761);
  const company = COMPANIES[Math.floor(r() * COMPANIES.length)]! + SUFFIXES[Math.floor(r() * SUFFIXES.length)]!;
  const title = SENIORITY[Math.floor(r() * SENIORITY.length)]! + ROLES[Math.floor(r() * ROLES.length)]!;
  // Spread over the last year, newest last; the last few days are the active ones.
  const firstInterviewAt = now - 365 * DAY * (1 - (i + r()) / count) - 2 * 3600e3;
  const drawn = r() < 0.67 ? 1 : r() < 0.76 ? 2 : 3;
  const n = interviewsEach ?? drawn;
  const verdicts: Verdict[] = [];
  for (let k = 0; k < n; k++) {
    const last = k === n - 1;
    const v = r();
    verdicts.push(!last ? 'convinced' : v < 0.25 ? 'convinced' : v < 0.6 ? 'undecided' : v < 0.85 ? 'rejected' : 'no-answer');
  }
  return history(`bench-${i}`, postingUrl(i, r, company, title), company, title, firstInterviewAt, n, verdicts, r, now, 0.12);
}

function fixed(f: FixedApp, k: number, now: number): Rows {
  const n = f.interviews ?? 1;
  const s = f.state;
  const verdicts: Verdict[] = Array.from({ length: n }, (_, j) =>
    j < n - 1 ? 'convinced' : 'closed' in s ? 'rejected' : 'interviewInDays' in s ? 'convinced' : 'undecided',
  );
  // The latest interview lands where its follow-up (interview + 7 days, 09:00) gives the wanted state
  // (follow-ups at most 7 days ahead: an interview is never in the future).
  const followIn = 'followUpInDays' in s ? s.followUpInDays : 'closed' in s ? -20 : 5;
  const lastInterviewAt = now + (followIn - 7) * DAY;
  const first = lastInterviewAt - (n - 1) * 8 * DAY;
  const rows = history(`fixed-${k}`, f.url, f.company, f.title, first, n, verdicts, rng(7 + k), now, 'closed' in s ? 0 : 1);
  const latest = rows.interviews[n - 1]!;
  // Pin the latest interview and its reminders exactly (history() keeps interviews an hour before now).
  latest.interviewAt = lastInterviewAt;
  latest.followUpAt = defaultFollowUpAt(lastInterviewAt, 7, 9 * 60);
  latest.answerBy = 'answerDueToday' in s ? now - 60e3 : null;
  if ('interviewInDays' in s) latest.nextSteps = [{ withWhom: 'CTO', when: toDateInput(now + s.interviewInDays * DAY) }];
  if (!('closed' in s)) {
    rows.reminders = rows.reminders.filter((x) => x.interviewId !== latest.id);
    for (const { kind, dueAt } of reminderTimes(latest)) {
      rows.reminders.push({
        id: `fixed-${k}-r-${kind}`,
        applicationId: rows.app.id,
        interviewId: latest.id,
        kind,
        dueAt,
        pendingDueAt: dueAt,
        ...(dueAt <= now ? { notifiedAt: dueAt } : {}),
      });
    }
    const pending = rows.reminders.filter((x) => x.pendingDueAt !== undefined).map((x) => x.dueAt);
    rows.app.nextDueAt = pending.length ? Math.min(...pending) : null;
  }
  return rows;
}

/** Writes `spec.count` background applications and the fixed ones, in batches of one transaction each. */
async function generate(spec: GenerateSpec): Promise<GenerateReport> {
  const t0 = performance.now();
  const db = await openRelanceDb();
  const report: GenerateReport = {
    applications: 0,
    interviews: 0,
    reminders: 0,
    pendingReminders: 0,
    futureReminders: 0,
    dueNow: 0,
    ms: 0,
  };
  const all: Rows[] = spec.fixed.map((f, k) => fixed(f, k, spec.now));
  const BATCH = 500;
  for (let start = 0; start < spec.count + all.length; start += BATCH) {
    const rows: Rows[] = [];
    for (let i = start; i < Math.min(start + BATCH, spec.count + all.length); i++) {
      rows.push(i < all.length ? all[i]! : background(i - all.length, spec.now, spec.count, spec.interviewsEach));
    }
    const tx = db.transaction(['applications', 'interviews', 'reminders'], 'readwrite');
    const apps = tx.objectStore('applications');
    const ints = tx.objectStore('interviews');
    const rems = tx.objectStore('reminders');
    for (const { app, interviews, reminders } of rows) {
      void apps.put(app);
      for (const i of interviews) void ints.put(i);
      for (const x of reminders) {
        void rems.put(x);
        if (x.pendingDueAt !== undefined) {
          report.pendingReminders++;
          if (x.dueAt > spec.now) report.futureReminders++;
          else report.dueNow++;
        }
      }
      report.applications++;
      report.interviews += interviews.length;
      report.reminders += reminders.length;
    }
    await tx.done;
  }
  // Written around the product's writes, as a migration does: what was derived from the rows is dropped.
  await db.clear('derived');
  db.close();
  report.ms = performance.now() - t0;
  return report;
}

/**
 * The stored applications replaced by `spec`'s (the worker's cold start at two data sets in one
 * browser, bench/measure.mjs measureColdStartGrowth): every application, interview and reminder
 * deleted, then `spec` generated.
 */
async function replaceWith(spec: GenerateSpec): Promise<GenerateReport> {
  const db = await openRelanceDb();
  const tx = db.transaction(['applications', 'interviews', 'reminders'], 'readwrite');
  await Promise.all([
    tx.objectStore('applications').clear(),
    tx.objectStore('interviews').clear(),
    tx.objectStore('reminders').clear(),
    tx.done,
  ]);
  db.close();
  return generate(spec);
}

// --- storage reads vs raw calls ------------------------------------------------------------------

export interface ReadTimes {
  /** Per call, ms, one sample per run (each sample the mean of `perSample` calls). */
  product: number[];
  raw: number[];
  native: number[];
  rows: number;
}

function nativeOpen(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('relance');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function time(samples: number[], perSample: number, op: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  for (let k = 0; k < perSample; k++) await op();
  samples.push((performance.now() - t0) / perSample);
}

/**
 * Times the three reads the extension makes, through the extension's own code (src/storage) on the
 * connection its pages open (openRelanceDb), against the same read as a plain `idb` call and as a
 * native IndexedDB request. Runs interleave the three so drift hits them alike.
 */
async function storage(args: { runs: number; perSample: number; jobKeys: string[]; now: number }): Promise<Record<string, ReadTimes>> {
  const db = await openRelanceDb();
  const raw: IDBPDatabase = await openDB('relance');
  const native = await nativeOpen();
  const out: Record<string, ReadTimes> = {};
  const key = (i: number) => args.jobKeys[i % args.jobKeys.length]!;
  let n = 0;

  const cases: Record<
    string,
    { product: () => Promise<unknown>; raw: () => Promise<unknown>; native: () => Promise<unknown>; rows: () => Promise<number> }
  > = {
    findByJobKey: {
      product: () => findByJobKey(db, key(n++)),
      raw: () => raw.getFromIndex('applications', 'by-key', key(n++)),
      native: () => req(native.transaction('applications').objectStore('applications').index('by-key').get(key(n++))),
      rows: async () => 1,
    },
    dueItems: {
      product: () => dueItems(db, args.now),
      raw: async () => {
        const tx = raw.transaction(['reminders', 'applications']);
        const due = await tx.objectStore('reminders').index('by-pending-due').getAll(IDBKeyRange.upperBound(args.now));
        const apps = tx.objectStore('applications');
        const found = await Promise.all(due.map((r) => apps.get(r.applicationId)));
        return due.map((reminder, i) => ({ reminder, application: found[i] })).filter((x) => x.application);
      },
      native: async () => {
        const tx = native.transaction(['reminders', 'applications']);
        const due = await req(tx.objectStore('reminders').index('by-pending-due').getAll(IDBKeyRange.upperBound(args.now)));
        const apps = tx.objectStore('applications');
        const found = await Promise.all(due.map((r: Reminder) => req(apps.get(r.applicationId))));
        return due
          .map((reminder: Reminder, i: number) => ({ reminder, application: found[i] }))
          .filter((x: { application: unknown }) => x.application);
      },
      rows: async () => (await dueItems(db, args.now)).length,
    },
    // What src/dashboard/main.tsx reads today before its first paint: every application.
    dashboardAllRows: {
      product: () => db.getAll('applications'),
      raw: () => raw.getAll('applications'),
      native: () => req(native.transaction('applications').objectStore('applications').getAll()),
      rows: async () => (await db.getAll('applications')).length,
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    // Reading every row is slow at 10,000: one call per sample, ten samples.
    const heavy = name === 'dashboardAllRows';
    const perSample = heavy ? 1 : args.perSample;
    const runs = heavy ? Math.min(args.runs, 10) : args.runs;
    const t: ReadTimes = { product: [], raw: [], native: [], rows: await c.rows() };
    // Warm-up: first reads pay for opening LevelDB files and compiling code.
    for (let k = 0; k < (heavy ? 1 : 5); k++) {
      await c.product();
      await c.raw();
      await c.native();
    }
    for (let run = 0; run < runs; run++) {
      const order = [
        [t.product, c.product],
        [t.raw, c.raw],
        [t.native, c.native],
      ] as const;
      const rot = run % 3;
      for (let j = 0; j < 3; j++) {
        const [samples, op] = order[(j + rot) % 3]!;
        await time(samples, perSample, op);
      }
    }
    out[name] = t;
  }
  db.close();
  raw.close();
  native.close();
  return out;
}

Object.assign(globalThis, { relanceBench: { generate, replaceWith, storage } });
document.title = 'bench ready';
