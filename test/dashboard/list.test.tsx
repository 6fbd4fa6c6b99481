// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard, FIRST_ROWS_FROM } from '../../src/dashboard/app';
import { ITEM_HEIGHTS } from '../../src/dashboard/list-view';
import { DAY, fakeDashboardApi, installCatalog, makeDetail, makeInterview, makeReminder, manyApplications, NOW } from './helpers';

beforeEach(() => {
  installCatalog();
  location.hash = '';
});
afterEach(cleanup);

const posting = (company: string, title: string) => ({ company, title, location: '', url: `https://jobs.test/${company}` });

function sample() {
  return [
    makeDetail({ id: 'due', posting: posting('Acme', 'Frontend developer'), nextDueAt: NOW - 2 * DAY }),
    makeDetail(
      {
        id: 'wait',
        posting: posting('Globex', 'Data engineer'),
        nextDueAt: NOW + 3 * DAY,
        // As the worker records it: the debrief's interviewer is one of the application's contacts.
        contacts: [{ id: 'c-zoe', name: 'Zoé Lambert', role: 'HR', phone: '', email: '', link: '', note: '' }],
      },
      {
        interviews: [makeInterview({ id: 'int-w', applicationId: 'wait', interviewerName: 'Zoé Lambert' })],
      },
    ),
    makeDetail({
      id: 'next',
      posting: posting('Initech', 'Designer'),
      status: 'in-process',
      nextDueAt: null,
      nextInterview: { on: '2026-12-09', withWhom: 'Paul Durand', stage: 'team', time: '', channel: null, role: '' },
    }),
    makeDetail({ id: 'closed', posting: posting('Umbrella', 'Analyst'), status: 'closed', lastVerdict: 'rejected', nextDueAt: null }),
    makeDetail({ id: 'offer', posting: posting('Hooli', 'Engineer'), status: 'offer', lastVerdict: 'convinced', nextDueAt: null }),
    makeDetail({ id: 'maybe', posting: posting('Soylent', 'Product manager'), probablyClosed: true, nextDueAt: NOW + DAY }),
  ];
}

/** The list's items as text: section headings as "# Due now (1)", rows by company. */
function listed(): string[] {
  const list = screen.getByRole('list', { name: 'Applications' });
  return within(list)
    .getAllByRole('listitem')
    .map(
      (li) =>
        li.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim().replace(/^/, '# ') ?? li.querySelector('.company')!.textContent!,
    );
}

async function renderList(details = sample()) {
  const api = fakeDashboardApi(details);
  render(<Dashboard api={api} />);
  await screen.findByRole('list', { name: 'Applications' });
  return { api, user: userEvent.setup() };
}

describe('sections', () => {
  it('puts each application in its section: due now, waiting, next interview planned, closed (offers too)', async () => {
    await renderList();
    expect(listed()).toEqual([
      '# Due now (1)',
      'Acme',
      '# Waiting (2)',
      'Soylent',
      'Globex',
      '# Next interview planned (1)',
      'Initech',
      '# Closed (2)',
      'Hooli',
      'Umbrella',
    ]);
  });

  it('shows company, role, status, last verdict and next date, and links each row to its page', async () => {
    await renderList();
    const link = screen.getByRole('link', { name: /^Acme/ });
    expect(link.getAttribute('href')).toBe('#app/due');
    // The cells with the hidden commas between them: what a screen reader reads as the link's name.
    expect(link.textContent).toMatch(
      /^Acme, Frontend developer, Waiting for an answer, Undecided: needs time, Call .* \(2 days overdue\)$/,
    );
    // Dates of this year without the year: the column is narrow.
    expect(screen.getByRole('link', { name: /^Initech/ }).textContent).toContain(
      `Interview ${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(2026, 11, 9))}`,
    );
    expect(screen.getByRole('link', { name: /^Hooli/ }).textContent).toContain('Offer received');
  });

  it('names each pending date as what it is, in date order: the promised answer, then the call (docs/method.md §3)', async () => {
    const day = (d: number) => new Date(2026, 11, d, 9).getTime();
    const short = (d: number) =>
      new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(2026, 11, d));
    const both = makeDetail(
      { id: 'both', posting: posting('Acme', 'Frontend developer'), nextDueAt: day(5) },
      {
        reminders: [
          makeReminder({ id: 'answer', applicationId: 'both', kind: 'answer-due', dueAt: day(5) }),
          makeReminder({ id: 'call', applicationId: 'both', kind: 'follow-up', dueAt: day(8) }),
        ],
      },
    );
    const callOnly = makeDetail(
      { id: 'call', posting: posting('Globex', 'Data engineer'), nextDueAt: day(8) },
      { reminders: [makeReminder({ id: 'call2', applicationId: 'call', kind: 'follow-up', dueAt: day(8) })] },
    );
    const answerPassed = makeDetail(
      { id: 'late', posting: posting('Initech', 'Designer'), nextDueAt: day(0) },
      {
        reminders: [
          makeReminder({ id: 'answer3', applicationId: 'late', kind: 'answer-due', dueAt: day(0) }),
          makeReminder({ id: 'call3', applicationId: 'late', kind: 'follow-up', dueAt: day(3) }),
        ],
      },
    );
    const nextYear = makeDetail(
      { id: 'later', posting: posting('Hooli', 'Engineer'), nextDueAt: new Date(2027, 0, 8, 9).getTime() },
      { reminders: [makeReminder({ id: 'call4', applicationId: 'later', dueAt: new Date(2027, 0, 8, 9).getTime() })] },
    );
    await renderList([both, callOnly, answerPassed, nextYear]);
    const next = (company: string) => screen.getByRole('link', { name: new RegExp(`^${company}`) }).querySelector('.next')!.textContent;
    expect(next('Acme')).toBe(`Answer due ${short(5)} (in 4 days) · call ${short(8)}`);
    expect(next('Globex')).toBe(`Call ${short(8)} (in 7 days)`);
    // A promised day that has passed: overdue, and the call still named after it.
    expect(next('Initech')).toBe(`Answer due ${short(0)} (1 day overdue) · call ${short(3)}`);
    // Another year than today's: with the year.
    expect(next('Hooli')).toBe(
      `Call ${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(2027, 0, 8))} (in 38 days)`,
    );
  });

  it('colours the next step as its words read: overdue red, due today amber, ahead neutral', async () => {
    await renderList([
      ...sample(),
      makeDetail({ id: 'today', posting: posting('Vandelay', 'Importer'), nextDueAt: NOW - 60_000, jobKey: 't', keys: ['t'] }),
    ]);
    const next = (company: RegExp) => screen.getByRole('link', { name: company }).querySelector('.next')!;
    expect(next(/^Acme/).textContent).toMatch(/\(2 days overdue\)$/);
    expect(next(/^Acme/).className).toBe('cell next tone-overdue');
    expect(next(/^Vandelay/).textContent).toMatch(/\(due today\)$/);
    expect(next(/^Vandelay/).className).toBe('cell next tone-due');
    expect(next(/^Globex/).className).toBe('cell next');
  });

  it('gives each cell its whole text as a title, for when its column cuts it', async () => {
    await renderList();
    const cells = [...screen.getByRole('link', { name: /^Soylent/ }).querySelectorAll('.cell')];
    expect(cells.map((c) => c.getAttribute('title'))).toEqual([
      'Soylent',
      'Product manager',
      'Waiting for an answer, Probably closed?',
      'Undecided: needs time',
      expect.stringMatching(/^Call .* \(tomorrow\)$/),
    ]);
  });

  it('marks a "probably closed" row and resolves it in one click', async () => {
    const { api, user } = await renderList();
    const link = screen.getByRole('link', { name: /^Soylent/ });
    expect(link.textContent).toMatch(
      /^Soylent, Product manager, Waiting for an answer, Probably closed\?, Undecided: needs time, Call .* \(tomorrow\)$/,
    );
    const row = link.closest('.row') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Confirm closed' }));
    expect(api.resolveProbablyClosed).toHaveBeenCalledWith({ applicationId: 'maybe', decision: 'confirm', expectedRevision: 2 });
    await waitFor(() => expect(listed().slice(-4)).toEqual(['# Closed (3)', 'Hooli', 'Soylent', 'Umbrella']));
    expect(screen.queryByRole('button', { name: 'Confirm closed' })).toBeNull();
  });
});

describe('the top of the list first', () => {
  it('paints the "due now" section while every row is read, then the whole list; the week waits for it', async () => {
    const details = sample();
    const api = fakeDashboardApi(details);
    const top = (await api.loadRows()).filter((r) => r.id === 'due');
    api.loadFirstRows.mockImplementation(async () => ({ rows: top, total: FIRST_ROWS_FROM, whole: false }));
    let all: () => void = () => {};
    const full = api.loadRows.getMockImplementation()!;
    api.loadRows.mockImplementation(() => new Promise((resolve) => (all = () => resolve(full()))));
    const ready = { count: 0 };
    render(<Dashboard api={api} onReady={() => ready.count++} />);
    await screen.findByRole('list', { name: 'Applications' });
    expect(listed()).toEqual(['# Due now (1)', 'Acme']);
    expect(screen.getByText(`${FIRST_ROWS_FROM} applications Loading…`)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'The next 7 days' })).toBeNull();
    await waitFor(() => expect(ready.count).toBe(1));
    all();
    await waitFor(() => expect(listed()).toHaveLength(10));
    expect(listed().slice(0, 5)).toEqual(['# Due now (1)', 'Acme', '# Waiting (2)', 'Soylent', 'Globex']);
    expect(screen.getByText('6 applications')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The next 7 days' })).toBeTruthy();
    expect(ready.count).toBe(1);
  });

  it('a shorter list is painted whole, at once', async () => {
    const details = sample();
    const api = fakeDashboardApi(details);
    const top = (await api.loadRows()).filter((r) => r.id === 'due');
    api.loadFirstRows.mockImplementation(async () => ({ rows: top, total: FIRST_ROWS_FROM - 1, whole: false }));
    render(<Dashboard api={api} />);
    await screen.findByRole('list', { name: 'Applications' });
    expect(listed()).toHaveLength(10);
    expect(screen.queryByText(/Loading/)).toBeNull();
  });

  it('the list kept whole, when current, is the list: painted whole at once, with its week, and nothing else read', async () => {
    const api = fakeDashboardApi(sample());
    const all = await api.loadRows();
    api.loadRows.mockClear();
    api.loadFirstRows.mockImplementation(async () => ({ rows: all, total: all.length, whole: true }));
    const ready = { count: 0 };
    render(<Dashboard api={api} onReady={() => ready.count++} />);
    await screen.findByRole('list', { name: 'Applications' });
    expect(listed()).toHaveLength(10);
    expect(screen.getByText('6 applications')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The next 7 days' })).toBeTruthy();
    await waitFor(() => expect(ready.count).toBe(1));
    expect(api.loadRows).not.toHaveBeenCalled();
  });

  it('reads every row once the top of the list is read, not beside it; an empty top waits for the full list', async () => {
    const api = fakeDashboardApi(sample());
    let first: () => void = () => {};
    api.loadFirstRows.mockImplementation(() => new Promise((resolve) => (first = () => resolve({ rows: [], total: 6, whole: false }))));
    render(<Dashboard api={api} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(api.loadRows).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Applications' })).toBeNull();
    first();
    await screen.findByRole('list', { name: 'Applications' });
    expect(listed()).toHaveLength(10);
  });
});

describe('search and filter', () => {
  const rowsShown = () => listed().filter((x) => !x.startsWith('#'));

  it('searches by company and by role', async () => {
    const { user } = await renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');
    await waitFor(() => expect(rowsShown()).toEqual(['Acme']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'designer');
    await waitFor(() => expect(rowsShown()).toEqual(['Initech']));
    expect(screen.getByText('Showing 1 of 6')).toBeTruthy();
  });

  it("searches the application's people: an interviewer among its contacts, the planned interview's interviewer", async () => {
    const { user } = await renderList();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'zoé');
    await waitFor(() => expect(rowsShown()).toEqual(['Globex']));
    await user.type(box, ' lam');
    await waitFor(() => expect(rowsShown()).toEqual(['Globex']));
    await user.clear(box);
    await user.type(box, 'durand');
    await waitFor(() => expect(rowsShown()).toEqual(['Initech']));
  });

  it('the first search reads nothing more: its result is there as soon as the query is typed', async () => {
    const { api } = await renderList();
    const reads = () =>
      Object.entries(api)
        .filter(([name]) => name.startsWith('load'))
        .map(([name, spy]) => [name, (spy as { mock: { calls: unknown[] } }).mock.calls.length]);
    const before = reads();
    expect(Object.keys(api)).not.toContain('loadInterviewers');
    // One input event, no waiting: the list is filtered in the same render.
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'zoe' } });
    expect(rowsShown()).toEqual(['Globex']);
    expect(screen.getByText('Showing 1 of 6')).toBeTruthy();
    expect(reads()).toEqual(before);
  });

  it('says so when nothing matches', async () => {
    const { user } = await renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzz');
    expect(await screen.findByText('No application matches this search.')).toBeTruthy();
  });

  it('filters by status', async () => {
    const { user } = await renderList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'offer');
    await waitFor(() => expect(listed()).toEqual(['# Closed (1)', 'Hooli']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'in-process');
    await waitFor(() => expect(listed()).toEqual(['# Next interview planned (1)', 'Initech']));
  });
});

describe('windowed list', () => {
  it('renders only the rows in view with 10,000 applications, and others after scrolling', async () => {
    const details = manyApplications(10_000);
    await renderList(details);
    const list = screen.getByRole('list', { name: 'Applications' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(10);
    expect(items.length).toBeLessThan(40);
    // 10,000 rows and the headings of the three sections they fall in.
    expect(list.style.height).toBe(`${3 * ITEM_HEIGHTS.wide.header + 10_000 * ITEM_HEIGHTS.wide.row}px`);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('10003');
    // How fast that is, is the benchmark's business (npm run bench): tests never time.

    const scroller = list.parentElement!;
    scroller.scrollTop = 5000 * ITEM_HEIGHTS.wide.row;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]!.getAttribute('aria-posinset')).not.toBe('1'));
    const after = within(list).getAllByRole('listitem');
    expect(after.length).toBeLessThan(40);
    // The list's tab stop (its first row until the keyboard moves) stays in the DOM; the rest is the window.
    const positions = after.map((li) => Number(li.getAttribute('aria-posinset'))).filter((n) => n !== 2);
    expect(Math.min(...positions)).toBeGreaterThan(4980);
    expect(Math.max(...positions)).toBeLessThan(5030);
  });

  it('is one tab stop; arrows, Home and End move between rows, skipping section headings', async () => {
    const { user } = await renderList();
    const links = () => screen.getAllByRole('link').filter((a) => a.classList.contains('row-link'));
    expect(
      links()
        .filter((a) => a.getAttribute('tabindex') === '0')
        .map((a) => a.id),
    ).toEqual(['row-due']);
    links()[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.id).toBe('row-maybe');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.id).toBe('row-next');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.id).toBe('row-wait');
    await user.keyboard('{End}');
    expect(document.activeElement?.id).toBe('row-closed');
    await user.keyboard('{Home}');
    expect(document.activeElement?.id).toBe('row-due');
    expect(
      links()
        .filter((a) => a.getAttribute('tabindex') === '0')
        .map((a) => a.id),
    ).toEqual(['row-due']);
  });

  it('keeps the focused row rendered when the list scrolls away from it', async () => {
    await renderList(manyApplications(2_000));
    const list = screen.getByRole('list', { name: 'Applications' });
    const first = within(list).getAllByRole('link')[0]!;
    first.focus();
    const scroller = list.parentElement!;
    scroller.scrollTop = 1500 * ITEM_HEIGHTS.wide.row;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]!.getAttribute('aria-posinset')).toBe('2'));
    expect(document.activeElement).toBe(first);
  });
});

describe('empty', () => {
  it('explains how to start', async () => {
    render(<Dashboard api={fakeDashboardApi([])} />);
    expect(await screen.findByText(/No application yet/)).toBeTruthy();
  });
});

describe('the week strip', () => {
  it('shows a busy day as its first three items and how many more, the list below holding them all', async () => {
    const calls = ['Acme', 'Globex', 'Hooli', 'Initech', 'Soylent', 'Umbrella'].map((company) =>
      makeDetail({ id: company, posting: posting(company, 'Dev'), nextDueAt: NOW + DAY }),
    );
    await renderList(calls);
    const week = screen.getByRole('region', { name: 'The next 7 days' });
    const tomorrow = within(week)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('week-day'))[1]!;
    expect(within(tomorrow).getAllByRole('link')).toHaveLength(3);
    expect(tomorrow.querySelector('.week-more')!.textContent).toBe('+3 more');
  });

  it('shows each call, promised answer and interview of the next 7 days on its day, linked to its application', async () => {
    await renderList();
    const week = screen.getByRole('region', { name: 'The next 7 days' });
    const days = within(week)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('week-day'));
    expect(days).toHaveLength(7);
    expect(days[0]!.getAttribute('aria-current')).toBe('date');
    // Soylent is called tomorrow, Globex in 3 days; Acme's call is overdue (in the list, not the week).
    expect(within(days[1]!).getByRole('link', { name: 'Follow-up call: Soylent' }).getAttribute('href')).toBe('#app/maybe');
    expect(within(days[3]!).getByRole('link', { name: 'Follow-up call: Globex' }).getAttribute('href')).toBe('#app/wait');
    expect(within(week).queryByRole('link', { name: /Acme/ })).toBeNull();
    // The search in numbers: applications by status, and the calls that got an answer (read once the list is painted).
    await waitFor(() =>
      expect(week.querySelector('.week-summary')!.textContent).toBe(
        'In process: 1 · Waiting for an answer: 3 · Offer received: 1 · Closed: 1 · follow-up calls that got an answer: 1 of 3',
      ),
    );
  });
});
