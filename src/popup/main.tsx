/**
 * The popup's entry: the only popup file that touches `browser.*`. It builds the real PopupApi (tab
 * reading, IndexedDB reads, messages to the worker) and renders the App, which never sees the browser.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { jobKeyFor, normalizedUrls } from '../core/job-key';
import type { PostingDraft } from '../core/types';
import { send } from '../messages/send';
import { dueItems, findTracked, getSettings, interviewsOf, pendingRemindersOf } from '../storage/reads';
import { openRelanceDb } from '../storage/schema';
import { setLocale, setTranslator } from '../ui/i18n';
import type { PopupApi, PopupContext } from './api';
import { App } from './app';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
setLocale(browser.i18n.getUILanguage());
document.documentElement.lang = browser.i18n.getUILanguage();

/** Opened in a tab from a grouped notification: only the due list, no active tab to read. */
const dueView = new URLSearchParams(location.search).get('view') === 'due';

const isHttp = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

interface Page {
  pageUrl: string | null;
  draft: PostingDraft | null;
}

/** The active tab's address and what the extractor recognised there; a page we cannot script gives null. */
async function readPage(): Promise<Page> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !isHttp(tab.url)) return { pageUrl: null, draft: null };
  const target = { tabId: tab.id };
  try {
    // Two steps: the file defines __relanceExtract in the isolated world, the func returns its result.
    await browser.scripting.executeScript({ target, files: ['extract.js'] });
    const [r] = await browser.scripting.executeScript({ target, func: () => (globalThis as any).__relanceExtract() });
    return { pageUrl: tab.url, draft: (r?.result as PostingDraft | undefined) ?? null };
  } catch {
    // Store pages, PDF viewers and the like refuse scripts: the user can still track the page by hand.
    return { pageUrl: tab.url, draft: null };
  }
}

async function loadContext(): Promise<PopupContext> {
  const now = Date.now();
  // Reading the tab and opening the database are independent: do both at once to open fast.
  const [page, db] = await Promise.all([
    dueView ? Promise.resolve<Page>({ pageUrl: null, draft: null }) : readPage().catch((): Page => ({ pageUrl: null, draft: null })),
    openRelanceDb(),
  ]);
  const { pageUrl, draft } = page;
  const jobKey = draft?.jobKey ?? (pageUrl ? jobKeyFor(pageUrl, draft?.url) : null);
  const urls = pageUrl ? normalizedUrls(pageUrl, draft?.url) : [];
  const [application, due, settings] = await Promise.all([
    jobKey || urls.length ? findTracked(db, jobKey, urls) : Promise.resolve(undefined),
    dueItems(db, now),
    getSettings(db),
  ]);
  const tracked = application
    ? {
        application,
        interviews: await interviewsOf(db, application.id),
        reminders: await pendingRemindersOf(db, application.id),
      }
    : null;
  return { view: dueView ? 'due' : 'page', pageUrl, draft, tracked, due, settings };
}

const api: PopupApi = {
  now: () => Date.now(),
  loadContext,
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
};

render(<App api={api} onReady={() => performance.mark('relance-popup-ready')} />, document.getElementById('app')!);
