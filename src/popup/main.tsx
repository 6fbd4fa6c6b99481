/**
 * The popup's entry: the only popup file that touches `browser.*`. It builds the real PopupApi (tab
 * reading, IndexedDB reads, messages to the worker) and renders the App, which never sees the browser.
 */
// First: its reads start before the rest of this script is evaluated (see boot.ts).
import { boot } from './boot';
import { render } from 'preact';
import { normalizedUrls } from '../core/job-key';
import { isPostingAt, postingHint } from '../core/tab-popup';
import { pageJobKey, type KeyOf } from '../core/page-job-key';
import type { Application, PostingDraft } from '../core/types';
import { pageStrings } from '../messages/catalog';
import { ext } from '../messages/ext';
import { send } from '../messages/send';
import { openClosingCard } from '../messages/closing-card';
import { applicationShown, dueHead, findSimilar, findTracked, getSettings } from '../storage/reads';
import { fromBootOpen } from '../storage/boot-open';
import type { Db } from '../storage/schema';
import { setStrings } from '../ui/i18n';
import type { PopupApi, PopupContext, Tracked } from './api';
import { App } from './app';
import { takeOnce } from '../ui/boot';
import { popupView } from './boot-handoff';
import { POPUP_DUE_LIMIT } from './due-list';
import { ApplicationView, DueScript, OutcomeForm, PageDebrief, PlanForm } from './forms';
import { initialMode } from './mode';
import { extractFrom, isHttp, resultOf, type Tab } from './read-page';

// Its words first: browser.i18n, or the packaged catalog when the browser's answers nothing.
setStrings(await pageStrings(ext));

const params = new URLSearchParams(location.search);
/** The page (boot-handoff.ts popupView); `?app=<id>` shows that application only. */
const view: PopupContext['view'] = popupView(params);
const appId = params.get('app');
/** The application the worker found at the active tab's address when it last painted its badge: read at once, then checked. */
const hint = view === 'page' ? postingHint(params) : null;
// popup.css centres the column when the page fills a tab.
document.documentElement.dataset.view = view;

/**
 * One connection for the popup's life, opened on first use; a failed open is retried on the next use.
 * The migrations (and every site's key rules they carry) load only when the database needs an upgrade.
 */
let dbOpening: Promise<Db> | null = null;
const db = (): Promise<Db> =>
  (dbOpening ??= fromBootOpen(bootDb())
    .then((opened) => opened ?? import('../storage/open-current').then((m) => m.openCurrent()))
    .then((current) => current ?? import('../storage/schema').then((m) => m.openRelanceDb()))
    .catch((e: unknown) => {
      dbOpening = null;
      throw e;
    }));

/** What boot.ts started before this script was evaluated: used once, a retry starts afresh. */
const bootDb = takeOnce(boot.db);
const bootTab = takeOnce(boot.tab ?? undefined);
const bootPage = takeOnce(boot.page ?? undefined);

interface Page {
  pageUrl: string | null;
  draft: PostingDraft | null;
}

async function activeTab(): Promise<Tab> {
  const started = bootTab();
  const [tab] = (await started?.catch(() => undefined)) ?? (await ext.tabs.query({ active: true, currentWindow: true }));
  return tab;
}

/** The active tab's address and what the extractor recognised there; a page the extension cannot script gives null. */
async function readPage(tabRead: Promise<Tab>): Promise<Page> {
  const tab = await tabRead;
  if (!tab?.id || !isHttp(tab.url)) return { pageUrl: null, draft: null };
  try {
    // Read as boot.ts started it, or now (again, if that read failed).
    const started = bootPage();
    const draft = started ? await started.then(resultOf, () => extractFrom(tab.id!)) : await extractFrom(tab.id);
    return { pageUrl: tab.url, draft: (draft as PostingDraft | undefined) ?? null };
  } catch {
    // Store pages, PDF viewers and the like refuse scripts: the user can still track the page by hand.
    return { pageUrl: tab.url, draft: null };
  }
}

/**
 * The due calls: in the toolbar popup, the applications of the most overdue few only (one more than it
 * lists: the tab's own application is not listed), the others counted; in the due list's tab, all.
 */
const readDue = (d: Db, now: number) => dueHead(d, now, view === 'due' ? undefined : POPUP_DUE_LIMIT + 1);

/** An application with what the popup shows of it (storage/reads.ts applicationShown); null when there is none. */
function trackedFrom(shown: Awaited<ReturnType<typeof applicationShown>>): Tracked | null {
  if (!shown) return null;
  const { interviews, reminders, events, draft } = shown.rows;
  return { application: shown.application, interviews, reminders, events, ...(draft ? { debriefInProgress: true } : {}) };
}

const loadTracked = async (applicationId: string): Promise<Tracked | null> =>
  trackedFrom(await applicationShown(await db(), applicationId));

/** Same job under another key (reposted on another board): offered for linking, unless already linked. */
async function similarTo(db: Db, draft: PostingDraft | null, jobKey: string | null): Promise<Application[]> {
  if (!jobKey || !draft?.company || !draft.title) return [];
  const found = await findSimilar(db, draft.company, draft.title);
  return found.filter((a) => !a.keys.includes(jobKey));
}

/** The application the tab's address alone finds (the URL index), read while the extractor reads the page. */
async function trackedByAddress(tab: Promise<Tab>, opening: Promise<Db>): Promise<Application | undefined> {
  const [t, d] = await Promise.all([tab, opening]);
  return isHttp(t?.url) ? findTracked(d, null, normalizedUrls(t.url)) : undefined;
}

/**
 * The hinted application with its rows, read in one transaction as soon as the database is open (no
 * lookup by address first); kept only when the tab's address is still one of its postings'.
 */
async function trackedByHint(id: string, tab: Promise<Tab>, opening: Promise<Db>): Promise<Tracked | null> {
  const [t, tracked] = await Promise.all([tab, opening.then((d) => applicationShown(d, id)).then(trackedFrom)]);
  return tracked && isHttp(t?.url) && isPostingAt(tracked.application, t.url) ? tracked : null;
}

async function loadContext(): Promise<PopupContext> {
  const now = Date.now();
  const noPage: Page = { pageUrl: null, draft: null };
  // Reading the tab and opening the database are independent: do both at once to open fast. The due
  // list and the settings do not depend on the page either: they are read while the tab is.
  const opening = db();
  const dueAndSettings = opening.then((d) => Promise.all([readDue(d, now), getSettings(d)]));
  dueAndSettings.catch(() => {}); // a failed open rejects through `opening` below first
  const tab = view === 'page' ? activeTab() : Promise.resolve(undefined);
  // A posting found by its address needs nothing the extractor reads (its own key and posting are
  // stored): it is shown without waiting for the page. The view is a chunk: loaded as soon as known.
  // The application the worker named in the popup's address is read with its rows at once; when the
  // hint no longer holds (the tab moved on, the application was deleted), the address is looked up.
  // Its view's chunk is asked for once the database is open: asked for earlier, it would hold back the
  // page's load event, and so the popup's showing.
  const hinted = hint ? trackedByHint(hint, tab, opening).catch(() => null) : Promise.resolve(null);
  if (hint) opening.then(() => ApplicationView.preload()).catch(() => {});
  const byAddress =
    view === 'page'
      ? hinted.then((t) => t?.application ?? trackedByAddress(tab, opening)).catch(() => undefined)
      : Promise.resolve(undefined);
  if (appId !== null) ApplicationView.preload().catch(() => {});
  const early = await byAddress;
  if (early) ApplicationView.preload().catch(() => {});
  // Not found by its address: most likely a posting to record, whose form is a chunk, asked for now so
  // that it loads while the page's reads end (the page may still turn out to be tracked, by its key).
  else if (view === 'page') PageDebrief.preload().catch(() => {});
  const pageRead = early
    ? tab.then((t): Page => ({ pageUrl: t?.url ?? null, draft: null }))
    : view === 'page'
      ? readPage(tab).catch((): Page => noPage)
      : Promise.resolve(noPage);
  const [page, d] = await Promise.all([pageRead, opening]);
  const { pageUrl, draft } = page;
  // The extractor's draft carries the page's key: the sites' key rules (a chunk) are only loaded for a
  // page it could not read.
  const keyOf: KeyOf = early || draft?.jobKey || !pageUrl ? () => null : (await import('../extract/job-key')).jobKeyFor;
  const jobKey = early ? early.jobKey : pageJobKey(draft, pageUrl, keyOf);
  const urls = pageUrl ? normalizedUrls(pageUrl, draft?.url) : [];
  // Same job under another key: asked for beside the lookup by key and address, which most often finds
  // nothing here (the address alone found nothing), rather than after it.
  const similarRead = early || appId !== null ? Promise.resolve([]) : similarTo(d, draft, jobKey);
  similarRead.catch(() => {}); // unused when the lookup finds the application; else awaited below
  const application =
    early ?? (await (appId !== null ? d.get('applications', appId) : jobKey || urls.length ? findTracked(d, jobKey, urls) : undefined));
  // A tracked application opens on its view: its chunk loads while its interviews and reminders are read.
  // A failed load only defers it (the view retries when shown).
  const viewLoading = application ? ApplicationView.preload().catch(() => {}) : null;
  // The application's rows are read while the due list still is, not after it.
  const fromHint = await hinted;
  const [tracked, similar, [{ items: due, rest: dueRest }, settings]] = await Promise.all([
    fromHint && fromHint.application === application ? fromHint : application ? loadTracked(application.id) : null,
    application ? [] : similarRead,
    dueAndSettings,
  ]);
  await viewLoading;
  const ctx: PopupContext = { view, pageUrl, draft, jobKey, tracked, similar, due, dueRest, settings };
  // An untracked posting opens on the debrief form: its chunk is loaded before the App is given the context,
  // so that the first render shows the form. A failed load only defers it (the form retries when shown).
  if (initialMode(ctx).kind === 'posting') await PageDebrief.preload().catch(() => {});
  return ctx;
}

/** Once the first view is painted, the views a click may open are loaded too, so that they show at once. */
function preloadForms() {
  setTimeout(() => {
    for (const form of [ApplicationView, PageDebrief, OutcomeForm, PlanForm, DueScript]) form.preload().catch(() => {});
  }, 50);
}

/**
 * Started as the script runs, not when the App's first effect asks for it (after the first frame):
 * the tab and the database are being read while Preact renders the shell. The App asks once.
 */
let starting: Promise<PopupContext> | null = loadContext();
starting.catch(() => {}); // the App handles a failure (it shows errorLoad); this only marks it handled until then

/** A calendar event saved as an .ics file: the saving code loads on the first click that needs it. */
async function saveCalendarFile(of: { reminderId: string } | { applicationId: string }): Promise<void> {
  const { fileName, text } = await send('calendarFile', of);
  (await import('../ui/download')).downloadFile({ name: fileName, type: 'text/calendar', text });
}

const api: PopupApi = {
  now: () => Date.now(),
  loadDue: async () => readDue(await db(), Date.now()),
  loadContext: () => {
    const started = starting ?? loadContext();
    starting = null;
    return started;
  },
  saveDebrief: (req) => send('saveDebrief', req),
  completeReminder: async (reminderId) => {
    await send('completeReminder', { reminderId });
  },
  snoozeReminder: async (reminderId) => {
    await send('snoozeReminder', { reminderId });
  },
  openPosting: async (application) => {
    await send('openPosting', { applicationId: application.id });
    window.close();
  },
  linkPosting: (req) => send('linkPosting', req),
  loadTracked,
  recordOutcome: (req) => send('recordOutcome', req),
  copyText: (text) => navigator.clipboard.writeText(text),
  addToCalendar: (reminderId) => saveCalendarFile({ reminderId }),
  addInterviewToCalendar: (applicationId) => saveCalendarFile({ applicationId }),
  saveProfile: (profile) => send('saveProfile', { profile }),
  planInterview: (req) => send('planInterview', req),
  trackInterview: (req) => send('trackInterview', req),
  openDashboard: async (applicationId) => {
    await send('openDashboard', applicationId ? { applicationId } : {});
    window.close();
  },
  openClosingCard,
};

/**
 * How long popup.html's header (src/popup/first-paint.html) stays alone while the context is read:
 * read by then, the App's first render shows it, one frame after the reads (through the shell it took
 * two or three more); else the shell, with its "Loading…" line, shows until it is. On a slow 2-core
 * host the reads of a tracked posting end 80–95 ms after the script starts (npm run bench).
 */
const SHELL_AFTER_MS = 150;

function mount(initial?: PopupContext) {
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(
    <App
      api={api}
      initial={initial}
      onReady={() => {
        performance.mark('relance-popup-ready');
        preloadForms();
      }}
    />,
    root,
  );
}

const first = starting;
let mounted = false;
const mountOnce = (initial?: PopupContext) => {
  if (mounted) return;
  mounted = true;
  if (initial) starting = null;
  mount(initial);
};
first.then(mountOnce, () => mountOnce());
setTimeout(() => mountOnce(), SHELL_AFTER_MS);
