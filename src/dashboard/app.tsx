import { useEffect, useRef, useState } from 'preact/hooks';
import type { FullApplication, Settings } from '../core/types';
import { shownError } from '../ui/errors';
import { t } from '../ui/i18n';
import type { DashboardApi } from './api';
import { AppPage } from './app-page';
import { ListView } from './list-view';
import { parseRoute, type Route } from './route';
import { rowOf, type Row } from './sections';
import { SettingsPage } from './settings-page';

/** How long "Undo" stays offered after a delete. */
export const UNDO_MS = 10_000;

interface Notice {
  text: string;
  /** What a delete removed: Undo puts it back. */
  undo?: FullApplication;
  /** The page it is about (pageOf): it goes when the user goes to another page. */
  on: string;
}

/** One key per page the dashboard shows, to tell a move to another page from a change within one. */
const pageOf = (route: Route): string => (route.page === 'app' ? `app/${route.id}` : route.page);

export interface DashboardProps {
  api: DashboardApi;
  /** Called once the list has been rendered (main.tsx sets a performance mark). */
  onReady?: () => void;
}

/**
 * From this many applications the "due now" section is painted before every row is read: reading them
 * all takes about 20 ms per 1,000 on a 2-core machine.
 */
export const FIRST_ROWS_FROM = 2000;

/** The dashboard page: the list, an application's page, or the settings, by the URL's hash. */
export function Dashboard({ api, onReady }: DashboardProps) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [rows, setRows] = useState<Row[] | null>(null);
  /** While only the top of the list is read: how many applications there are; null once every row is. */
  const [total, setTotal] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [calls, setCalls] = useState<{ calls: number; answered: number } | null>(null);
  const [now, setNow] = useState(() => api.now());
  const [failed, setFailed] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusList, setFocusList] = useState(0);
  // Only a move within the dashboard puts the focus on the new page's heading; on load it stays on the
  // document, where the browser would draw a focus box around a heading the user never went to.
  const [navigated, setNavigated] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  /** Every row is read: the list is whole. */
  const showAll = (r: Row[], s: Settings) => {
    setRows(r);
    setTotal(null);
    setSettings(s);
    setNow(api.now());
    setSummaryWanted((n) => n + 1);
  };
  // The summary's call count is extra: read once the list is painted (every event is read for it),
  // not while the list is being laid out.
  const [summaryWanted, setSummaryWanted] = useState(0);
  useEffect(() => {
    if (summaryWanted > 0) api.loadCallSummary().then(setCalls, () => setCalls(null));
  }, [summaryWanted]);
  const load = () =>
    Promise.all([api.loadRows(), api.loadSettings()]).then(
      ([r, s]) => showAll(r, s),
      () => setFailed(true),
    );
  /**
   * On opening, the list kept whole (storage/list-cache.ts) is the list when it is current. Else the
   * "due now" section (the top of the list, whole) is read through the due index and
   * painted, then every row is read (after, not beside: the
   * database would answer the few hundred reads of the first behind the one large read of the other).
   * A failed or empty first read only leaves the list to the full one, and so does a list too short to
   * be worth a first paint of its top (the full read is about as fast, and the page then never changes
   * under the user's eyes).
   */
  const loadFirst = () =>
    Promise.all([api.loadFirstRows(), api.loadSettings()]).then(
      ([first, s]) => {
        if (first.whole) return showAll(first.rows, s);
        if (first.rows.length > 0 && first.total >= FIRST_ROWS_FROM) {
          setRows(first.rows);
          setTotal(first.total);
          setSettings(s);
          setNow(api.now());
        }
        return load();
      },
      () => load(),
    );

  useEffect(() => {
    void loadFirst();
    let previous = parseRoute(location.hash);
    const onHash = () => {
      const next = parseRoute(location.hash);
      // Back on the list from a page: the keyboard returns to the row it left.
      if (next.page === 'list' && previous.page !== 'list') setFocusList((n) => n + 1);
      previous = next;
      setRoute(next);
      setNavigated(true);
      setNotice((n) => (n && n.on === pageOf(next) ? n : null));
    };
    // Another window (the popup, a notification) may have changed the data meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && void load();
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  useEffect(() => {
    if (rows) onReady?.();
  }, [rows !== null]);
  useEffect(() => {
    document.title = t(route.page === 'settings' ? 'settingsTitle' : 'dashboardTitle');
  }, [route.page]);
  useEffect(() => {
    if (!notice?.undo) return;
    const timer = setTimeout(() => {
      // The offer ends; a keyboard user on the Undo button goes back to the list rather than nowhere.
      const hadFocus = noticeRef.current?.contains(document.activeElement);
      setNotice(null);
      if (hadFocus) document.getElementById('list-heading')?.focus();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  // The confirmation is in the page above what it confirms, never over it: bring it into view.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice]);

  const upsert = (detail: FullApplication) => {
    const row = rowOf(detail.application, detail.reminders);
    setRows((rs) => {
      const list = rs ?? [];
      const at = list.findIndex((r) => r.id === row.id);
      return at < 0 ? [...list, row] : list.map((r, i) => (i === at ? row : r));
    });
  };

  const onDeleted = (snapshot: FullApplication) => {
    const { application: app } = snapshot;
    setRows((rs) => (rs ?? []).filter((r) => r.id !== app.id));
    setNotice({ text: t('deletedNotice', [app.posting.company, app.posting.title]), undo: snapshot, on: 'list' });
    location.hash = '#';
    // Undo is the likely next move: put the keyboard on it.
    setTimeout(() => noticeRef.current?.querySelector<HTMLElement>('button')?.focus());
  };

  const undo = async (snapshot: FullApplication) => {
    try {
      const detail = await api.restoreApplication(snapshot);
      upsert(detail);
      setNotice({ text: t('restoredNotice', [detail.application.posting.company, detail.application.posting.title]), on: 'list' });
    } catch (e) {
      setNotice({ text: t(shownError(e).message), on: 'list' });
    }
    document.getElementById('list-heading')?.focus();
  };

  let page = null;
  if (failed) page = <p class="alert">{t('errorLoad')}</p>;
  else if (!rows || !settings) page = <p class="hint">{t('loading')}</p>;
  else if (route.page === 'app') {
    page = (
      <AppPage
        key={route.id}
        api={api}
        id={route.id}
        outcome={route.outcome}
        thanks={route.thanks}
        settings={settings}
        now={now}
        onChanged={upsert}
        onDeleted={onDeleted}
        announce={(text) => setNotice(text ? { text, on: pageOf(route) } : null)}
        focusHeading={navigated}
        onSettingsChanged={setSettings}
      />
    );
  } else if (route.page === 'settings') {
    page = <SettingsPage api={api} settings={settings} focusHeading={navigated} onSaved={setSettings} onImported={() => void load()} />;
  }

  return (
    <div class="dashboard">
      <header class="top">
        <p class="brand">{t('extName')}</p>
        <nav aria-label={t('dashboardNav')}>
          <a href="#" aria-current={route.page === 'list' ? 'page' : undefined}>
            {t('dashboardListHeading')}
          </a>
          <a href="#settings" aria-current={route.page === 'settings' ? 'page' : undefined}>
            {t('settingsHeading')}
          </a>
        </nav>
      </header>
      <main>
        {/* Confirmations and the delete's Undo: a live region at the top of the page, in the flow. */}
        <div ref={noticeRef} role="status" class="notice-region">
          {notice && (
            <p class="page-notice">
              <span>{notice.text}</span>
              {notice.undo && (
                <button type="button" class="secondary small" onClick={() => undo(notice.undo!)}>
                  {t('undo')}
                </button>
              )}
            </p>
          )}
        </div>
        {rows && settings && !failed && (
          <ListView
            api={api}
            rows={rows}
            total={total}
            now={now}
            calls={calls}
            onChanged={upsert}
            hidden={route.page !== 'list'}
            focusRequest={focusList}
          />
        )}
        {page}
      </main>
    </div>
  );
}
