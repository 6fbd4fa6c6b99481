/**
 * The panel's entry: the only panel file that touches the browser. It builds the real PanelApi (the
 * active tab, IndexedDB reads, messages to the worker) and renders the PanelApp, which never sees it.
 */
import { render } from 'preact';
import { todaysInterviews } from '../core/closing-card';
import { startOfLocalDay, toDateInput } from '../core/dates';
import { normalizedUrls } from '../core/job-key';
import { jobKeyFor } from '../extract/job-key';
import { pageStrings } from '../messages/catalog';
import { onCardAsked } from '../messages/closing-card';
import { ext } from '../messages/ext';
import { send } from '../messages/send';
import { applicationShown, findTracked, getSettings, plannedOn } from '../storage/reads';
import { openRelanceDb, type Db } from '../storage/schema';
import { setStrings, t } from '../ui/i18n';
import type { PanelApi } from './api';
import { PanelApp } from './app';

// Its words first: browser.i18n, or the packaged catalog when the browser's answers nothing.
setStrings(await pageStrings(ext));
document.title = t('panelTitle');

/**
 * `?app=<id>`: the card of this application (the small window a reminder opens where no side panel can
 * be); `&debrief=1`: on its debrief form ("how did it go?").
 */
const params = new URLSearchParams(location.search);
const appParam = params.get('app');
const debriefParam = appParam !== null && params.get('debrief') === '1';

let dbOpening: Promise<Db> | null = null;
const db = (): Promise<Db> =>
  (dbOpening ??= openRelanceDb().catch((e: unknown) => {
    dbOpening = null;
    throw e;
  }));

/** The dashboard's page of one application (`dashboard.html#app/<id>`) is about that application too. */
const DASHBOARD_APP = new RegExp(`^${ext.runtime.getURL('dashboard.html').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#app/([^/]+)`);

/** The application a tab shows: a tracked posting, or an application's dashboard page; null otherwise. */
async function applicationOfUrl(url: string | undefined): Promise<string | null> {
  if (!url) return null;
  const page = DASHBOARD_APP.exec(url);
  if (page) {
    try {
      return decodeURIComponent(page[1]!);
    } catch {
      return null;
    }
  }
  if (!/^https?:\/\//i.test(url)) return null;
  return (await findTracked(await db(), jobKeyFor(url), normalizedUrls(url)))?.id ?? null;
}

async function activeApplication(): Promise<string | null> {
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return applicationOfUrl(tab?.url);
}

const api: PanelApi = {
  now: () => Date.now(),
  async loadContext() {
    const d = await db();
    const now = Date.now();
    const day = toDateInput(startOfLocalDay(now));
    const [settings, apps, askedId] = await Promise.all([getSettings(d), plannedOn(d, day), appParam ?? activeApplication()]);
    return { settings, today: todaysInterviews(apps, now, settings.reminderMinutes), askedId, debrief: debriefParam };
  },
  async loadCard(applicationId) {
    const shown = await applicationShown(await db(), applicationId);
    if (!shown) return null;
    const { application, rows } = shown;
    return { application, draft: rows.draft ?? null, pending: rows.reminders, latest: rows.interviews[0], events: rows.events };
  },
  saveDraft: (input) => send('saveCardDraft', input),
  discardDraft: async (applicationId) => {
    await send('discardCardDraft', { applicationId });
  },
  saveProfile: (profile) => send('saveProfile', { profile }),
  saveDebrief: (req) => send('saveDebrief', req),
  onAsked(callback) {
    // The reminder's own window shows its application only.
    if (appParam !== null) return;
    // The worker's ask: the side panel a notification click opened, or that was already open.
    onCardAsked(({ applicationId, debrief }) => callback({ applicationId, debrief, byWorker: true }));
    const check = () =>
      void activeApplication().then(
        (id) => id && callback({ applicationId: id, debrief: false, byWorker: false }),
        () => {},
      );
    ext.tabs.onActivated.addListener(check);
    ext.tabs.onUpdated.addListener((_id, change, tab) => {
      if (tab.active && change.status === 'complete') check();
    });
  },
};

render(<PanelApp api={api} onReady={() => performance.mark('relance-panel-ready')} />, document.getElementById('app')!);
