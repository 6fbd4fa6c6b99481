/**
 * The dashboard's entry: the only dashboard file that touches `browser.*`. It builds the real
 * DashboardApi (IndexedDB reads, messages to the worker for every write, file download) and renders
 * the Dashboard, which never sees the browser.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pageStrings } from '../messages/catalog';
import { send } from '../messages/send';
import { openClosingCard } from '../messages/closing-card';
import { applicationDetail, applicationsDueBefore, applicationsWithPending, currentList, draftOf, getSettings } from '../storage/reads';
import { fromBootOpen } from '../storage/boot-open';
import { openRelanceDb, type Db } from '../storage/schema';
import { exportAll, exportCsv } from '../storage/export';
import { takeBoot, takeOnce } from '../ui/boot';
import { setStrings } from '../ui/i18n';
import { downloadFile } from '../ui/download';
import { localDayAt } from '../core/dates';
import type { DashboardApi, FirstRows } from './api';
import { Dashboard } from './app';
import type { Boot } from './boot-handoff';
import { rowOf, sectionOf, type Row } from './sections';
import { callSummary } from './week';

// Its words first: browser.i18n, or the packaged catalog when the browser's answers nothing.
setStrings(await pageStrings(browser));

/** What dashboard-boot.js started while this script loaded: used once, a retry starts afresh. */
const boot = takeBoot<Boot>();
const bootDb = takeOnce(boot?.db);
const bootList = takeOnce(boot?.list);

let dbOpening: Promise<Db> | null = null;
const db = (): Promise<Db> =>
  (dbOpening ??= fromBootOpen(bootDb())
    .then((opened) => opened ?? openRelanceDb())
    .catch((e: unknown) => {
      dbOpening = null;
      throw e;
    }));

/**
 * The list as dashboard-boot.js read it (its null is final: no usable list, or a database the
 * migrations then empty of it), else as read now (storage/reads.ts currentList).
 */
async function keptList(d: Db): Promise<Row[] | null> {
  const booted = await bootList()?.catch(() => undefined);
  return booted !== undefined ? booted : currentList(d);
}

/** The top of the list: the list kept whole when current, else the "due now" section (app.tsx loadFirst). */
async function firstRows(): Promise<FirstRows> {
  const now = Date.now();
  const d = await db();
  const kept = await keptList(d);
  if (kept) return { rows: kept, total: kept.length, whole: true };
  const { rows, total } = await applicationsDueBefore(d, localDayAt(now, 1, 0));
  // The "due now" section exactly (a closed application's pending feedback reminder is not in it).
  const due = rows.map(({ application, pending }) => rowOf(application, pending)).filter((r) => sectionOf(r, now) === 'due');
  return { rows: due, total, whole: false };
}

/**
 * A read of the first screen, started as this script runs: the Dashboard asks for it in an effect,
 * after the page's first frame. The first call gets that read; later ones (a retry) read afresh.
 */
function startedNow<T>(read: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined = read();
  started.catch(() => {}); // the caller gets the rejection
  return () => {
    const out = started ?? read();
    started = undefined;
    return out;
  };
}

const stamp = () => new Date().toISOString().slice(0, 10);

const api: DashboardApi = {
  now: () => Date.now(),
  openClosingCard,
  hasCardDraft: async (id) => (await draftOf(await db(), id)) !== undefined,
  loadRows: async () => {
    const d = await db();
    const kept = await currentList(d);
    if (kept) return kept;
    const rows = (await applicationsWithPending(d)).map(({ application, pending }) => rowOf(application, pending));
    // The kept list is stale (a write since, or a worker stopped before it made it again): the worker
    // makes it again, for the next opening.
    send('refreshList', {}).catch(() => {});
    return rows;
  },
  loadFirstRows: startedNow(firstRows),
  loadDetail: async (id) => applicationDetail(await db(), id),
  loadSettings: startedNow(async () => getSettings(await db())),
  loadCallSummary: async () => callSummary(await (await db()).getAll('events')),
  exportFile: async (kind) => {
    const d = await db();
    return kind === 'json'
      ? { name: `relance-${stamp()}.json`, type: 'application/json', text: JSON.stringify(await exportAll(d), null, 2) }
      : { name: `relance-${stamp()}.csv`, type: 'text/csv;charset=utf-8', text: await exportCsv(d) };
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  download: downloadFile,
  calendarFile: async (of) => {
    const { fileName, text } = await send('calendarFile', of ?? {});
    return { name: fileName, type: 'text/calendar', text };
  },
  saveDebrief: (req) => send('saveDebrief', req),
  recordOutcome: (req) => send('recordOutcome', req),
  resolveProbablyClosed: (req) => send('resolveProbablyClosed', req),
  updatePosting: (req) => send('updatePosting', req),
  planInterview: (req) => send('planInterview', req),
  updateInterview: (req) => send('updateInterview', req),
  deleteApplication: (req) => send('deleteApplication', req),
  restoreApplication: (snapshot) => send('restoreApplication', snapshot),
  saveSettings: (settings) => send('saveSettings', settings),
  importData: (json) => send('importData', { json }),
  saveContact: (req) => send('saveContact', req),
  removeContact: (req) => send('removeContact', req),
  saveProfile: (profile) => send('saveProfile', { profile }),
};

render(<Dashboard api={api} onReady={() => performance.mark('relance-dashboard-ready')} />, document.getElementById('app')!);
