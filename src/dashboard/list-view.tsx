import { useEffect, useMemo, useState } from 'preact/hooks';
import { STATUSES, type ApplicationStatus, type FullApplication } from '../core/types';
import { shownError } from '../ui/errors';
import { fieldId, Select, TextInput } from '../ui/field';
import { t, tn } from '../ui/i18n';
import { statusLabel } from '../ui/labels';
import type { DashboardApi } from './api';
import { ListRow } from './list-row';
import { buildList, type ListItem, type Row, type Section } from './sections';
import { WeekStrip } from './week-strip';
import { offsetsOf, VirtualList } from './virtual-list';

/**
 * Below this width the rows reflow (dashboard.css, same media query): company and role on the first
 * line, status and verdict on the second, the next step on the third, so that none of them is cut.
 */
const NARROW = '(max-width: 719px)';

/**
 * Item heights (px) per layout, matched by dashboard.css: the windowed list places items from them. A
 * "probably closed" row has a line more, for its two decisions, and room for its pill to wrap whole;
 * a wide row has room for cells on two lines.
 */
export const ITEM_HEIGHTS = {
  wide: { header: 48, row: 52, probably: 100 },
  narrow: { header: 48, row: 76, probably: 128 },
} as const;

/** Whether the media query matches, following it as the window is resized. */
function useMedia(query: string): boolean {
  const list = useMemo(() => (typeof matchMedia === 'function' ? matchMedia(query) : null), [query]);
  const [matches, setMatches] = useState(() => list?.matches ?? false);
  useEffect(() => {
    if (!list) return;
    const change = () => setMatches(list.matches);
    change();
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, [list]);
  return matches;
}

const SECTION_KEYS: Record<Section, string> = {
  due: 'sectionDue',
  waiting: 'sectionWaiting',
  interview: 'sectionInterview',
  closed: 'sectionClosed',
};

export interface ListViewProps {
  api: Pick<DashboardApi, 'resolveProbablyClosed'>;
  rows: Row[];
  /**
   * Set while `rows` are only the top of the list (its "due now" section, read first): how many
   * applications there are. Null once every row is read.
   */
  total: number | null;
  now: number;
  onChanged: (detail: FullApplication) => void;
  /** The list is kept while another page shows, so its scroll and active row survive. */
  hidden: boolean;
  /** Follow-up calls recorded and answered, for the week strip's summary; null until read. */
  calls: { calls: number; answered: number } | null;
  focusRequest: number;
}

/** "2 applications", or "1 of 2" once a search or filter hides some; nothing when there are none. */
function countText(shown: number, total: number): string {
  if (total === 0) return '';
  return shown === total ? tn('applicationCount', total) : tn('shownCount', shown, [String(shown), String(total)]);
}

/** Every application, by section and next action, with search and a status filter. */
export function ListView(p: ListViewProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const partial = p.total !== null;

  // Each row carries what a search looks through (company, role, the application's people: Row's
  // haystack), so a search, the first one included, reads nothing more.
  const items: ListItem[] = useMemo(() => buildList(p.rows, { query, status }, p.now), [p.rows, query, status, p.now]);
  const shown = items.reduce((n, item) => n + (item.type === 'row' ? 1 : 0), 0);
  const heights = ITEM_HEIGHTS[useMedia(NARROW) ? 'narrow' : 'wide'];
  const offsets = useMemo(
    () =>
      offsetsOf(items.map((item) => (item.type === 'header' ? heights.header : item.row.probablyClosed ? heights.probably : heights.row))),
    [items, heights],
  );

  const resolve = async (row: Row, decision: 'confirm' | 'keep') => {
    setBusy(row.id);
    setError(null);
    try {
      const detail = await p.api.resolveProbablyClosed({ applicationId: row.id, decision, expectedRevision: row.revision });
      p.onChanged(detail);
    } catch (e) {
      setError(shownError(e).message);
    } finally {
      setBusy(null);
    }
  };

  const statusOptions = [
    { value: '' as const, label: t('filterAllStatuses') },
    ...STATUSES.map((value) => ({ value, label: statusLabel(value) })),
  ];
  return (
    <section class="list-page" hidden={p.hidden} aria-labelledby="list-heading">
      <h1 id="list-heading" tabIndex={-1}>
        {t('dashboardListHeading')}
      </h1>
      {/* Its days and counts need every row: it waits for them (the list then grows below it). */}
      {!partial && <WeekStrip rows={p.rows} now={p.now} calls={p.calls} />}
      {/* biome-ignore lint/a11y/useSemanticElements: the search element is not in Preact's JSX types; the role says the same. */}
      <div class="filters" role="search">
        <div class="field-wrap">
          <TextInput
            id={fieldId('search')}
            type="search"
            label={t('searchLabel')}
            hint={t('searchHint')}
            value={query}
            onValue={setQuery}
          />
        </div>
        <Select id={fieldId('statusFilter')} label={t('filterStatusLabel')} value={status} options={statusOptions} onValue={setStatus} />
      </div>
      <p role="status" class="count">
        {partial ? `${tn('applicationCount', p.total ?? 0)} ${t('loading')}` : countText(shown, p.rows.length)}
      </p>
      <div role="alert" class="alert-region">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      {p.rows.length === 0 ? (
        <p class="empty">{t('noApplicationsYet')}</p>
      ) : shown === 0 ? (
        <p class="empty">{t('noMatch')}</p>
      ) : (
        <>
          <div class="list-head" aria-hidden="true">
            <span>{t('columnCompany')}</span>
            <span>{t('columnRole')}</span>
            <span>{t('statusLabel')}</span>
            <span>{t('lastVerdictLabel')}</span>
            <span>{t('columnNext')}</span>
          </div>
          <VirtualList
            count={items.length}
            offsets={offsets}
            label={t('dashboardListHeading')}
            focusable={(i) => items[i]?.type === 'row'}
            keyOf={(i) => {
              const item = items[i]!;
              return item.type === 'row' ? item.row.id : `section:${item.section}`;
            }}
            focusRequest={p.focusRequest}
            render={(i, tabIndex) => {
              const item = items[i]!;
              if (item.type === 'header') {
                return (
                  <h2 class={`section-head ${item.section}`}>
                    {t(SECTION_KEYS[item.section])} <span class="section-count">({item.count})</span>
                  </h2>
                );
              }
              return (
                <ListRow
                  row={item.row}
                  section={item.section}
                  now={p.now}
                  tabIndex={tabIndex}
                  busy={busy === item.row.id}
                  onResolve={resolve}
                />
              );
            }}
          />
        </>
      )}
    </section>
  );
}
