// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../src/core/format';
import type { PopupContext } from '../../src/popup/api';
import { App } from '../../src/popup/app';
import {
  DAY,
  fakeApi,
  installCatalog,
  loadForms,
  makeApplication,
  makeContext,
  makeInterview,
  makeReminder,
  makeReply,
  NOW,
} from './helpers';

beforeAll(loadForms);

beforeEach(installCatalog);
afterEach(cleanup);

function tracked() {
  const application = makeApplication({ nextDueAt: NOW + 3 * DAY });
  const interviews = [
    makeInterview({
      id: 'int-2',
      interviewAt: NOW - 2 * DAY,
      stage: 'hiring-manager',
      interviewerName: 'Paul Durand',
      interviewerRole: 'CTO',
      weakPoint: 'Little TypeScript',
    }),
    makeInterview({ id: 'int-1', interviewAt: NOW - 9 * DAY, stage: 'screening', interviewerName: 'Claire Martin' }),
  ];
  const reminders = [makeReminder({ dueAt: NOW + 3 * DAY })];
  return { application, interviews, reminders, events: [] };
}

const dueItem = (id: string, company: string, title: string, dueAt: number) => ({
  reminder: makeReminder({ id, applicationId: `app-${id}`, dueAt }),
  application: makeApplication({ id: `app-${id}`, posting: { title, company, location: '', url: `https://jobs.test/${id}` } }),
});

describe('shell', () => {
  it('given the context read before its first render: shows the application in that render, asks nothing, reports ready', async () => {
    const onReady = vi.fn();
    const ctx = makeContext({ tracked: tracked() });
    const api = fakeApi(ctx);
    render(<App api={api} onReady={onReady} initial={ctx} />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText(/Little TypeScript/)).toBeTruthy();
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(api.loadContext).not.toHaveBeenCalled();
  });

  it('renders at once, then the context, and reports ready', async () => {
    let resolve!: (c: PopupContext) => void;
    const onReady = vi.fn();
    const api = fakeApi(makeContext(), { loadContext: vi.fn(() => new Promise<PopupContext>((r) => (resolve = r))) });
    render(<App api={api} onReady={onReady} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(onReady).not.toHaveBeenCalled();
    resolve(makeContext());
    await screen.findByText('No job posting recognised on this page.');
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
  });

  it('says so when the data cannot be read', async () => {
    render(<App api={fakeApi(makeContext(), { loadContext: vi.fn(async () => Promise.reject(new Error('idb'))) })} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not read its data/);
  });
});

describe('tracked application', () => {
  it('shows status, last verdict, next follow-up and interviews newest first', async () => {
    render(<App api={fakeApi(makeContext({ tracked: tracked() }))} />);
    const heading = await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    const view = heading.closest('section')!;
    expect(within(view).getByText('Acme · Lyon')).toBeTruthy();
    const facts = view.querySelector('dl')!;
    const fact = (term: string) => [...facts.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent;
    expect(fact('Status')).toBe('Waiting for an answer');
    expect(fact('Last verdict')).toBe('Undecided: needs time');
    expect(fact('Next follow-up call')).toBe(`${formatDateTime(NOW + 3 * DAY, 'en-GB')} (in 3 days)`);
    const items = within(view)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('interview'));
    expect(items.map((li) => li.querySelector('h4')!.textContent)).toEqual([
      `${formatDateTime(NOW - 2 * DAY, 'en-GB')} · Hiring manager`,
      `${formatDateTime(NOW - 9 * DAY, 'en-GB')} · Screening`,
    ]);
    expect(within(items[0]!).getByText('Paul Durand, CTO')).toBeTruthy();
    expect(within(items[0]!).getByText('Little TypeScript')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('never names a promised answer as the follow-up call (docs/method.md §3)', async () => {
    const t = tracked();
    // The call was made ahead of the promised date; only the promised answer is still pending.
    t.application = makeApplication({ nextDueAt: NOW + 2 * DAY });
    t.reminders = [makeReminder({ id: 'answer', kind: 'answer-due', dueAt: NOW + 2 * DAY })];
    render(<App api={fakeApi(makeContext({ tracked: t }))} />);
    const heading = await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    const facts = heading.closest('section')!.querySelector('dl')!;
    const fact = (term: string) => [...facts.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent;
    expect(fact('Next follow-up call')).toBe('Nothing scheduled');
    expect(fact('Answer promised by')).toBe(`${formatDateTime(NOW + 2 * DAY, 'en-GB')} (in 2 days)`);
  });

  it('lists the promised answer and the call in date order', async () => {
    const t = tracked();
    t.reminders = [makeReminder({ id: 'answer', kind: 'answer-due', dueAt: NOW + 2 * DAY }), makeReminder({ dueAt: NOW + 3 * DAY })];
    render(<App api={fakeApi(makeContext({ tracked: t }))} />);
    const heading = await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    const terms = [...heading.closest('section')!.querySelector('dl')!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Status', 'Last verdict', 'Answer promised by', 'Next follow-up call']);
  });

  it('shows an overdue follow-up as overdue, in red; one ahead stays neutral', async () => {
    const t = tracked();
    t.reminders = [makeReminder({ dueAt: NOW - 2 * DAY })];
    render(<App api={fakeApi(makeContext({ tracked: t }))} />);
    expect((await screen.findByText('(2 days overdue)')).className).toBe('tone-overdue');
    cleanup();
    render(<App api={fakeApi(makeContext({ tracked: tracked() }))} />);
    expect((await screen.findByText('(in 3 days)')).className).toBe('tone-upcoming');
  });

  it('with a call due on this posting, lists its application once: above, not again among the due follow-ups', async () => {
    const t = tracked();
    t.reminders = [makeReminder({ id: 'rem-due', dueAt: NOW - DAY })];
    const due = [{ reminder: t.reminders[0]!, application: t.application }, dueItem('b', 'Globex', 'Data engineer', NOW - 2 * DAY)];
    render(<App api={fakeApi(makeContext({ tracked: t, due }))} />);
    await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    expect(screen.getByRole('button', { name: "Record the call's outcome" })).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Follow-ups due' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((r) => r.querySelector('button')!.textContent),
    ).toEqual(['Globex: Data engineer']);
  });

  it('with a call due on this posting, Snooze 1 day puts it off from the application itself', async () => {
    const t = tracked();
    t.reminders = [makeReminder({ id: 'rem-due', dueAt: NOW - DAY })];
    const later = {
      ...t,
      application: { ...t.application, nextDueAt: NOW + DAY },
      reminders: [makeReminder({ id: 'rem-due', dueAt: NOW + DAY })],
    };
    const api = fakeApi(makeContext({ tracked: t, due: [{ reminder: t.reminders[0]!, application: t.application }] }), {
      loadTracked: vi.fn(async () => later),
    });
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Snooze 1 day' }));
    expect(api.snoozeReminder).toHaveBeenCalledWith('rem-due');
    expect(await screen.findByText(/^Put off by a day\. Next reminder:/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Snooze 1 day' })).toBeNull();
    expect(screen.queryByRole('button', { name: "Record the call's outcome" })).toBeNull();
  });

  it('shows no due list at all when the only due call is the one of this posting', async () => {
    const t = tracked();
    t.reminders = [makeReminder({ id: 'rem-due', dueAt: NOW - DAY })];
    render(<App api={fakeApi(makeContext({ tracked: t, due: [{ reminder: t.reminders[0]!, application: t.application }] }))} />);
    await screen.findByRole('heading', { name: 'Frontend developer', level: 2 });
    expect(screen.queryByRole('region', { name: 'Follow-ups due' })).toBeNull();
  });

  it('"Record another interview" opens the form on the tracked posting, and Cancel goes back', async () => {
    const api = fakeApi(makeContext({ tracked: tracked() }));
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record another interview' }));
    expect(screen.getByRole('heading', { name: 'Record another interview' })).toBeTruthy();
    expect((screen.getByLabelText(/job title/i) as HTMLInputElement).value).toBe('Frontend developer');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveDebrief.mock.calls[0]![0]).toMatchObject({ jobKey: 'https://jobs.example.com/offers/42', expectedRevision: 2 });
    await user.click(await screen.findByRole('button', { name: 'Record another interview' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { name: 'Frontend developer', level: 2 })).toBeTruthy();
  });
});

describe('after saving a debrief of today', () => {
  it("the posting's Add to calendar is the call, not the evening's thank-you reminder the reply also holds", async () => {
    const reply = makeReply(NOW + 7 * DAY);
    const thanks = makeReminder({ id: 'rem-thanks', applicationId: 'app-new', kind: 'thank-you', dueAt: NOW + 3 * 3600_000 });
    reply.reminders = [thanks, ...reply.reminders];
    const api = fakeApi(makeContext({ tracked: tracked() }), { saveDebrief: vi.fn(async () => reply) });
    render(<App api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record another interview' }));
    await user.click(screen.getByRole('radio', { name: /convinced/i }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Add to calendar' }));
    expect(api.addToCalendar).toHaveBeenCalledWith('rem-new');
  });
});

describe('due follow-ups', () => {
  const due = [
    dueItem('a', 'Acme', 'Frontend developer', NOW - 2 * DAY),
    dueItem('b', 'Globex', 'Data engineer', NOW - 1 * DAY),
    dueItem('c', 'Initech', 'QA lead', NOW - 60_000),
  ];

  it('lists company, role and how late, on any page', async () => {
    render(<App api={fakeApi(makeContext({ tracked: tracked(), due }))} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('button')!.textContent)).toEqual([
      'Acme: Frontend developer',
      'Globex: Data engineer',
      'Initech: QA lead',
    ]);
    expect(within(rows[0]!).getByText('2 days overdue').className).toBe('tone-overdue');
    expect(within(rows[1]!).getByText('1 day overdue').className).toBe('tone-overdue');
    expect(within(rows[2]!).getByText('due today').className).toBe('tone-due');
  });

  it('opens the posting in one click; Done and Snooze call the api and drop the row', async () => {
    const api = fakeApi(makeContext({ due }));
    render(<App api={api} />);
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    await user.click(within(list).getByRole('button', { name: 'Acme: Frontend developer' }));
    expect(api.openPosting).toHaveBeenCalledWith(due[0]!.application);
    const [firstDone] = within(list).getAllByRole('button', { name: 'Done' });
    await user.click(firstDone!);
    expect(api.completeReminder).toHaveBeenCalledWith('a');
    await waitFor(() => expect(within(list).queryByText('Acme: Frontend developer')).toBeNull());
    await user.click(within(list).getAllByRole('button', { name: 'Snooze 1 day' })[0]!);
    expect(api.snoozeReminder).toHaveBeenCalledWith('b');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });

  it('lists the 8 most overdue and points to the dashboard for the rest', async () => {
    const many = Array.from({ length: 11 }, (_, i) => dueItem(`r${i}`, `Company ${i}`, 'Role', NOW - (20 - i) * DAY));
    const api = fakeApi(makeContext({ due: many }));
    render(<App api={api} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    expect(within(list).getByText('Company 0: Role')).toBeTruthy();
    expect(within(list).queryByText('Company 8: Role')).toBeNull();
    await userEvent.setup().click(within(list).getByRole('button', { name: '3 more due: see them all in the dashboard' }));
    expect(api.openDashboard).toHaveBeenCalled();
  });

  it('counts the due calls whose applications were not read, and fills the list from storage as calls are done', async () => {
    const many = Array.from({ length: 11 }, (_, i) => dueItem(`r${i}`, `Company ${i}`, 'Role', NOW - (20 - i) * DAY));
    // As the popup reads it: the applications of the 9 most overdue, the 2 others only counted.
    const head = { due: many.slice(0, 9), dueRest: many.slice(9).map((d) => d.reminder) };
    const after = { items: many.slice(2), rest: [] };
    const api = fakeApi(makeContext(head), { loadDue: vi.fn(async () => after) });
    render(<App api={api} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(list).getByRole('button', { name: '3 more due: see them all in the dashboard' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(list).getAllByRole('button', { name: 'Done' })[0]!);
    // Eight still listed: nothing to read yet.
    await waitFor(() => expect(within(list).queryByText('Company 0: Role')).toBeNull());
    expect(api.loadDue).not.toHaveBeenCalled();
    expect(within(list).getByRole('button', { name: '2 more due: see them all in the dashboard' })).toBeTruthy();
    await user.click(within(list).getAllByRole('button', { name: 'Done' })[0]!);
    // Seven left: the list is read again and the next one takes the free place.
    await waitFor(() => expect(api.loadDue).toHaveBeenCalledOnce());
    await waitFor(() => expect(within(list).getByText('Company 9: Role')).toBeTruthy());
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    expect(within(list).getByRole('button', { name: '1 more due: see it in the dashboard' })).toBeTruthy();
  });

  it('one more due: says so in the singular', async () => {
    const nine = Array.from({ length: 9 }, (_, i) => dueItem(`r${i}`, `Company ${i}`, 'Role', NOW - (20 - i) * DAY));
    render(<App api={fakeApi(makeContext({ due: nine }))} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(list).getByRole('button', { name: '1 more due: see it in the dashboard' })).toBeTruthy();
  });

  it('says what to do for each: call the recruiter, or check for the promised answer', async () => {
    const answer = { ...dueItem('d', 'Hooli', 'Engineer', NOW - 60_000) };
    answer.reminder = { ...answer.reminder, kind: 'answer-due' };
    render(<App api={fakeApi(makeContext({ due: [due[0]!, answer] }))} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.due-meta')!.textContent),
    ).toEqual(['2 days overdue · Call the recruiter', 'due today · Check for the promised answer']);
  });

  it('"Add to calendar" on each due call saves that reminder\'s .ics file, named for its application', async () => {
    const api = fakeApi(makeContext({ due }));
    render(<App api={api} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    const first = due[0]!;
    const button = within(list).getByRole('button', {
      name: `Add to calendar: ${first.application.posting.company} – ${first.application.posting.title}`,
    });
    await userEvent.setup().click(button);
    await waitFor(() => expect(api.addToCalendar).toHaveBeenCalledWith(first.reminder.id));
    expect(within(list).getAllByRole('button', { name: /^Add to calendar: / })).toHaveLength(due.length);
  });

  it('the due-only view (a grouped notification) lists them all', async () => {
    const many = Array.from({ length: 11 }, (_, i) => dueItem(`r${i}`, `Company ${i}`, 'Role', NOW - (20 - i) * DAY));
    render(<App api={fakeApi(makeContext({ due: many, view: 'due' }))} />);
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(11);
  });

  it('keeps the row and says why when Done fails', async () => {
    const failure = Object.assign(new Error('errorReminderNotFound'), { name: 'MessageError', fields: [] });
    const api = fakeApi(makeContext({ due }), { completeReminder: vi.fn(async () => Promise.reject(failure)) });
    render(<App api={api} />);
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: 'Follow-ups due' });
    await user.click(within(list).getAllByRole('button', { name: 'Done' })[0]!);
    expect((await within(list).findByRole('alert')).textContent).toBe('This reminder no longer exists.');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows only the due list when opened from a grouped notification', async () => {
    render(<App api={fakeApi(makeContext({ view: 'due', pageUrl: null, due: [] }))} />);
    expect(await screen.findByText('No follow-up is due.')).toBeTruthy();
    expect(screen.queryByText(/no job posting recognised/i)).toBeNull();
    expect(screen.queryByRole('button', { name: /track this page/i })).toBeNull();
  });
});

describe('nothing recognised', () => {
  it('says so, says nothing is due, and lets the user track the page by hand', async () => {
    const api = fakeApi(
      makeContext({ draft: { title: null, company: null, location: null, url: 'https://jobs.example.com/offers/42', jobKey: 'k' } }),
    );
    render(<App api={api} />);
    expect(await screen.findByText('No job posting recognised on this page.')).toBeTruthy();
    expect(screen.getByText('No follow-up is due.')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Track this page by hand' }));
    expect(screen.getByRole('heading', { name: 'Track this page' })).toBeTruthy();
    expect((screen.getByLabelText(/job title/i) as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(/^company/i) as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText(/job title/i));
  });

  it('opens the form directly when the page gave a posting', async () => {
    const draft = {
      title: 'Frontend developer',
      company: 'Acme',
      location: 'Lyon',
      url: 'https://jobs.example.com/offers/42',
      jobKey: 'k',
    };
    render(<App api={fakeApi(makeContext({ draft }))} />);
    expect(await screen.findByRole('heading', { name: 'Record the interview' })).toBeTruthy();
    expect((screen.getByLabelText(/^company/i) as HTMLInputElement).value).toBe('Acme');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
